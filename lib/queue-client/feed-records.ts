import type { z } from 'zod';
import { MAX_JSON_DEPTH } from '../../shared/api/input-limits.js';
import { nestsDeeperThan } from '../../shared/json-depth.js';
import { parseFromNewerQueue, schemaKnowsField } from './parse-from-newer-queue.js';

/** The lists of records a queue answer carries (the feed's tickets and messages). */
export type RecordList = 'tickets' | 'messages';

/** A record of a queue answer this console could not read whole. */
export interface UnreadableRecord {
  list: RecordList;
  /** The record's id, when it has one. */
  id: string | null;
  /** What was wrong, for the log. */
  problem: string;
  /** Fields left out so the rest of the record could be kept; empty when the whole record was skipped. */
  leftOut: string[];
}

export interface ReadRecords<T> {
  records: T[];
  /** Fields of a newer queue left out, as parseFromNewerQueue names them, e.g. `tickets.3.priority`. */
  droppedFields: string[];
  unreadable: UnreadableRecord[];
}

/** Deepest a record may nest: the answer and its list take two of the MAX_JSON_DEPTH levels any JSON may have. */
const MAX_RECORD_DEPTH = MAX_JSON_DEPTH - 2;
/** Issues named in a problem; the rest are counted. */
const SHOWN_ISSUES = 3;

/**
 * Reads the records of one list of a queue answer one by one, so that one record this console cannot
 * read (data stored before the queue bounded it, or a queue that broke it) costs that record, not the
 * whole answer. A record is left out whole when a field it needs is wrong; only `spareFields` (fields
 * the record is still right without) and fields this program does not know are left out of a record that
 * is kept. Depth is checked first, without recursion: nothing recursive touches a record nested deeper
 * than an answer may be.
 */
export function readRecords<S extends z.ZodType>(
  list: RecordList,
  schema: S,
  items: readonly unknown[],
  spareFields: readonly string[] = [],
): ReadRecords<z.output<S>> {
  const read: ReadRecords<z.output<S>> = { records: [], droppedFields: [], unreadable: [] };
  items.forEach((item, index) => {
    const id = isRecord(item) && typeof item.id === 'string' ? item.id.slice(0, 100) : null;
    const skip = (problem: string) => read.unreadable.push({ list, id, problem, leftOut: [] });
    if (!isRecord(item)) return skip('it is not an object');

    const leftOut: string[] = [];
    const problems: string[] = [];
    let record: Record<string, unknown> = item;
    if (nestsDeeperThan(record, MAX_RECORD_DEPTH)) {
      const deep = Object.keys(record).filter((key) => nestsDeeperThan(record[key], MAX_RECORD_DEPTH - 1));
      const needed = deep.filter((key) => schemaKnowsField(schema, key) && !spareFields.includes(key));
      if (needed.length > 0) return skip(`${needed.join(', ')} nested deeper than ${MAX_RECORD_DEPTH} levels`);
      record = without(record, deep);
      leftOut.push(...deep);
      problems.push(`${deep.join(', ')} nested deeper than ${MAX_RECORD_DEPTH} levels`);
    }

    let parsed = parseFromNewerQueue(schema, record);
    if (!parsed.result.success) {
      const wrong = [...new Set(parsed.result.error.issues.map((issue) => String(issue.path[0] ?? '')))];
      if (!wrong.every((field) => spareFields.includes(field))) return skip(describeIssues(parsed.result.error.issues));
      problems.push(describeIssues(parsed.result.error.issues));
      record = without(record, wrong);
      leftOut.push(...wrong);
      parsed = parseFromNewerQueue(schema, record);
      if (!parsed.result.success) return skip(describeIssues(parsed.result.error.issues));
    }

    read.records.push(parsed.result.data);
    read.droppedFields.push(...parsed.droppedFields.map((field) => `${list}.${index}.${field}`));
    if (leftOut.length > 0) read.unreadable.push({ list, id, problem: problems.join('; '), leftOut });
  });
  return read;
}

/** One line for a log: which record was skipped or kept without some fields, and why. */
export function unreadableRecordNotice(record: UnreadableRecord): string {
  const what = `${record.list === 'tickets' ? 'ticket' : 'message'} ${record.id ?? '(without an id)'}`;
  return record.leftOut.length === 0
    ? `Sync skipped ${what}: this console cannot read it (${record.problem}). The rest of the feed is stored as usual; the queue keeps the record.`
    : `Sync stored ${what} with ${record.leftOut.join(', ')} left out: the queue sent ${record.leftOut.length === 1 ? 'it' : 'them'} in a form this console cannot read (${record.problem}).`;
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues
    .slice(0, SHOWN_ISSUES)
    .map((issue) => `${issue.path.map(String).join('.') || 'the record'}: ${issue.message.replace(/\.$/, '')}`);
  const more = issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? ` and ${more} more` : '');
}

function without(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
