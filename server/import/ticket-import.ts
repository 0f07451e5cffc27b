import type { TokenActor } from '../audit/audit-entries.js';
import type { ImportedTicket } from '../domain/ticket-import.js';
import { refusedJsonInput } from '../json-input-guard.js';
import type { QueueStore } from '../storage/queue-store.js';
import { checkpointIdentity, clearCheckpoint, readCheckpoint, writeCheckpoint } from './import-checkpoint.js';
import { IMPORT_LIMITS } from './import-limits.js';
import { ImportReport } from './import-report.js';
import { countLines, readLines } from './line-reader.js';
import { ProgressBar, type ProgressOutput } from './progress-bar.js';
import { zendeskTicket } from './zendesk-tickets.js';

export interface TicketImportOptions {
  store: QueueStore;
  tenantId: string;
  /** A Zendesk tickets export, one ticket per line (zendesk-tickets.ts). */
  file: string;
  /** The database as describeDb names it: part of the checkpoint's identity. */
  db: string;
  /** Where the checkpoint is kept between runs (import-checkpoint.ts). */
  stateFile: string;
  /** The owner queue tickets still open in Zendesk wait in (null: none). */
  ownerQueue: string | null;
  /** Tickets per transaction. */
  batchSize: number;
  actor?: TokenActor;
  /** Where the progress bar is drawn (null: none). */
  progress: ProgressOutput | null;
  /** Stops the import after the batch being written (Ctrl-C): the checkpoint lets the next run continue. */
  signal?: AbortSignal;
  now?: () => Date;
}

export interface TicketImportOutcome {
  report: ImportReport;
  /** False when stopped by the signal before the end of the file. */
  finished: boolean;
  /** The last line read and committed. */
  lineNumber: number;
  /** The line an earlier run had reached, when this run continued from its checkpoint. */
  resumedAfterLine: number | null;
  /** Why a state file was not used, when there was one. */
  checkpointIgnored: string | null;
}

interface Position {
  offset: number;
  lineNumber: number;
}

/**
 * Imports a Zendesk tickets export into the tenant: reads it line by line, writes a batch of tickets per
 * transaction (store.importTickets: idempotent by Zendesk id), and after each batch records where it is in the
 * state file. A broken line is reported with its number and the rest imported; a second run of a finished import
 * creates nothing twice, and a run after an interrupted one continues where it stopped.
 */
export async function importZendeskTickets(options: TicketImportOptions): Promise<TicketImportOutcome> {
  const { store, tenantId, file, stateFile } = options;
  const identity = checkpointIdentity({ tenantId, db: options.db, file });
  const { checkpoint, ignored } = readCheckpoint(stateFile, identity);
  const report = new ImportReport('tickets', checkpoint ? { ...checkpoint.counts } : undefined);
  report.problems.push(...(checkpoint?.problems ?? []));
  let committed: Position = checkpoint
    ? { offset: checkpoint.offset, lineNumber: checkpoint.lineNumber }
    : { offset: 0, lineNumber: 0 };
  const resumedAfterLine = checkpoint ? checkpoint.lineNumber : null;
  const bar = options.progress
    ? new ProgressBar(options.progress, await countLines(file), 'lines', committed.lineNumber)
    : null;
  const now = options.now ?? (() => new Date());

  let batch: ImportedTicket[] = [];
  const batchIds = new Set<string>();
  const commit = async (upTo: Position): Promise<void> => {
    if (batch.length > 0) {
      const results = await store.importTickets({
        tenantId,
        system: 'zendesk',
        ...(options.actor ? { actor: options.actor } : {}),
        tickets: batch,
        now: now(),
      });
      for (const result of results) {
        report.counts[result.outcome] += 1;
        report.counts.parts += result.messagesAdded;
      }
    }
    batch = [];
    batchIds.clear();
    committed = upTo;
    writeCheckpoint(stateFile, {
      ...identity,
      ...committed,
      counts: report.counts,
      problems: report.problems,
      savedAt: now().toISOString(),
    });
    bar?.update(committed.lineNumber);
  };

  let read: Position = committed;
  for await (const line of readLines(file, committed, IMPORT_LIMITS.lineBytes)) {
    const where = `line ${line.lineNumber}`;
    if (line.text === null) report.skip({ where, reason: line.problem });
    else if (line.text.trim() !== '') {
      const reading = readTicketLine(line.text, options.ownerQueue);
      if (!reading.ok)
        report.skip({
          where,
          ...(reading.externalId ? { externalId: reading.externalId } : {}),
          reason: reading.reason,
        });
      else {
        // The same Zendesk id twice in one batch: the first goes in its own batch, so the second reads as its update.
        if (batchIds.has(reading.ticket.externalId)) await commit(read);
        batch.push(reading.ticket);
        batchIds.add(reading.ticket.externalId);
        report.counts.emptyComments += reading.emptyComments;
      }
    }
    read = { offset: line.nextOffset, lineNumber: line.lineNumber };
    if (batch.length >= options.batchSize) {
      await commit(read);
      if (options.signal?.aborted) {
        bar?.finish(committed.lineNumber);
        return {
          report,
          finished: false,
          lineNumber: committed.lineNumber,
          resumedAfterLine,
          checkpointIgnored: ignored,
        };
      }
    }
  }
  await commit(read);
  bar?.finish(committed.lineNumber);
  clearCheckpoint(stateFile);
  return { report, finished: true, lineNumber: committed.lineNumber, resumedAfterLine, checkpointIgnored: ignored };
}

type LineReading =
  { ok: true; ticket: ImportedTicket; emptyComments: number } | { ok: false; reason: string; externalId?: string };

function readTicketLine(text: string, ownerQueue: string | null): LineReading {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const externalId = zendeskIdOf(json);
  const refused = refusedJsonInput(json, { maxDepth: IMPORT_LIMITS.jsonDepth, subject: 'The line' });
  if (refused) return { ok: false, reason: refused.message, ...(externalId ? { externalId } : {}) };
  const reading = zendeskTicket(json, { ownerQueue });
  return reading.ok ? reading : { ...reading, ...(externalId ? { externalId } : {}) };
}

/** The Zendesk id of a line that parsed, when it has one, to name it in the report. */
function zendeskIdOf(json: unknown): string | undefined {
  if (json === null || typeof json !== 'object' || !('id' in json)) return undefined;
  const id = (json as { id: unknown }).id;
  return typeof id === 'number' || (typeof id === 'string' && id.length <= 30) ? `Zendesk #${String(id)}` : undefined;
}
