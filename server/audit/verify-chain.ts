import { auditRecordHash, EMPTY_HEAD, type AuditHead, type AuditRecord } from './audit-chain.js';

export type ChainProblemKind = 'edited' | 'missing' | 'out_of_order' | 'broken_link' | 'head_mismatch';

export interface ChainProblem {
  kind: ChainProblemKind;
  /** The sequence number of the first record that does not verify (the head's, for head_mismatch). */
  seq: number;
  message: string;
}

export type ChainVerdict = { ok: true; records: number; head: AuditHead } | { ok: false; records: number; problem: ChainProblem };

/**
 * Checks records one after another, in the order they are stored (by seq), and stops at the first
 * bad one. Feed it pages with `check`, then call `finish` with the head the database claims.
 */
export class ChainVerifier {
  private last: AuditHead = EMPTY_HEAD;
  private count = 0;
  private problem: ChainProblem | null = null;

  /** False once a problem was found (later records are not looked at). */
  check(record: AuditRecord): boolean {
    if (this.problem) return false;
    const expectedSeq = this.last.seq + 1;
    if (record.seq > expectedSeq) {
      return this.fail('missing', record.seq, `Record ${record.seq} follows record ${this.last.seq}: record(s) ${describeGap(expectedSeq, record.seq - 1)} were deleted.`);
    }
    if (record.seq < expectedSeq) {
      return this.fail('out_of_order', record.seq, `Record ${record.seq} appears after record ${this.last.seq}: records were reordered or duplicated.`);
    }
    const { hash, ...content } = record;
    if (auditRecordHash(content) !== hash) {
      return this.fail(
        'edited',
        record.seq,
        `Record ${record.seq} (${record.action} at ${record.at}) does not match its hash: it was edited, or moved here from another position.`,
      );
    }
    if (record.prevHash !== this.last.hash) {
      return this.fail(
        'broken_link',
        record.seq,
        `Record ${record.seq} (${record.action} at ${record.at}) does not point at the hash of record ${this.last.seq}: records before it were changed, removed or a record was inserted.`,
      );
    }
    this.last = { seq: record.seq, hash };
    this.count += 1;
    return true;
  }

  /** The verdict, given the chain head the database keeps (null when it keeps none). */
  finish(head: AuditHead | null): ChainVerdict {
    if (!this.problem && head && (head.seq !== this.last.seq || head.hash !== this.last.hash)) {
      this.fail(
        'head_mismatch',
        head.seq > this.last.seq ? this.last.seq + 1 : Math.min(head.seq + 1, this.last.seq),
        head.seq > this.last.seq
          ? `The chain ends at record ${this.last.seq} but its head says ${head.seq}: the last record(s) were deleted.`
          : `The chain head says record ${head.seq} (hash ${head.hash.slice(0, 12)}…) but the records go on to ${this.last.seq} (hash ${this.last.hash.slice(0, 12)}…): records were added or changed outside the queue.`,
      );
    }
    return this.problem ? { ok: false, records: this.count, problem: this.problem } : { ok: true, records: this.count, head: this.last };
  }

  private fail(kind: ChainProblemKind, seq: number, message: string): false {
    this.problem = { kind, seq, message };
    return false;
  }
}

function describeGap(from: number, to: number): string {
  return from === to ? String(from) : `${from}-${to}`;
}
