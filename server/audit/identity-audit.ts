import type { AuditEntry } from './audit-chain.js';
import { auditActorOf, type TokenActor } from './audit-entries.js';

/** Audit actions of people and tokens (issue 18): who changed a user or an API token, never a secret or password. */
export const IDENTITY_AUDIT_ACTIONS = {
  userCreated: 'user_created',
  userUpdated: 'user_updated',
  userDisabled: 'user_disabled',
  userEnabled: 'user_enabled',
  apiTokenCreated: 'api_token_created',
  apiTokenRotated: 'api_token_rotated',
  apiTokenRevoked: 'api_token_revoked',
  /** A machine token bound to a user (the demo's people tokens). */
  apiTokenBound: 'api_token_bound',
} as const;
export type IdentityAuditAction = (typeof IDENTITY_AUDIT_ACTIONS)[keyof typeof IDENTITY_AUDIT_ACTIONS];

/** What an admin (or the operator) did to a user or a token of the tenant; inputs name ids and fields, not secrets. */
export function identityEntry(
  tenantId: string,
  action: IdentityAuditAction,
  inputs: Record<string, unknown>,
  actor: TokenActor,
  at: string,
): AuditEntry {
  return {
    tenantId,
    ticketId: null,
    actor: auditActorOf(actor, null),
    at,
    action,
    inputs,
    reason: null,
  };
}
