import type { SecretOwnerKind } from '../../shared/channels/request-signature.js';
import type { SigningSecretListingRow } from './signing-secret-sql.js';
import { saveSigningSecret, secretOwnerIsLive, type SaveSigningSecretInput } from './signing-secret-script.js';
import { perform, type Script } from './store-operations.js';

export type { SaveSigningSecretInput };

/** A stored signing secret, still sealed. */
export interface SealedSigningSecret {
  sealed: string;
  createdAt: string;
}

/** The part of the QueueStore for webhooks, the generic channel and signing secrets (each method one transaction). */
export interface WebhookStore {
  /** Stores a live owner's new sealed secret, audited; `no_owner` when the tenant has no such live setting. */
  saveSigningSecret(input: SaveSigningSecretInput): Promise<'saved' | 'no_owner'>;
  /** Whether the tenant has the live setting a secret of this kind belongs to (signing-secret-script.ts). */
  secretOwnerIsLive(tenantId: string, kind: SecretOwnerKind, id: string): Promise<boolean>;
  signingSecret(tenantId: string, kind: SecretOwnerKind, id: string): Promise<SealedSigningSecret | null>;
  /** Which owners have a secret (never the secrets), by kind and id. */
  signingSecrets(tenantId: string): Promise<SigningSecretListingRow[]>;
}

/** How a store runs a script (scripted-queue-store.ts): in a write transaction, a read snapshot, or on its own. */
export interface ScriptRunners {
  write<T>(script: Script<T>): Promise<T>;
  snapshot<T>(script: Script<T>): Promise<T>;
  direct<T>(script: Script<T>): Promise<T>;
}

/** The WebhookStore over a store's script runners. */
export function webhookStore(run: ScriptRunners): WebhookStore {
  return {
    saveSigningSecret: (input) => run.write(saveSigningSecret(input)),
    secretOwnerIsLive: (tenantId, kind, id) => run.snapshot(secretOwnerIsLive(tenantId, kind, id)),
    async signingSecret(tenantId, kind, id) {
      const row = await run.direct(perform('signingSecretRow', tenantId, kind, id));
      return row ? { sealed: row.sealed, createdAt: row.created_at } : null;
    },
    signingSecrets: (tenantId) => run.direct(perform('signingSecretListing', tenantId)),
  };
}
