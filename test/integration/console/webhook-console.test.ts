import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookHandlers } from '../../../electron/core/console/webhook-handlers.js';
import { QueueClient } from '../../../lib/queue-client/queue-client.js';
import { ChannelSecrets } from '../../../server/secrets/channel-secrets.js';
import { newSecretKeyText, SECRET_KEY_ENV } from '../../../server/secrets/secret-key.js';
import { SETTING_KINDS } from '../../../shared/settings/setting-kinds.js';
import { startTestQueue, type TestQueue } from '../../helpers/queue-server.js';

/**
 * The console's widget, webhook and generic channel methods (electron/core/console/webhook-handlers.ts) over a real
 * queue on 127.0.0.1 (SQLite): the queue's address and tenant for the snippet, a secret made and answered once and
 * then only dated, an unknown item said as not_found; a queue out of reach is needs_network with a sentence, and a
 * console without a queue says not_supported.
 */
describe('the console’s webhook methods over the queue', () => {
  let queue: TestQueue;
  const handlersOver = (baseUrl: string | null) =>
    webhookHandlers({
      queue: baseUrl === null ? undefined : new QueueClient({ baseUrl, token: queue.tokens.admin, timeoutMs: 2_000 }),
      tenantId: () => queue.tenantId,
    });

  beforeAll(async () => {
    const secrets = ChannelSecrets.load({
      env: { [SECRET_KEY_ENV]: newSecretKeyText() },
      sqliteFile: null,
      log: () => undefined,
    });
    queue = await startTestQueue({ app: { secrets } });
    await queue.store.createOwnerQueue(queue.tenantId, { id: 'general', name: 'General' });
    const stored = await queue.store.saveSetting({
      tenantId: queue.tenantId,
      kind: 'webhook',
      id: 'crm',
      baseVersion: 0,
      value: SETTING_KINDS.webhook.schema.parse({
        name: 'CRM',
        url: 'https://crm.example.com/hooks',
        events: ['ticket.created'],
        enabled: true,
      }),
      savedBy: 'test admin',
      savedAt: new Date().toISOString(),
    });
    expect(stored.status).toBe('stored');
  });
  afterAll(() => queue.close());

  it('answers the queue’s address and tenant, a new secret once, then only when it was made', async () => {
    const handlers = handlersOver(`${queue.url}/`);
    expect(await handlers.getQueueAddress()).toEqual({
      ok: true,
      value: { url: queue.url, tenantId: queue.tenantId },
    });
    const made = await handlers.issueSigningSecret({ kind: 'webhook', id: 'crm' });
    if (!made.ok) throw new Error(made.error.message);
    expect(made.value).toMatchObject({ kind: 'webhook', id: 'crm', secret: expect.stringMatching(/^whsec_/) });
    const dates = await handlers.signingSecretDates();
    expect(dates).toEqual({
      ok: true,
      value: { secrets: [{ kind: 'webhook', id: 'crm', createdAt: made.value.createdAt }] },
    });
    expect(JSON.stringify(dates)).not.toContain(made.value.secret);
    const unknown = await handlers.issueSigningSecret({ kind: 'widget', id: 'nowhere' });
    expect(unknown.ok ? null : unknown.error.code).toBe('not_found');
  });

  it('says needs_network with what waits when the queue cannot be reached, not_supported without one', async () => {
    const offline = handlersOver('http://127.0.0.1:9');
    for (const answer of [
      await offline.issueSigningSecret({ kind: 'webhook', id: 'crm' }),
      await offline.listWebhookDeliveries({ webhookId: 'crm' }),
      await offline.redeliverWebhookDelivery({ deliveryId: 'd1' }),
    ]) {
      expect(answer.ok ? null : answer.error.code).toBe('needs_network');
      expect(answer.ok ? '' : answer.error.message).toMatch(/central queue, which cannot be reached now/);
    }
    const none = handlersOver(null);
    const refused = await none.signingSecretDates();
    expect(refused.ok ? null : refused.error.code).toBe('not_supported');
    expect(await none.getQueueAddress()).toEqual({ ok: true, value: { url: null, tenantId: queue.tenantId } });
  });
});
