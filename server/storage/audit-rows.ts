import { auditHashedFields, type AuditRecord } from '../audit/audit-chain.js';

/** Columns of `audit_events`, the same on both engines. */
export interface AuditRow {
  seq: number;
  tenant_id: string;
  ticket_id: string | null;
  actor_name: string;
  actor_role: string;
  actor_client_id: string | null;
  actor_user_id: string | null;
  at: string;
  action: string;
  inputs_json: string;
  reason: string | null;
  prev_hash: string;
  hash: string;
}

/** The hashed fields in their order, the chain's hashes, then the actor's user id (added by issue 18). */
export const AUDIT_COLUMNS =
  'seq, tenant_id, ticket_id, actor_name, actor_role, actor_client_id, at, action, inputs_json, reason, prev_hash, hash, actor_user_id';

export function auditRecordFromRow(row: AuditRow): AuditRecord {
  return {
    seq: Number(row.seq),
    tenantId: row.tenant_id,
    ticketId: row.ticket_id,
    actorName: row.actor_name,
    actorRole: row.actor_role,
    actorClientId: row.actor_client_id,
    actorUserId: row.actor_user_id,
    at: row.at,
    action: row.action,
    inputsJson: row.inputs_json,
    reason: row.reason,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** Values in AUDIT_COLUMNS order. */
export function auditRowValues(record: AuditRecord): (string | number | null)[] {
  return [...auditHashedFields(record), record.prevHash, record.hash, record.actorUserId];
}
