import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookHandlers } from '../../../electron/core/console/webhook-handlers.js';
import { QueueClient } from '../../../lib/queue-client/queue-client.js';
import { ChannelSecrets } from '../../../server/secrets/channel-secrets.js';
import { newSecretKeyText, SECRET_KEY_ENV } from '../../../server/secrets/secret-key.js';
import { SETTING_KINDS } from '../../../shared/settings/setting-kinds.js';
import type { WebhookDelivery } from '../../../shared/api/webhook-contract.js';
import { loopbackQueue } from '../../helpers/feed-server.js';
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

/** A delivery as shared/api/webhook-contract.ts says the queue answers it. */
const delivered: WebhookDelivery = {
  id: 'wd_1',
  webhookId: 'crm',
  channelId: null,
  eventId: 'evt_1',
  eventType: 'ticket.created',
  ticketId: 't1',
  state: 'delivered',
  attemptCount: 2,
  attempts: [
    { at: '2026-05-01T09:00:05.000Z', status: 200, error: null, response: 'thanks', durationMs: 12 },
    { at: '2026-05-01T09:00:00.000Z', status: null, error: 'connect', response: '', durationMs: 3 },
  ],
  nextAttemptAt: null,
  createdAt: '2026-05-01T09:00:00.000Z',
  deliveredAt: '2026-05-01T09:00:05.000Z',
};

/**
 * The delivery log methods against a hand-written queue on 127.0.0.1 answering the contract's paths (the queue's
 * own endpoints are tested with it): the page asked for goes in the query, the answer is read by its schema.
 */
describe('the console’s delivery log methods', () => {
  const asked: string[] = [];
  const queueUrl = loopbackQueue((request, response) => {
    asked.push(`${request.method} ${request.url}`);
    const answer = (status: number, body: unknown) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (request.url?.startsWith('/v1/webhooks/crm/deliveries')) return answer(200, { deliveries: [delivered] });
    if (request.url?.startsWith('/v1/channels/sms/deliveries'))
      return answer(200, { deliveries: [{ ...delivered, webhookId: null, channelId: 'sms', eventType: 'reply' }] });
    if (request.url === '/v1/webhook-deliveries/wd_1/redeliver') return answer(200, { ...delivered, attemptCount: 3 });
    return answer(404, { error: { code: 'not_found', message: 'No such delivery.' } });
  });
  const handlers = () =>
    webhookHandlers({ queue: new QueueClient({ baseUrl: queueUrl(), token: 'admin-token' }), tenantId: () => 't' });

  it('reads a webhook’s and a channel’s log page by page and redelivers one', async () => {
    expect(await handlers().listWebhookDeliveries({ webhookId: 'crm', limit: 50 })).toEqual({
      ok: true,
      value: { deliveries: [delivered] },
    });
    const replies = await handlers().listChannelDeliveries({ channelId: 'sms', before: 'wd_9' });
    expect(replies.ok && replies.value.deliveries.map((delivery) => delivery.eventType)).toEqual(['reply']);
    const again = await handlers().redeliverWebhookDelivery({ deliveryId: 'wd_1' });
    expect(again.ok && again.value.attemptCount).toBe(3);
    const missing = await handlers().redeliverWebhookDelivery({ deliveryId: 'wd_2' });
    expect(missing.ok ? null : missing.error).toMatchObject({ code: 'not_found', message: 'No such delivery.' });
    expect(asked).toEqual([
      'GET /v1/webhooks/crm/deliveries?limit=50',
      'GET /v1/channels/sms/deliveries?before=wd_9',
      'POST /v1/webhook-deliveries/wd_1/redeliver',
      'POST /v1/webhook-deliveries/wd_2/redeliver',
    ]);
  });
});
