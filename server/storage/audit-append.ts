import { sealAuditRecord, type AuditEntry } from '../audit/audit-chain.js';
import { perform, type Script } from './store-operations.js';

/**
 * Extends the audit chain inside the caller's transaction: each entry is sealed onto the head, which stays
 * locked until the transaction ends, so concurrent queue processes extend the chain one after another.
 * Transactions append last, after any feed or ticket locks, so the order locks are taken in stays fixed.
 */
export function* appendAudit(entries: readonly AuditEntry[]): Script<void> {
  if (entries.length === 0) return;
  let head = yield* perform('auditHead', true);
  for (const entry of entries) {
    const record = sealAuditRecord(entry, head);
    yield* perform('insertAuditRecord', record);
    head = { seq: record.seq, hash: record.hash };
  }
  yield* perform('setAuditHead', head);
}
