import type { FastifyInstance } from 'fastify';
import { DeliveryLogQuerySchema, type DeliveryLog, type WebhookDelivery } from '../../shared/api/webhook-contract.js';
import { ChannelParamsSchema, ENDPOINTS, WebhookDeliveryParamsSchema, WebhookParamsSchema } from '../api-spec.js';
import { callerOf, guard } from '../auth/authenticate.js';
import { actorOf } from '../auth/request-actor.js';
import { notFound } from '../http-errors.js';
import type { DeliveryOwner } from '../storage/webhook-store.js';
import { parseInput } from '../validation.js';
import type { RouteDeps } from './route-deps.js';

/** What the webhook routes tell the delivery worker of this process (none in a process that runs none). */
export interface DeliveryWake {
  wake(): void;
}

/**
 * Outbound webhooks' delivery logs and redelivery (shared/api/webhook-contract.ts): leads and admins read a webhook's
 * or a generic channel's deliveries, an admin sends one again.
 */
export function registerWebhookRoutes(app: FastifyInstance, deps: RouteDeps, deliveries: DeliveryWake | null): void {
  const { store } = deps;

  const log = async (tenantId: string, owner: DeliveryOwner, query: unknown, what: string): Promise<DeliveryLog> => {
    const { limit, before } = parseInput(DeliveryLogQuerySchema, query, 'delivery log query');
    const [kind, id] =
      'webhookId' in owner ? (['webhook', owner.webhookId] as const) : (['channel', owner.channelId] as const);
    if (!(await store.webhooks.settingEverSaved(tenantId, kind, id))) throw notFound(`There is no ${what} "${id}".`);
    return { deliveries: await store.webhooks.deliveryLog(tenantId, owner, before ?? null, limit) };
  };

  app.get(ENDPOINTS.webhookDeliveries.path, guard(store, ENDPOINTS.webhookDeliveries), async (request) => {
    const { webhookId } = parseInput(WebhookParamsSchema, request.params, 'webhook');
    return log(callerOf(request).tenantId, { webhookId }, request.query, 'webhook');
  });

  app.get(ENDPOINTS.channelDeliveries.path, guard(store, ENDPOINTS.channelDeliveries), async (request) => {
    const { channelId } = parseInput(ChannelParamsSchema, request.params, 'channel');
    return log(callerOf(request).tenantId, { channelId }, request.query, 'channel');
  });

  app.post(
    ENDPOINTS.redeliverWebhook.path,
    guard(store, ENDPOINTS.redeliverWebhook),
    async (request): Promise<WebhookDelivery> => {
      const { tenantId } = callerOf(request);
      const { deliveryId } = parseInput(WebhookDeliveryParamsSchema, request.params, 'delivery');
      const delivery = await store.webhooks.redeliver({
        tenantId,
        deliveryId,
        actor: actorOf(request),
        now: deps.now(),
      });
      if (!delivery) throw notFound(`There is no webhook delivery "${deliveryId}".`);
      deliveries?.wake();
      if (delivery.channelId !== null) await deps.notifyChange(tenantId);
      return delivery;
    },
  );
}
