import { createHash } from 'node:crypto';
import { toWellFormedText } from '../unicode-text.js';

/**
 * The audit trail is one hash chain per queue database: record n carries the hash of record n-1,
 * and its own hash is SHA-256 over that previous hash and a canonical serialisation of the record.
 * Editing, deleting, inserting or reordering any record breaks the chain from that record on;
 * `npm run audit -- verify` walks it. (Whoever can rewrite the whole database can also recompute
 * the chain: keep the head hash `verify` prints somewhere else to pin it.)
 */
export const GENESIS_HASH = '0'.repeat(64);

/** Who did it: the authenticated caller (a signed-in person, a machine token, a channel, the operator or `system`). */
export interface AuditActor {
  /** The user's name for a person, the token's name for a machine: never a name a client sent. */
  name: string;
  /** The caller's role (agent, lead, autopilot, admin), or `system`, `operator`, `channel`. */
  role: string;
  /** The console or worker id, when the action came through a push. */
  clientId: string | null;
  /** The user behind it (issue 18); null for a machine token, the operator and `system`, and in older records. */
  userId?: string | null;
}

/** What a store appends; sequence number and hashes are added by `sealAuditRecord`. */
export interface AuditEntry {
  tenantId: string;
  ticketId: string | null;
  actor: AuditActor;
  at: string;
  action: string;
  /** Plain JSON (no undefined, functions or class instances); stored canonically. */
  inputs: unknown;
  reason: string | null;
}

/** One stored record, as its columns hold it. */
export interface AuditRecord {
  seq: number;
  tenantId: string;
  ticketId: string | null;
  actorName: string;
  actorRole: string;
  actorClientId: string | null;
  actorUserId: string | null;
  at: string;
  action: string;
  /** Canonical JSON text of the inputs: hashed as stored, so any edit of it shows. */
  inputsJson: string;
  reason: string | null;
  prevHash: string;
  hash: string;
}

/** The end of the chain: the last record's sequence number and hash (0 and the genesis hash when empty). */
export interface AuditHead {
  seq: number;
  hash: string;
}

export const EMPTY_HEAD: AuditHead = { seq: 0, hash: GENESIS_HASH };

/** JSON with object keys sorted at every depth, no whitespace: one text for one value. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : sortKeys(item)));
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) sorted[key] = sortKeys(item);
    }
    return sorted;
  }
  return value;
}

/** The hash a record must carry: SHA-256 hex of the previous hash, a newline, and the record's fields in a fixed order. */
export function auditRecordHash(record: Omit<AuditRecord, 'hash'>): string {
  // The user id joins the hashed fields only when set: records from before it (and machines' records) hash as they did.
  const fields = auditHashedFields(record);
  const hashed = record.actorUserId === null ? fields : [...fields, record.actorUserId];
  return createHash('sha256')
    .update(`${record.prevHash}\n${JSON.stringify(hashed)}`)
    .digest('hex');
}

/** The fields a record's hash covers, in their fixed order (also the first columns of a stored row). */
export function auditHashedFields(
  record: Omit<AuditRecord, 'hash' | 'prevHash' | 'actorUserId'>,
): (string | number | null)[] {
  return [
    record.seq,
    record.tenantId,
    record.ticketId,
    record.actorName,
    record.actorRole,
    record.actorClientId,
    record.at,
    record.action,
    record.inputsJson,
    record.reason,
  ];
}

/**
 * The record that follows `head` in the chain. Its text is made well-formed first (a lone surrogate becomes
 * U+FFFD, as the database would store it), so the hash covers exactly what the columns will read back.
 */
export function sealAuditRecord(entry: AuditEntry, head: AuditHead): AuditRecord {
  const unsealed: Omit<AuditRecord, 'hash'> = {
    seq: head.seq + 1,
    tenantId: toWellFormedText(entry.tenantId),
    ticketId: wellFormedOrNull(entry.ticketId),
    actorName: toWellFormedText(entry.actor.name),
    actorRole: toWellFormedText(entry.actor.role),
    actorClientId: wellFormedOrNull(entry.actor.clientId),
    actorUserId: wellFormedOrNull(entry.actor.userId ?? null),
    at: toWellFormedText(entry.at),
    action: toWellFormedText(entry.action),
    // Well-formed already: JSON.stringify writes a lone surrogate as a \u escape.
    inputsJson: canonicalJson(entry.inputs),
    reason: wellFormedOrNull(entry.reason),
    prevHash: head.hash,
  };
  return { ...unsealed, hash: auditRecordHash(unsealed) };
}

function wellFormedOrNull(text: string | null): string | null {
  return text === null ? null : toWellFormedText(text);
}
