import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { InboxWindowQuery } from '../shared/api/console-contract.js';
import { newTicket, type Ticket } from '../shared/domain/ticket.js';
import { InboxQueries } from '../electron/core/store/inbox-queries.js';
import { openLocalDatabase } from '../electron/core/store/local-database.js';
import { TicketCache } from '../electron/core/store/ticket-cache.js';
import { DEFAULT_SLA_POLICY } from '../shared/sla/inbox-policy.js';
import { describeLatency, latencyFigures, type LatencyFigures } from '../test/helpers/latency-figures.js';
import { BENCH_INTENTS, BENCH_LANGUAGES, BENCH_QUEUES, BENCH_TENANT_ID, seededRandom } from './bench-data.js';

/**
 * `npm run bench -- inbox-tags [--tickets N] [--calls N] [--json] [--keep]`
 *
 * Fills a console cache file with N escalated tickets (default 100,000): a third carry the tag `common`, 1% the tag
 * `rare`, and every tenth one of two others. Then times the inbox's window (electron/core/store/inbox-queries.ts,
 * what the console's listInboxWindow serves) `--calls` times per case: the first 50 rows and a window 2,000 rows down,
 * unfiltered and filtered by the common and by the rare tag; each call on a fresh query (its total counted again, as
 * after every sync). Prints p50/p95/max per case; with --json one object whose inboxTagWindowMs is the slowest
 * tag case's p95 and inboxWindowMs the unfiltered first window's.
 */
const { values } = parseArgs({
  options: {
    tickets: { type: 'string', default: '100000' },
    calls: { type: 'string', default: '100' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const TICKETS = Number(values.tickets);
const CALLS = Math.max(1, Number(values.calls));
const log = (line: string) => (values.json ? process.stderr : process.stdout).write(`${line}\n`);
const { random, pick } = seededRandom(1919);
const HOUR_MS = 3_600_000;

function tagsOf(i: number): string[] {
  const tags: string[] = [];
  if (i % 3 === 0) tags.push('common');
  if (i % 100 === 1) tags.push('rare');
  if (i % 10 === 2) tags.push('vip', 'callback');
  return tags;
}

function benchTicket(i: number, now: number): Ticket {
  const tags = tagsOf(i);
  const at = new Date(now - Math.floor(random() * 240 * HOUR_MS)).toISOString();
  return {
    ...newTicket({
      id: `tkt_tags_${String(i).padStart(6, '0')}`,
      tenantId: BENCH_TENANT_ID,
      subject: `Question ${i}`,
      customer: { id: `cus_${i % 5_000}`, name: `Customer ${i % 5_000}`, tier: 'standard' },
      channel: 'chat',
      at,
      seq: i + 1,
    }),
    status: 'escalated',
    language: pick(BENCH_LANGUAGES),
    intent: pick(BENCH_INTENTS),
    ownerQueue: pick(BENCH_QUEUES),
    ...(tags.length > 0 ? { tags } : {}),
  };
}

interface CaseFigures extends LatencyFigures {
  name: string;
  /** The tickets the filter matched. */
  total: number;
}

function timeCase(inbox: InboxQueries, name: string, query: InboxWindowQuery): CaseFigures {
  const times: number[] = [];
  let total = 0;
  for (let call = 0; call < CALLS; call++) {
    inbox.invalidate();
    const started = performance.now();
    const window = inbox.window(query, new Date());
    times.push(performance.now() - started);
    total = window.total;
    if (window.rows.length === 0 && window.total > query.offset) throw new Error(`${name}: no rows`);
  }
  return { name, total, ...latencyFigures(times) };
}

const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-inbox-tags-'));
const file = join(dir, 'console.sqlite');
try {
  const filling = performance.now();
  const db = openLocalDatabase(file);
  const cache = new TicketCache(db);
  const now = Date.now();
  cache.transaction(() => {
    for (let i = 0; i < TICKETS; i++) cache.putTicket(benchTicket(i, now));
  });
  db.close();
  log(`Wrote ${TICKETS} escalated tickets in ${((performance.now() - filling) / 1000).toFixed(1)} s.`);

  // Opened again, as a console starts on its cache.
  const reopened = openLocalDatabase(file);
  const inbox = new InboxQueries(
    reopened,
    () => 'Ana',
    () => DEFAULT_SLA_POLICY.businessHours,
  );
  const query = (filters: InboxWindowQuery['filters'], offset = 0): InboxWindowQuery => ({
    view: 'all',
    offset,
    limit: 50,
    filters,
  });
  const unfiltered = timeCase(inbox, 'unfiltered, first 50', query({}));
  const cases = [
    unfiltered,
    timeCase(inbox, 'unfiltered, 2,000 down', query({}, 2_000)),
    timeCase(inbox, 'tag on a third, first 50', query({ tag: 'common' })),
    timeCase(inbox, 'tag on a third, 2,000 down', query({ tag: 'common' }, 2_000)),
    timeCase(inbox, 'tag on 1%, first 50', query({ tag: 'rare' })),
    timeCase(inbox, 'tag on 1% and a language', query({ tag: 'rare', language: 'de' })),
  ];
  reopened.close();
  for (const figures of cases)
    log(`Inbox window, ${figures.name} (${figures.total} match): ${describeLatency(figures)}.`);
  const slowestTag = cases
    .filter((figures) => figures.name.startsWith('tag'))
    .reduce((worst, figures) => (figures.p95Ms > worst.p95Ms ? figures : worst));
  log(
    `Slowest tag case by p95: ${slowestTag.name}, ${slowestTag.p95Ms} ms (unfiltered first 50: ${unfiltered.p95Ms} ms).`,
  );
  if (values.json)
    process.stdout.write(
      `${JSON.stringify({ tickets: TICKETS, calls: CALLS, inboxWindowMs: unfiltered.p95Ms, inboxTagWindowMs: slowestTag.p95Ms, cases })}\n`,
    );
} finally {
  if (values.keep) log(`Kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
