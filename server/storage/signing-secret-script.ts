import type { SecretOwnerKind } from '../../shared/channels/request-signature.js';
import { ChannelSettingSchema } from '../../shared/settings/setting-values.js';
import { AUDIT_ACTIONS, settingActionEntry, type TokenActor } from '../audit/audit-entries.js';
import { appendAudit } from './audit-append.js';
import { perform, type Script } from './store-operations.js';

export interface SaveSigningSecretInput {
  tenantId: string;
  kind: SecretOwnerKind;
  id: string;
  /** Sealed by server/secrets (never the secret itself). */
  sealed: string;
  actor: TokenActor;
  now: Date;
}

/**
 * Stores the owner's new sealed secret (the old one stops working), audited without it, under the tenant's settings
 * lock so the owner cannot be deleted meanwhile. `no_owner` when the tenant has no such live setting.
 */
export function* saveSigningSecret(input: SaveSigningSecretInput): Script<'saved' | 'no_owner'> {
  yield* perform('lockSettings', input.tenantId);
  if (!(yield* secretOwnerIsLive(input.tenantId, input.kind, input.id))) return 'no_owner';
  const at = input.now.toISOString();
  yield* perform('saveSigningSecret', {
    tenant_id: input.tenantId,
    kind: input.kind,
    owner_id: input.id,
    sealed: input.sealed,
    created_at: at,
  });
  const inputs = { kind: input.kind, id: input.id };
  yield* appendAudit([settingActionEntry(input.tenantId, AUDIT_ACTIONS.signingSecretMade, inputs, input.actor, at)]);
  return 'saved';
}

/**
 * Whether the tenant has the live setting a secret belongs to: a webhook, a channel of type webhook (a generic
 * channel; an email channel signs nothing) or a widget. The owner kinds are setting kinds of the same name.
 */
export function* secretOwnerIsLive(tenantId: string, kind: SecretOwnerKind, id: string): Script<boolean> {
  const row = yield* perform('latestSetting', tenantId, kind, id);
  if (!row || row.deleted || row.value_json === null) return false;
  if (kind !== 'channel') return true;
  const channel = ChannelSettingSchema.safeParse(JSON.parse(row.value_json));
  return channel.success && channel.data.type === 'webhook';
}
