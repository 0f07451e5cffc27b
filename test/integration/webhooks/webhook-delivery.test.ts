import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeliveryLog, SigningSecret, WebhookDelivery } from '../../../shared/api/webhook-contract.js';
import { WEBHOOK_EVENT_TYPES, WebhookEventSchema } from '../../../shared/channels/webhook-events.js';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import { verifySignedRequest } from '../../../lib/request-signing.js';
import { waitForValue } from '../../helpers/child-process.js';
import { intakeBody } from '../../helpers/queue-server.js';
import { agentReply, aiDecision, escalateDecision } from '../queue/builders.js';
import { queueEngines } from '../queue/engines.js';
import { saveNewSetting, webhookValue } from './webhook-fixtures.js';
import { startWebhookQueue, type WebhookQueue } from './webhook-queue.js';
import { WebhookReceiver } from './webhook-receiver.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

for (const engine of engines) {
  describe(`outbound webhooks (${engine.name})`, () => {
    let world: WebhookQueue;
    let receiver: WebhookReceiver;
    let secret: string;

    beforeEach(async () => {
      // Each event's first answer is a 500, its second never comes (a timeout), then 200s.
      receiver = await WebhookReceiver.reserve((attempt) => (attempt === 0 ? 500 : attempt === 1 ? 'hang' : 200));
      world = await startWebhookQueue(engine);
      const { queue } = world;
      await saveNewSetting(
        queue.store,
        queue.tenantId,
        'webhook',
        'orders',
        webhookValue(receiver.url, WEBHOOK_EVENT_TYPES),
      );
      secret = (await queue.call<SigningSecret>('POST', '/v1/secrets/webhook/orders')).body.secret;
    });
    afterEach(async () => {
      await world.close();
      await receiver.close();
    });

    const log = async (): Promise<WebhookDelivery[]> =>
      (
        await world.queue.call<DeliveryLog>('GET', '/v1/webhooks/orders/deliveries?limit=200', {
          token: world.queue.tokens.lead,
        })
      ).body.deliveries;

    /** A ticket's life: created, escalated by the AI, resolved with an agent's reply, rated, reopened (to a person) by the customer. */
    async function ticketLife(): Promise<string> {
      const { queue } = world;
      const ticket = (await queue.call<TicketWithMessages>('POST', '/v1/tickets', { body: intakeBody() })).body.ticket;
      const claim = await queue.call('POST', '/v1/claims', {
        token: queue.tokens.autopilot,
        body: { workerId: 'ai-1', limit: 1, leaseMs: 60_000 },
      });
      expect(claim.status).toBe(200);
      await queue.push('ai-1', [aiDecision(1, ticket.id, escalateDecision)], queue.tokens.autopilot);
      await queue.push('agent-1', [agentReply(1, ticket.id, { resolve: true })], queue.tokens.agent);
      expect((await queue.call('POST', `/v1/tickets/${ticket.id}/rating`, { body: { score: 5 } })).status).toBe(200);
      expect(
        (await queue.call('POST', `/v1/tickets/${ticket.id}/messages`, { body: { text: 'Not fixed.' } })).status,
      ).toBe(201);
      return ticket.id;
    }

    it('delivers every event once, signed, after refused, failed and timed-out attempts, and the log says so', async () => {
      const ticketId = await ticketLife();
      // Nothing listens yet: the first attempts are refused.
      await waitForValue(
        log,
        (deliveries) => deliveries.some((d) => d.attempts.some((a) => a.error?.startsWith('connect:'))),
        10_000,
        'a refused attempt',
      );
      await receiver.listen();
      const deliveries = await waitForValue(
        log,
        (all) => all.length === 9 && all.every((d) => d.state === 'delivered'),
        20_000,
        'every delivery delivered',
      );

      const bodies = deliveries.map((delivery) =>
        WebhookEventSchema.parse(
          JSON.parse(receiver.received.find((got) => got.eventId === delivery.eventId)?.body ?? 'null'),
        ),
      );
      expect(bodies.map((event) => event.type).sort()).toEqual([
        'message.added',
        'message.added',
        'message.added',
        'rating.added',
        'ticket.created',
        'ticket.escalated',
        'ticket.escalated',
        'ticket.reopened',
        'ticket.resolved',
      ]);
      expect(new Set(bodies.map((event) => event.ticket.id))).toEqual(new Set([ticketId]));
      expect(bodies.find((event) => event.type === 'rating.added')?.rating).toMatchObject({ score: 5 });
      for (const delivery of deliveries) {
        expect(receiver.acceptedCount(delivery.eventId), delivery.eventType).toBe(1);
        // Newest first: the 200, the timeout, the 500, then the refused ones.
        const [delivered, timedOut, failed] = delivery.attempts;
        expect(delivered).toMatchObject({ status: 200, error: null, response: 'ok' });
        expect(timedOut).toMatchObject({ status: null, error: expect.stringMatching(/^timeout:/) });
        expect(failed).toMatchObject({ status: 500, response: 'failure 500' });
        expect(delivery.attempts.slice(3).every((attempt) => attempt.error?.startsWith('connect:'))).toBe(true);
        expect(delivery).toMatchObject({ attemptCount: delivery.attempts.length, nextAttemptAt: null });
        expect(delivery.deliveredAt).toBe(delivered?.at);
      }
      for (const got of receiver.received)
        expect(
          verifySignedRequest({
            secret,
            timestampHeader: got.timestamp,
            signatureHeader: got.signature,
            body: got.body,
            nowMs: Date.now(),
          }),
        ).toEqual({ ok: true });
      // Delivered ones are never sent again: a while later nothing more arrived.
      const count = receiver.received.length;
      await world.worker.settled();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(receiver.received.length).toBe(count);
    });

    it('redelivers an event with the same id when an admin asks, even a delivered one', async () => {
      await receiver.listen();
      await world.queue.call('POST', '/v1/tickets', { body: intakeBody() });
      const [first] = await waitForValue(
        log,
        (all) => all.length === 2 && all.every((d) => d.state === 'delivered'),
        20_000,
        'the intake delivered',
      );
      expect(first).toBeDefined();
      const eventId = first?.eventId ?? '';
      expect(
        (
          await world.queue.call('POST', `/v1/webhook-deliveries/${first?.id}/redeliver`, {
            token: world.queue.tokens.lead,
          })
        ).status,
      ).toBe(403);
      const again = await world.queue.call<WebhookDelivery>('POST', `/v1/webhook-deliveries/${first?.id}/redeliver`);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ id: first?.id, eventId, state: 'pending' });
      await waitForValue(
        async () => receiver.acceptedCount(eventId),
        (count) => count === 2,
        10_000,
        'the redelivery',
      );
      const audit = await world.queue.store.auditPage(0, 1_000);
      expect(audit.some((record) => record.action === 'webhook_redelivered')).toBe(true);
      expect((await world.queue.call('POST', '/v1/webhook-deliveries/whd_none/redeliver')).status).toBe(404);
    });

    it('writes no delivery for a tenant without webhooks, a disabled webhook or an event it did not subscribe to', async () => {
      const { queue } = world;
      await saveNewSetting(
        queue.store,
        queue.tenantId,
        'webhook',
        'ratings',
        webhookValue(receiver.url, ['rating.added']),
      );
      await saveNewSetting(
        queue.store,
        queue.tenantId,
        'webhook',
        'off',
        webhookValue(receiver.url, WEBHOOK_EVENT_TYPES, false),
      );
      await queue.call('POST', '/v1/tickets', { body: intakeBody() });
      const other = await queue.addTenant('quiet');
      await queue.call('POST', '/v1/tickets', { token: other.admin, body: intakeBody() });
      const ratings = await queue.call<DeliveryLog>('GET', '/v1/webhooks/ratings/deliveries');
      const off = await queue.call<DeliveryLog>('GET', '/v1/webhooks/off/deliveries');
      expect([ratings.body.deliveries, off.body.deliveries]).toEqual([[], []]);
      expect((await log()).length).toBe(2);
      expect((await queue.call('GET', '/v1/webhooks/none/deliveries')).status).toBe(404);
    });
  });
}
