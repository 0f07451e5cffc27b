import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SecretStatusList, SigningSecret } from '../../../shared/api/webhook-contract.js';
import { signRequest, verifySignedRequest } from '../../../lib/request-signing.js';
import { openSigningSecret } from '../../../server/secrets/signing-secrets.js';
import type { TestQueue } from '../../helpers/queue-server.js';
import { queueEngines } from '../queue/engines.js';
import {
  EMAIL_CHANNEL_VALUE,
  genericChannelValue,
  noSecretKey,
  saveNewSetting,
  testSecrets,
  WIDGET_VALUE,
  webhookValue,
} from './webhook-fixtures.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

/** The webhook whose secret the tests make: `orders`, told of new tickets. */
const saveOrdersWebhook = (queue: TestQueue) =>
  saveNewSetting(
    queue.store,
    queue.tenantId,
    'webhook',
    'orders',
    webhookValue('https://hooks.shop.example/in', ['ticket.created']),
  );

for (const engine of engines) {
  describe(`signing secrets (${engine.name})`, () => {
    const secrets = testSecrets();
    let queue: TestQueue;

    beforeEach(async () => {
      queue = await engine.start({ app: { secrets } });
      await queue.store.createOwnerQueue(queue.tenantId, { id: 'general', name: 'General' });
      await saveOrdersWebhook(queue);
      await saveNewSetting(
        queue.store,
        queue.tenantId,
        'channel',
        'sms',
        genericChannelValue('https://sms.shop.example/reply'),
      );
      await saveNewSetting(queue.store, queue.tenantId, 'channel', 'mailbox', EMAIL_CHANNEL_VALUE);
      await saveNewSetting(queue.store, queue.tenantId, 'widget', 'site', WIDGET_VALUE);
    });
    afterEach(() => queue.close());

    const make = (path: string, token?: string) => queue.call<SigningSecret>('POST', `/v1/secrets/${path}`, { token });
    const open = (kind: 'webhook' | 'channel' | 'widget', id: string) =>
      openSigningSecret(queue.store, secrets, { tenantId: queue.tenantId, kind, id });

    it('answers a new secret once, with the prefix of its kind, and the queue opens the same one', async () => {
      const made = await Promise.all([make('webhook/orders'), make('channel/sms'), make('widget/site')]);
      expect(made.map((response) => response.status)).toEqual([201, 201, 201]);
      expect(made.map((response) => response.headers.get('cache-control'))).toEqual([
        'no-store',
        'no-store',
        'no-store',
      ]);
      const [webhook, channel, widget] = made.map((response) => response.body);
      expect(webhook?.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
      expect(channel?.secret).toMatch(/^chsec_[A-Za-z0-9_-]{43}$/);
      expect(widget?.secret).toMatch(/^idsec_[A-Za-z0-9_-]{43}$/);
      expect(await open('webhook', 'orders')).toBe(webhook?.secret);
      expect(await open('channel', 'sms')).toBe(channel?.secret);
      expect(await open('widget', 'site')).toBe(widget?.secret);
      expect(await open('webhook', 'other')).toBeNull();
    });

    it('a new secret replaces the old: what the old one signs no longer verifies', async () => {
      const first = (await make('webhook/orders')).body.secret;
      const second = (await make('webhook/orders')).body.secret;
      expect(second).not.toBe(first);
      const current = await open('webhook', 'orders');
      expect(current).toBe(second);
      const body = '{"id":"evt_1"}';
      const nowMs = Date.now();
      const timestampHeader = String(Math.floor(nowMs / 1000));
      const check = (signingSecret: string) =>
        verifySignedRequest({
          secret: current ?? '',
          timestampHeader,
          signatureHeader: signRequest(signingSecret, Number(timestampHeader), body),
          body,
          nowMs,
        });
      expect(check(second)).toEqual({ ok: true });
      expect(check(first)).toEqual({ ok: false, reason: 'bad_signature' });
    });

    it('lists which settings have a secret to leads and admins, never the secret; the audit trail names the owner only', async () => {
      const made = (await make('channel/sms')).body;
      const listed = await queue.call<SecretStatusList>('GET', '/v1/secrets', { token: queue.tokens.lead });
      expect(listed.status).toBe(200);
      expect(listed.body).toEqual({ secrets: [{ kind: 'channel', id: 'sms', createdAt: made.createdAt }] });
      expect(JSON.stringify(listed.body)).not.toContain(made.secret);
      expect((await queue.call('GET', '/v1/secrets', { token: queue.tokens.agent })).status).toBe(403);
      const audit = await queue.store.auditPage(0, 1_000);
      const entry = audit.find((record) => record.action === 'signing_secret_made');
      expect(entry).toMatchObject({ tenantId: queue.tenantId, ticketId: null, actorRole: 'admin' });
      expect(JSON.parse(entry?.inputsJson ?? '{}')).toEqual({ kind: 'channel', id: 'sms' });
      expect(JSON.stringify(audit)).not.toContain(made.secret);
    });

    it('refuses owners that are not live: unknown, deleted, an email channel; only admins make secrets', async () => {
      expect((await make('webhook/nope')).status).toBe(404);
      expect((await make('channel/mailbox')).body).toMatchObject({ error: { code: 'not_found' } });
      const deleted = await queue.store.deleteSetting({
        tenantId: queue.tenantId,
        kind: 'widget',
        id: 'site',
        baseVersion: 1,
        savedBy: 'test admin',
        savedAt: new Date().toISOString(),
      });
      expect(deleted.status).toBe('stored');
      expect((await make('widget/site')).status).toBe(404);
      expect((await make('queue/general')).status).toBe(400);
      expect((await make('webhook/orders', queue.tokens.lead)).status).toBe(403);
      expect((await queue.call<SecretStatusList>('GET', '/v1/secrets')).body.secrets).toEqual([]);
    });
  });
}

describe('signing secrets without the queue secret key', () => {
  let queue: TestQueue;
  beforeEach(async () => {
    queue = await engines[0]!.start({ app: { secrets: noSecretKey() } });
    await saveOrdersWebhook(queue);
  });
  afterEach(() => queue.close());

  it('answers 503 secret_key_missing naming the variable, and stores nothing', async () => {
    const response = await queue.call<{ error: { code: string; message: string } }>(
      'POST',
      '/v1/secrets/webhook/orders',
    );
    expect(response.status).toBe(503);
    expect(response.body.error.code).toBe('secret_key_missing');
    expect(response.body.error.message).toContain('SWITCHBOARD_SECRET_KEY_FILE');
    expect((await queue.call('POST', '/v1/secrets/webhook/unknown')).status).toBe(404);
    expect((await queue.call<SecretStatusList>('GET', '/v1/secrets')).body.secrets).toEqual([]);
  });
});
