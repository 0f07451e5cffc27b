import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { AuditRecord } from './audit/audit-chain.js';
import { ChainVerifier } from './audit/verify-chain.js';
import { stringFlags } from '../lib/cli-support.js';
import { CliUsageError, isPostgresUrl, parseFlags } from './cli-args.js';
import { describeDb, openQueueStore } from './storage/open-store.js';
import type { QueueStore } from './storage/queue-store.js';

export const AUDIT_USAGE =
  'Usage: npm run audit -- verify --db FILE|postgres://URL | export --db FILE|postgres://URL --from ISO-TIME --to ISO-TIME [--tenant ID]';

const PAGE = 5000;

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

/**
 * `verify` walks the whole audit chain and reports every problem, a line each for the first
 * MAX_LISTED_CHAIN_PROBLEMS and a count of the rest (exit 1), or "OK n records" (exit 0).
 * `export` prints the records with from <= time < to as JSON Lines.
 * Usage mistakes exit 2.
 */
export async function runAuditCli(argv: readonly string[], io: Output): Promise<number> {
  let command: AuditCommand;
  try {
    command = parseAuditArgs(argv);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    io.err(error.message);
    return 2;
  }
  if (!isPostgresUrl(command.db) && !existsSync(command.db)) {
    io.err(`There is no queue database at ${command.db}.`);
    return 2;
  }
  let store: QueueStore;
  try {
    store = await openQueueStore(command.db);
  } catch (error) {
    io.err(`Cannot open ${describeDb(command.db)}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  try {
    return command.kind === 'verify' ? await verify(store, io) : await exportRange(store, command, io);
  } finally {
    await store.close();
  }
}

async function verify(store: QueueStore, io: Output): Promise<number> {
  const verifier = new ChainVerifier();
  let after = 0;
  for (;;) {
    const page = await store.auditPage(after, PAGE);
    for (const record of page) verifier.check(record);
    const last = page.at(-1);
    if (page.length < PAGE || !last) break;
    after = last.seq;
  }
  const verdict = verifier.finish(await store.auditHead());
  if (verdict.ok) {
    io.out(`OK ${verdict.records} records (head ${verdict.head.hash})`);
    return 0;
  }
  for (const problem of verdict.problems)
    io.out(`FAILED at record ${problem.seq} (${problem.kind}): ${problem.message}`);
  const unlisted = verdict.problemCount - verdict.problems.length;
  if (unlisted > 0) io.out(`… and ${plural(unlisted, 'more problem')}, not listed.`);
  io.out(`${plural(verdict.problemCount, 'problem')} found in ${plural(verdict.records, 'record')}.`);
  return 1;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

async function exportRange(store: QueueStore, command: ExportCommand, io: Output): Promise<number> {
  let after = 0;
  for (;;) {
    const page = await store.auditRange({
      from: command.from,
      to: command.to,
      tenantId: command.tenant,
      afterSeq: after,
      limit: PAGE,
    });
    for (const record of page) io.out(JSON.stringify(exportedRecord(record)));
    const last = page.at(-1);
    if (page.length < PAGE || !last) return 0;
    after = last.seq;
  }
}

/** One JSON Lines row: the record with its inputs as JSON, hashes included so a reader can re-check it. */
export function exportedRecord(record: AuditRecord): Record<string, unknown> {
  return {
    seq: record.seq,
    tenantId: record.tenantId,
    ticketId: record.ticketId,
    actor: { name: record.actorName, role: record.actorRole, clientId: record.actorClientId },
    at: record.at,
    action: record.action,
    inputs: JSON.parse(record.inputsJson) as unknown,
    reason: record.reason,
    prevHash: record.prevHash,
    hash: record.hash,
  };
}

type AuditCommand = { kind: 'verify'; db: string } | ExportCommand;
interface ExportCommand {
  kind: 'export';
  db: string;
  from: string;
  to: string;
  tenant?: string;
}

export function parseAuditArgs(argv: readonly string[]): AuditCommand {
  const [kind, ...rest] = argv;
  if (kind !== 'verify' && kind !== 'export') throw new CliUsageError(`Say verify or export. ${AUDIT_USAGE}`);
  const values = parseFlags(rest, stringFlags('db', 'from', 'to', 'tenant'), AUDIT_USAGE);
  if (!values.db) throw new CliUsageError(`--db is required. ${AUDIT_USAGE}`);
  if (kind === 'verify') {
    if (values.from || values.to || values.tenant)
      throw new CliUsageError(
        `verify checks the whole chain; --from, --to and --tenant are for export. ${AUDIT_USAGE}`,
      );
    return { kind, db: values.db };
  }
  if (!values.from || !values.to) throw new CliUsageError(`export needs --from and --to. ${AUDIT_USAGE}`);
  const from = isoTime(values.from, '--from');
  const to = isoTime(values.to, '--to');
  if (from >= to) throw new CliUsageError(`--from (${from}) must be before --to (${to}).`);
  return { kind, db: values.db, from, to, ...(values.tenant ? { tenant: values.tenant } : {}) };
}

function isoTime(value: string, flag: string): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new CliUsageError(`${flag} ${value} is not a date or time like 2026-03-01 or 2026-03-01T10:00:00Z.`);
  }
  return new Date(value).toISOString();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runAuditCli(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
