import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import type { SigningSecret } from '../../../shared/api/webhook-contract.js';
import {
  ChannelReplySchema,
  MESSAGING_TICKET_CHANNEL,
  type InboundChannelMessage,
} from '../../../shared/channels/messaging-channel.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../../shared/channels/request-signature.js';
import type { Message } from '../../../shared/domain/ticket.js';
import { signRequest, verifySignedRequest } from '../../../lib/request-signing.js';
import { waitForValue } from '../../helpers/child-process.js';
import { agentReply } from '../queue/builders.js';
import { queueEngines } from '../queue/engines.js';
import { genericChannelValue, saveNewSetting } from './webhook-fixtures.js';
import { FAST_TIMING, startWebhookQueue, type WebhookQueue } from './webhook-queue.js';
import { WebhookReceiver, type Answer } from './webhook-receiver.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

const inbound = (overrides: Partial<InboundChannelMessage> = {}): InboundChannelMessage => ({
  conversationId: '+4915112345678',
  messageId: `SM${Math.random().toString(36).slice(2)}`,
  from: { id: '+4915112345678', name: 'Ada' },
  text: 'Where is my parcel?\nOrder 1042',
  ...overrides,
});

for (const engine of engines) {
  describe(`generic channel (${engine.name})`, () => {
    let world: WebhookQueue;
    let adapter: WebhookReceiver;
    let answer: Answer;
    let secret: string;

    beforeEach(async () => {
      answer = () => 200;
      adapter = await WebhookReceiver.reserve((attempt) => answer(attempt));
      await adapter.listen();
      // A retry window of 400 ms: a reply URL that never answers 2xx leaves the reply failed within a second.
      world = await startWebhookQueue(engine, {
        ...FAST_TIMING,
        schedule: { firstRetryMs: 40, maxRetryMs: 80, windowMs: 400 },
      });
      const { queue } = world;
      await queue.store.createOwnerQueue(queue.tenantId, { id: 'sms-desk', name: 'SMS desk' });
      await saveNewSetting(queue.store, queue.tenantId, 'channel', 'sms', genericChannelValue(adapter.url, 'sms-desk'));
      secret = (await queue.call<SigningSecret>('POST', '/v1/secrets/channel/sms')).body.secret;
    });
    afterEach(async () => {
      await world.close();
      await adapter.close();
    });

    /** Posts a message as the adapter does: the raw body signed with `signingSecret` at `timestamp`. */
    const post = (message: unknown, signingSecret = secret, timestamp = Math.floor(Date.now() / 1000)) => {
      const body = JSON.stringify(message);
      return world.queue.call<{ ticketId: string; messageId: string; duplicate: boolean }>(
        'POST',
        `/v1/inbound/${world.queue.tenantId}/sms`,
        {
          token: null,
          rawBody: body,
          headers: {
            [SIGNATURE_HEADER]: signRequest(signingSecret, timestamp, body),
            [TIMESTAMP_HEADER]: String(timestamp),
          },
        },
      );
    };
    const ticket = async (id: string) => (await world.queue.call<TicketWithMessages>('GET', `/v1/tickets/${id}`)).body;
    const ticketCount = async () =>
      (await world.queue.call<{ tickets: unknown[] }>('GET', '/v1/tickets')).body.tickets.length;

    it('opens a ticket for a conversation, adds its later messages, and takes a repeated message id once', async () => {
      const first = await post(inbound({ messageId: 'SM1' }));
      expect(first.status).toBe(202);
      expect(first.body.duplicate).toBe(false);
      const opened = await ticket(first.body.ticketId);
      expect(opened.ticket).toMatchObject({
        channel: MESSAGING_TICKET_CHANNEL,
        ownerQueue: 'sms-desk',
        subject: 'Where is my parcel?',
        customer: { id: '+4915112345678', name: 'Ada' },
      });
      const later = await post(inbound({ messageId: 'SM2', text: 'Hello?' }));
      expect(later.body).toMatchObject({ ticketId: first.body.ticketId, duplicate: false });
      const again = await post(inbound({ messageId: 'SM2', text: 'Hello?' }));
      expect(again.status).toBe(202);
      expect(again.body).toEqual({ ticketId: first.body.ticketId, messageId: later.body.messageId, duplicate: true });
      expect((await ticket(first.body.ticketId)).messages.map((message) => message.text)).toEqual([
        'Where is my parcel?\nOrder 1042',
        'Hello?',
      ]);
      const otherConversation = await post(inbound({ conversationId: '+4930999', messageId: 'SM3' }));
      expect(otherConversation.body.ticketId).not.toBe(first.body.ticketId);
    });

    it('refuses a missing, wrong, stale or rotated signature with 401 and its reason, storing nothing', async () => {
      const message = inbound();
      const body = JSON.stringify(message);
      const path = `/v1/inbound/${world.queue.tenantId}/sms`;
      const unsigned = await world.queue.call<{ error: { code: string; details: { reason: string } } }>('POST', path, {
        token: null,
        rawBody: body,
      });
      const now = Math.floor(Date.now() / 1000);
      const wrong = await post(message, 'chsec_not-the-secret');
      const stale = await post(message, secret, now - 301);
      // The body changed after signing: the signature is over the raw bytes.
      const altered = await world.queue.call<{ error: { code: string; details: { reason: string } } }>('POST', path, {
        token: null,
        rawBody: body.replace('parcel', 'refund'),
        headers: { [SIGNATURE_HEADER]: signRequest(secret, now, body), [TIMESTAMP_HEADER]: String(now) },
      });
      const old = secret;
      await world.queue.call('POST', '/v1/secrets/channel/sms');
      const rotated = await post(message, old);
      const refused = [unsigned, wrong, stale, altered, rotated];
      expect(refused.map((response) => response.status)).toEqual([401, 401, 401, 401, 401]);
      expect(
        refused.map((response) => (response.body as { error: { details: { reason: string } } }).error.details.reason),
      ).toEqual(['missing_timestamp', 'bad_signature', 'stale_timestamp', 'bad_signature', 'bad_signature']);
      expect(await ticketCount()).toBe(0);
      expect((await post(message, old)).status).toBe(401);
      expect(
        (await world.queue.call('POST', `/v1/inbound/${world.queue.tenantId}/nope`, { token: null, rawBody: body }))
          .status,
      ).toBe(404);
    });

    it("posts an agent's reply to the reply URL signed, and the message turns sent", async () => {
      const opened = (await post(inbound())).body;
      await world.queue.push(
        'agent-1',
        [agentReply(1, opened.ticketId, { text: 'It arrives tomorrow.' })],
        world.queue.tokens.agent,
      );
      const reply = await waitForValue(
        async () => (await ticket(opened.ticketId)).messages.find((message) => message.author === 'agent'),
        (message) => message?.delivery?.state === 'sent',
        10_000,
        'the reply sent',
      );
      expect(reply?.delivery).toMatchObject({ state: 'sent', to: '+4915112345678', attempts: 1, reason: null });
      const [got] = adapter.received;
      const body = ChannelReplySchema.parse(JSON.parse(got?.body ?? 'null'));
      expect(body).toMatchObject({
        type: 'reply',
        channelId: 'sms',
        conversationId: '+4915112345678',
        ticketId: opened.ticketId,
      });
      expect(body.message).toMatchObject({ id: reply?.id, author: 'agent', text: 'It arrives tomorrow.' });
      expect(got?.eventId).toBe(body.id);
      expect(
        verifySignedRequest({
          secret,
          timestampHeader: got?.timestamp,
          signatureHeader: got?.signature,
          body: got?.body ?? '',
          nowMs: Date.now(),
        }),
      ).toEqual({ ok: true });
      const log = await world.queue.call<{ deliveries: { id: string; state: string }[] }>(
        'GET',
        '/v1/channels/sms/deliveries',
      );
      expect(log.body.deliveries).toEqual([expect.objectContaining({ id: body.id, state: 'delivered' })]);
    });

    it('leaves a reply failed when the reply URL never answers 2xx, and a person can send it again', async () => {
      answer = () => 503;
      const opened = (await post(inbound())).body;
      await world.queue.push('agent-1', [agentReply(1, opened.ticketId)], world.queue.tokens.agent);
      const agentMessage = async (): Promise<Message | undefined> =>
        (await ticket(opened.ticketId)).messages.find((message) => message.author === 'agent');
      const failed = await waitForValue(
        agentMessage,
        (message) => message?.delivery?.state === 'failed',
        10_000,
        'the reply failed',
      );
      expect(failed?.delivery?.attempts).toBeGreaterThan(1);
      expect(failed?.delivery?.reason).toContain('HTTP 503');
      answer = () => 200;
      const retried = await world.queue.call<TicketWithMessages>(
        'POST',
        `/v1/tickets/${opened.ticketId}/messages/${failed?.id}/retry-delivery`,
        { token: world.queue.tokens.agent },
      );
      expect(retried.status).toBe(200);
      expect(retried.body.messages.find((message) => message.id === failed?.id)?.delivery?.state).toBe('queued');
      await waitForValue(
        agentMessage,
        (message) => message?.delivery?.state === 'sent',
        10_000,
        'the retried reply sent',
      );
      expect(adapter.received.filter((got) => got.answered === 200)).toHaveLength(1);
    });
  });
}
