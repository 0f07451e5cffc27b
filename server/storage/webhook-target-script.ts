import type { SecretOwnerKind } from '../../shared/channels/request-signature.js';
import { MessagingChannelConfigSchema } from '../../shared/channels/messaging-channel.js';
import { WebhookSettingSchema } from '../../shared/settings/setting-values.js';
import { liveChannelSetting } from './setting-scripts.js';
import { perform, type Script } from './store-operations.js';
import type { DeliveryRow } from './webhook-rows.js';

/**
 * Where a delivery goes now (read at each attempt, so a changed URL applies at once): the URL and whose secret signs
 * it, or why it cannot go (permanent: the webhook or channel was deleted; else it may come back, e.g. re-enabled).
 */
export type DeliveryTarget =
  | { ok: true; url: string; secretOwner: { kind: SecretOwnerKind; id: string } }
  | { ok: false; reason: string; permanent: boolean };

export function* deliveryTarget(row: DeliveryRow): Script<DeliveryTarget> {
  if (row.webhook_id !== null) {
    const id = row.webhook_id;
    const setting = yield* perform('latestSetting', row.tenant_id, 'webhook', id);
    const parsed = WebhookSettingSchema.safeParse(setting?.deleted ? null : JSON.parse(setting?.value_json ?? 'null'));
    if (!parsed.success) return { ok: false, reason: `The webhook "${id}" was deleted.`, permanent: true };
    if (!parsed.data.enabled) return { ok: false, reason: `The webhook "${id}" is disabled.`, permanent: false };
    return { ok: true, url: parsed.data.url, secretOwner: { kind: 'webhook', id } };
  }
  const id = row.channel_id ?? '';
  const channel = yield* liveChannelSetting(row.tenant_id, id);
  const config = MessagingChannelConfigSchema.safeParse(channel?.config);
  if (!channel || channel.type !== 'webhook' || !config.success)
    return {
      ok: false,
      reason: `The generic channel "${id}" was removed or its settings do not read.`,
      permanent: true,
    };
  if (!channel.enabled) return { ok: false, reason: `The generic channel "${id}" is disabled.`, permanent: false };
  return { ok: true, url: config.data.replyUrl, secretOwner: { kind: 'channel', id } };
}
