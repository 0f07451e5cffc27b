import { readFileSync, statSync } from 'node:fs';
import { booleanFlags, stringFlags } from '../../lib/cli-support.js';
import type { TokenActor } from '../audit/audit-entries.js';
import { CliUsageError, parseFlags } from '../cli-args.js';
import { withTenantStore } from '../admin-cli.js';
import { describeDb } from '../storage/open-store.js';
import { saveImportedArticles } from './article-import.js';
import { defaultStateFile } from './import-checkpoint.js';
import { IMPORT_LIMITS } from './import-limits.js';
import type { ImportReport } from './import-report.js';
import type { ArticleReading } from './imported-article.js';
import { markdownArticles } from './markdown-articles.js';
import type { ProgressOutput } from './progress-bar.js';
import { importZendeskTickets } from './ticket-import.js';
import { zendeskArticles } from './zendesk-articles.js';

export const IMPORT_USAGE =
  'Usage: npm run queue -- import articles --db DB --tenant ID (--markdown DIR [--language en] | --zendesk FILE) [--json]' +
  ' | import tickets --db DB --tenant ID --zendesk FILE [--queue QUEUE] [--batch 500] [--state FILE] [--json]';

/** Who the audit trail names for what an import writes. */
const IMPORT_ACTOR: TokenActor = { name: 'import', role: 'system' };
const DEFAULT_BATCH = 500;
const MAX_BATCH = 5_000;

export interface ImportIo {
  out: (line: string) => void;
  /** The progress bar's output (stderr); null for none. */
  progress: ProgressOutput | null;
  /** Stops a tickets import after its current batch (Ctrl-C). */
  signal?: AbortSignal;
}

/** How an import command ended: 0 done (skipped items are in the report), 130 interrupted (run it again to continue). */
export type ImportExit = 0 | 130;

/** `import articles ...` and `import tickets ...` (IMPORT_USAGE); prints the report (text, or JSON with --json). */
export async function runImportCommand(argv: readonly string[], io: ImportIo): Promise<ImportExit> {
  const [, what, ...rest] = argv;
  if (what !== 'articles' && what !== 'tickets')
    throw new CliUsageError(`Unknown command "import ${what ?? ''}". ${IMPORT_USAGE}`);
  const flags = parseFlags(
    rest,
    {
      ...stringFlags('db', 'tenant', 'zendesk', 'markdown', 'language', 'queue', 'batch', 'state'),
      ...booleanFlags('json'),
    },
    IMPORT_USAGE,
  );
  if (!flags.db) throw new CliUsageError(`--db FILE|postgres://URL is required. ${IMPORT_USAGE}`);
  if (!flags.tenant) throw new CliUsageError(`--tenant ID is required. ${IMPORT_USAGE}`);
  const tenantId = flags.tenant;
  const print = (report: ImportReport, ended: string, extra: Record<string, unknown> = {}) => {
    if (flags.json) io.out(JSON.stringify({ ...report.toJSON(), ended, ...extra }));
    else for (const line of report.lines(ended)) io.out(line);
  };

  if (what === 'articles') {
    if (Boolean(flags.markdown) === Boolean(flags.zendesk))
      throw new CliUsageError(`Give one of --markdown DIR or --zendesk FILE. ${IMPORT_USAGE}`);
    const readings = flags.markdown
      ? readMarkdownFolder(flags.markdown, flags.language ?? 'en')
      : readZendeskArticles(flags.zendesk ?? '');
    return withTenantStore(flags.db, tenantId, async (store): Promise<ImportExit> => {
      print(await saveImportedArticles(store, tenantId, readings, IMPORT_ACTOR), 'finished');
      return 0;
    });
  }

  if (!flags.zendesk) throw new CliUsageError(`--zendesk FILE is required. ${IMPORT_USAGE}`);
  if (flags.markdown) throw new CliUsageError(`Tickets are imported from --zendesk FILE only. ${IMPORT_USAGE}`);
  const file = flags.zendesk;
  requireFile(file);
  const batchSize = flags.batch === undefined ? DEFAULT_BATCH : Number(flags.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH)
    throw new CliUsageError(`--batch must be a whole number from 1 to ${MAX_BATCH}.`);
  const db = flags.db;
  return withTenantStore(db, tenantId, async (store) => {
    const ownerQueue = flags.queue ?? null;
    if (ownerQueue !== null && !(await store.listOwnerQueues(tenantId)).some((queue) => queue.id === ownerQueue))
      throw new CliUsageError(`Tenant ${tenantId} has no queue "${ownerQueue}".`);
    const stateFile = flags.state ?? defaultStateFile(file);
    const outcome = await importZendeskTickets({
      store,
      tenantId,
      file,
      db: describeDb(db),
      stateFile,
      ownerQueue,
      batchSize,
      actor: IMPORT_ACTOR,
      progress: io.progress,
      ...(io.signal ? { signal: io.signal } : {}),
    });
    if (outcome.checkpointIgnored) io.out(`Started from the first line: ${outcome.checkpointIgnored}.`);
    const resumed = outcome.resumedAfterLine === null ? '' : ` (continued after line ${outcome.resumedAfterLine})`;
    const ended = outcome.finished
      ? `finished at line ${outcome.lineNumber}${resumed}`
      : `interrupted after line ${outcome.lineNumber}${resumed}; run the same command again to continue (state in ${stateFile})`;
    print(outcome.report, ended, { finished: outcome.finished, lineNumber: outcome.lineNumber });
    return outcome.finished ? 0 : 130;
  });
}

function readMarkdownFolder(dir: string, language: string): ArticleReading[] {
  let isFolder = false;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!isFolder) throw new CliUsageError(`--markdown ${dir} is not a folder.`);
  return markdownArticles(dir, language);
}

function readZendeskArticles(file: string): ArticleReading[] {
  requireFile(file);
  const size = statSync(file).size;
  if (size > IMPORT_LIMITS.articleFileBytes)
    throw new CliUsageError(
      `${file} is ${size} bytes, more than ${IMPORT_LIMITS.articleFileBytes} an articles file may be.`,
    );
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CliUsageError(`${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return zendeskArticles(json);
}

function requireFile(file: string): void {
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    // reported below
  }
  if (!isFile) throw new CliUsageError(`${file} is not a file.`);
}
