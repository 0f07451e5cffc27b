import type { WebhookDelivery } from '../../shared/api/webhook-contract.js';
import type { InboundChannelResult } from '../../shared/channels/messaging-channel.js';
import type { SecretOwnerKind } from '../../shared/channels/request-signature.js';
import type { RetryDeliveryInput, RetryDeliveryResult } from './email-delivery-script.js';
import { receiveChannelMessage, type ReceiveChannelMessageInput } from './messaging-inbound-script.js';
import type { SigningSecretListingRow } from './signing-secret-sql.js';
import { saveSigningSecret, secretOwnerIsLive, type SaveSigningSecretInput } from './signing-secret-script.js';
import { perform, type Script } from './store-operations.js';
import {
  claimDueDeliveries,
  deliveryLog,
  recordAttempt,
  redeliver,
  retryReplyDelivery,
  type AttemptRecord,
  type RequeueInput,
} from './webhook-delivery-script.js';
import type { DeliveryOwner } from './webhook-delivery-sql.js';
import type { DeliveryRow } from './webhook-rows.js';
import { deliveryTarget, type DeliveryTarget } from './webhook-target-script.js';

export type { AttemptRecord, DeliveryOwner, DeliveryRow, DeliveryTarget, ReceiveChannelMessageInput, RequeueInput };
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

  /** Due deliveries of every tenant, leased to the caller for `leaseMs` (webhook-delivery-script.ts). */
  claimDueDeliveries(now: Date, leaseMs: number, limit: number): Promise<DeliveryRow[]>;
  /** Where a claimed delivery goes now (webhook-target-script.ts). */
  deliveryTarget(row: DeliveryRow): Promise<DeliveryTarget>;
  /** Records an attempt; the tenant whose feed moved (a reply's ticket), or null. */
  recordDeliveryAttempt(record: AttemptRecord): Promise<{ tenantId: string; feedMoved: boolean } | null>;
  /** An admin's redelivery; null when the tenant has no such delivery. */
  redeliver(input: RequeueInput): Promise<WebhookDelivery | null>;
  /** A person's retry of a failed generic-channel reply (the email retry's answers). */
  retryReplyDelivery(input: RetryDeliveryInput): Promise<RetryDeliveryResult>;
  /** A webhook's or generic channel's deliveries, newest first; the page after `beforeId` when given. */
  deliveryLog(
    tenantId: string,
    owner: DeliveryOwner,
    beforeId: string | null,
    limit: number,
  ): Promise<WebhookDelivery[]>;
  /** Whether the tenant ever saved a setting of this kind and id (its log stays readable once it is deleted). */
  settingEverSaved(tenantId: string, kind: 'webhook' | 'channel', id: string): Promise<boolean>;
  /** A generic channel's customer message (messaging-inbound-script.ts). */
  receiveChannelMessage(input: ReceiveChannelMessageInput): Promise<InboundChannelResult>;
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
    async claimDueDeliveries(now, leaseMs, limit) {
      // The read alone first, outside a write transaction: an idle poll takes no write lock.
      if (!(await run.direct(perform('anyDeliveryDue', now.getTime())))) return [];
      return run.write(claimDueDeliveries(now.getTime(), leaseMs, limit));
    },
    deliveryTarget: (row) => run.snapshot(deliveryTarget(row)),
    recordDeliveryAttempt: (record) => run.write(recordAttempt(record)),
    redeliver: (input) => run.write(redeliver(input)),
    retryReplyDelivery: (input) => run.write(retryReplyDelivery(input)),
    deliveryLog: (tenantId, owner, beforeId, limit) =>
      run.snapshot(deliveryLog({ tenantId, owner, beforeId, limit, before: null })),
    async settingEverSaved(tenantId, kind, id) {
      return (await run.direct(perform('latestSetting', tenantId, kind, id))) !== null;
    },
    receiveChannelMessage: (input) => run.write(receiveChannelMessage(input)),
  };
}
