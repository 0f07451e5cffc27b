import type { SigningSecretOperations } from './signing-secret-sql.js';

/**
 * The store operations of webhooks, the generic channel and signing secrets (their scripts ask for them), answered
 * by each engine (sqlite-webhook-operations.ts, postgres-webhook-operations.ts) with the statements written once.
 */
export type WebhookOperations = SigningSecretOperations;
