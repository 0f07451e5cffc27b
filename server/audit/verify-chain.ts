import { auditRecordHash, EMPTY_HEAD, type AuditHead, type AuditRecord } from './audit-chain.js';

export type ChainProblemKind = 'edited' | 'missing' | 'out_of_order' | 'broken_link' | 'head_mismatch';

export interface ChainProblem {
  kind: ChainProblemKind;
  /** The sequence number of the record that does not verify (the first after a gap for missing; for head_mismatch, where chain and head part). */
  seq: number;
  message: string;
}

/** Problems kept with their details; any beyond are only counted, so a wholly rewritten chain costs no more memory than this. */
export const MAX_LISTED_CHAIN_PROBLEMS = 20;

export type ChainVerdict =
  | { ok: true; records: number; head: AuditHead }
  | {
      ok: false;
      /** Records looked at. */
      records: number;
      /** Every problem found. */
      problemCount: number;
      /** The first MAX_LISTED_CHAIN_PROBLEMS of them, in chain order. */
      problems: ChainProblem[];
    };

/** Added to `edited` when the record holds a replacement character: such a record may be damaged, not tampered with. */
const REPLACEMENT_HINT =
  ' It holds U+FFFD, the replacement character: if nobody edited it, a queue that did not yet refuse malformed Unicode may have hashed text with a lone surrogate that the database then stored as U+FFFD.';

/**
 * Checks records one after another, in the order they are stored (by seq), and goes on past a bad one so
 * that every problem is reported: after an edited record the chain continues from its stored hash (the
 * next record's link is checked against it), after a gap from the record that follows it. Feed it pages
 * with `check`, then call `finish` with the head the database claims.
 */
export class ChainVerifier {
  private last: AuditHead = EMPTY_HEAD;
  private records = 0;
  private problemCount = 0;
  private readonly problems: ChainProblem[] = [];

  /** True when the record verifies (its content matches its hash and it follows the previous record). */
  check(record: AuditRecord): boolean {
    this.records += 1;
    const expectedSeq = this.last.seq + 1;
    if (record.seq < expectedSeq) {
      // Not part of the chain here: the chain goes on from the record before it.
      return this.fail(
        'out_of_order',
        record.seq,
        `Record ${record.seq} appears after record ${this.last.seq}: records were reordered or duplicated.`,
      );
    }
    const previous = this.last;
    this.last = { seq: record.seq, hash: record.hash };
    // After a gap the record's link points at a record that is gone: only its own hash can be checked.
    const afterGap = record.seq > expectedSeq;
    if (afterGap)
      this.fail(
        'missing',
        record.seq,
        `Record ${record.seq} follows record ${previous.seq}: record(s) ${describeGap(expectedSeq, record.seq - 1)} were deleted.`,
      );
    const { hash, ...content } = record;
    if (auditRecordHash(content) !== hash) {
      const hint = Object.values(content).some((value) => typeof value === 'string' && value.includes('\uFFFD'))
        ? REPLACEMENT_HINT
        : '';
      return this.fail(
        'edited',
        record.seq,
        `Record ${record.seq} (${record.action} at ${record.at}) does not match its hash: it was edited, or moved here from another position.${hint}`,
      );
    }
    if (!afterGap && record.prevHash !== previous.hash) {
      return this.fail(
        'broken_link',
        record.seq,
        `Record ${record.seq} (${record.action} at ${record.at}) does not point at the hash of record ${previous.seq}: records before it were changed, removed or a record was inserted.`,
      );
    }
    return !afterGap;
  }

  /** The verdict, given the chain head the database keeps (null when it keeps none). */
  finish(head: AuditHead | null): ChainVerdict {
    if (head && (head.seq !== this.last.seq || head.hash !== this.last.hash)) {
      this.fail(
        'head_mismatch',
        head.seq > this.last.seq ? this.last.seq + 1 : Math.min(head.seq + 1, this.last.seq),
        head.seq > this.last.seq
          ? `The chain ends at record ${this.last.seq} but its head says ${head.seq}: the last record(s) were deleted.`
          : `The chain head says record ${head.seq} (hash ${head.hash.slice(0, 12)}…) but the records go on to ${this.last.seq} (hash ${this.last.hash.slice(0, 12)}…): records were added or changed outside the queue.`,
      );
    }
    return this.problemCount === 0
      ? { ok: true, records: this.records, head: this.last }
      : { ok: false, records: this.records, problemCount: this.problemCount, problems: [...this.problems] };
  }

  private fail(kind: ChainProblemKind, seq: number, message: string): false {
    this.problemCount += 1;
    if (this.problems.length < MAX_LISTED_CHAIN_PROBLEMS) this.problems.push({ kind, seq, message });
    return false;
  }
}

function describeGap(from: number, to: number): string {
  return from === to ? String(from) : `${from}-${to}`;
}
