import type { MessagingOperations } from './messaging-sql.js';
import type { SigningSecretOperations } from './signing-secret-sql.js';
import type { DeliveryOperations } from './webhook-delivery-sql.js';

/**
 * The store operations of webhooks, the generic channel and signing secrets (their scripts ask for them), answered
 * by each engine (sqlite-webhook-operations.ts, postgres-webhook-operations.ts) with the statements written once;
 * only the delivery claim is each engine's own.
 */
export type WebhookOperations = SigningSecretOperations & DeliveryOperations & MessagingOperations;
