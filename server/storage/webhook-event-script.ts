import { randomUUID } from 'node:crypto';
import { WebhookSettingSchema } from '../../shared/settings/setting-values.js';
import { webhookEventsOf, webhookEventTypes, type TicketChangeSeen } from '../domain/webhook-events.js';
import { perform, type Script } from './store-operations.js';
import { newDeliveryRow } from './webhook-rows.js';

/**
 * The webhook events of a ticket change, in its transaction (intake and writeTicketChange call it for every change):
 * one delivery row per event and enabled webhook of the tenant subscribed to its type, the body frozen now. A change
 * without events reads nothing; one with events reads the tenant's webhooks once (one indexed read, empty for a
 * tenant without webhooks). Imports write no events (a day-one import of old tickets is not news).
 */
export function* recordWebhookEvents(change: TicketChangeSeen, at: string): Script<void> {
  if (webhookEventTypes(change).length === 0) return;
  const tenantId = change.after.tenantId;
  const webhooks = (yield* perform('liveSettings', tenantId, 'webhook')).flatMap((row) => {
    const parsed = WebhookSettingSchema.safeParse(JSON.parse(row.value_json ?? 'null'));
    return parsed.success && parsed.data.enabled ? [{ id: row.id, events: new Set(parsed.data.events) }] : [];
  });
  if (webhooks.length === 0) return;
  for (const event of webhookEventsOf(change, at, () => `evt_${randomUUID()}`)) {
    for (const webhook of webhooks.filter((subscribed) => subscribed.events.has(event.type))) {
      const fields = {
        delivery_id: `whd_${randomUUID()}`,
        tenant_id: tenantId,
        webhook_id: webhook.id,
        channel_id: null,
        event_id: event.id,
        event_type: event.type,
        ticket_id: event.ticket.id,
        message_id: null,
        body: JSON.stringify(event),
      };
      yield* perform('insertDelivery', newDeliveryRow(fields, at));
    }
  }
}
