import { randomBytes } from 'node:crypto';
import type { SigningSecret } from '../../shared/api/webhook-contract.js';
import { SECRET_PREFIXES, type SecretOwnerKind } from '../../shared/channels/request-signature.js';
import { SYSTEM_ACTOR, type TokenActor } from '../audit/audit-entries.js';
import type { WebhookStore } from '../storage/webhook-store.js';
import type { QueueSecrets, SecretOwner } from './queue-secrets.js';

/** Random bytes in a new signing secret (after its prefix, as base64url). */
const SECRET_BYTES = 32;

/** Which setting a signing secret belongs to. */
export interface SecretOwnerKey {
  tenantId: string;
  kind: SecretOwnerKind;
  id: string;
}

/** The associated data a signing secret is sealed with: it opens for that tenant's setting only. */
const ownerOf = (key: SecretOwnerKey): SecretOwner => ['signing-secret', key.tenantId, key.kind, key.id];

/**
 * Makes a new signing secret for a live webhook, generic channel or widget (its prefix from SECRET_PREFIXES, 32
 * random bytes), stores it sealed (the old one stops working) and audited, and answers it: the only time it is
 * shown. Null when the tenant has no such live setting; SecretKeyMissing without the queue's secret key.
 */
export async function makeSigningSecret(
  store: { webhooks: WebhookStore },
  secrets: QueueSecrets,
  input: SecretOwnerKey & { actor?: TokenActor; now?: Date },
): Promise<SigningSecret | null> {
  const secret = `${SECRET_PREFIXES[input.kind]}${randomBytes(SECRET_BYTES).toString('base64url')}`;
  const now = input.now ?? new Date();
  const saved = await store.webhooks.saveSigningSecret({
    tenantId: input.tenantId,
    kind: input.kind,
    id: input.id,
    sealed: secrets.sealText(ownerOf(input), secret),
    actor: input.actor ?? SYSTEM_ACTOR,
    now,
  });
  return saved === 'saved' ? { kind: input.kind, id: input.id, secret, createdAt: now.toISOString() } : null;
}

/**
 * The setting's signing secret, or null when none was made. Throws SecretKeyMissing without the queue's secret key
 * and SecretRefused when the stored one does not open (the key changed, or the row was altered or copied).
 */
export async function openSigningSecret(
  store: { webhooks: WebhookStore },
  secrets: QueueSecrets,
  key: SecretOwnerKey,
): Promise<string | null> {
  const stored = await store.webhooks.signingSecret(key.tenantId, key.kind, key.id);
  return stored ? secrets.openText(ownerOf(key), stored.sealed) : null;
}
