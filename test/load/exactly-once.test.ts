import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { QueueStats } from '../../shared/api/queue-contract.js';
import { startTsProcess, type RunningProcess } from '../helpers/child-process.js';
import { intakeBody } from '../helpers/queue-server.js';
import { startQueueProcess } from '../helpers/queue-process.js';
import { TEST_MODEL_CACHE } from '../helpers/switchboard-stack.js';
import { startTestPostgres } from '../integration/queue/test-postgres.js';

/**
 * Exactly once under load: one queue process, 8 autopilot processes, 20,000 tickets; workers are
 * killed with SIGKILL and replaced at random while their leases run out (the queue caps leases at
 * LEASE_MS), and afterwards the database itself must show one applied AI decision per ticket.
 */
const TICKETS = Number(process.env.SWITCHBOARD_LOAD_TICKETS ?? 20_000);
const WORKERS = 8;
const LEASE_MS = 5_000;
const KILLS = 10;
const BATCH = 500;
const DRAIN_TIMEOUT_MS = 6 * 60_000;

const postgres = await startTestPostgres();
afterAll(async () => {
  if (postgres.ok) await postgres.pg.stop();
});

interface Counts {
  tickets: number;
  undecided: number;
  decisions: number;
  ticketsWithoutExactlyOneDecision: number;
  versionNot2: number;
  aiResolved: number;
  aiReplies: number;
  ticketsWithTwoAiReplies: number;
}

const COUNT_QUERIES: Record<keyof Counts, string> = {
  tickets: 'SELECT COUNT(*) AS n FROM tickets',
  undecided: "SELECT COUNT(*) AS n FROM tickets WHERE status NOT IN ('ai_resolved', 'escalated')",
  decisions: 'SELECT COUNT(*) AS n FROM ai_decisions',
  ticketsWithoutExactlyOneDecision:
    'SELECT COUNT(*) AS n FROM tickets t WHERE (SELECT COUNT(*) FROM ai_decisions d WHERE d.tenant_id = t.tenant_id AND d.ticket_id = t.id) <> 1',
  versionNot2: 'SELECT COUNT(*) AS n FROM tickets WHERE version <> 2',
  aiResolved: "SELECT COUNT(*) AS n FROM tickets WHERE status = 'ai_resolved'",
  aiReplies: "SELECT COUNT(*) AS n FROM messages WHERE author = 'ai'",
  ticketsWithTwoAiReplies:
    "SELECT COUNT(*) AS n FROM (SELECT ticket_id FROM messages WHERE author = 'ai' GROUP BY ticket_id HAVING COUNT(*) > 1) AS twice",
};

async function countSqlite(path: string): Promise<Counts> {
  const db = new Database(path, { readonly: true });
  try {
    const entries = Object.entries(COUNT_QUERIES).map(([key, sql]) => [
      key,
      Number((db.prepare(sql).get() as { n: number }).n),
    ]);
    return Object.fromEntries(entries) as Counts;
  } finally {
    db.close();
  }
}

async function countPostgres(url: string): Promise<Counts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const counts: Partial<Counts> = {};
    for (const [key, sql] of Object.entries(COUNT_QUERIES))
      counts[key as keyof Counts] = Number((await client.query<{ n: string }>(sql)).rows[0]?.n);
    return counts as Counts;
  } finally {
    await client.end();
  }
}

async function api<T>(url: string, token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

function metric(text: string, name: string): number {
  return text
    .split('\n')
    .filter((line) => line.startsWith(name))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function runLoad(engine: string, db: string, count: () => Promise<Counts>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), `switchboard-load-${engine}-`));
  const processes: RunningProcess[] = [];
  try {
    const tokensFile = join(dir, 'tokens.json');
    const metricsToken = 'load-test-metrics-token-0123456789';
    const limits = ['--max-lease-ms', String(LEASE_MS)];
    const {
      process: queue,
      url,
      tokens,
    } = await startQueueProcess(db, tokensFile, limits, {
      SWITCHBOARD_METRICS_TOKEN: metricsToken,
    });
    processes.push(queue);

    const intakeStarted = performance.now();
    const ids = new Set<string>();
    const batches = Array.from({ length: Math.ceil(TICKETS / BATCH) }, (_, b) => b);
    for (let i = 0; i < batches.length; i += 4) {
      const answers = await Promise.all(
        batches.slice(i, i + 4).map((b) =>
          api<{ results: { ticketId: string; created: boolean }[] }>(url, tokens.admin, 'POST', '/v1/tickets/batch', {
            tickets: Array.from({ length: Math.min(BATCH, TICKETS - b * BATCH) }, (_, j) => ({
              ...intakeBody(),
              idempotencyKey: `load-${b * BATCH + j}`,
            })),
          }),
        ),
      );
      for (const answer of answers) for (const result of answer.results) ids.add(result.ticketId);
    }
    const intakeSeconds = (performance.now() - intakeStarted) / 1000;
    expect(ids.size).toBe(TICKETS);

    const workerArgs = ['--queue', url, '--token', tokens.autopilot, '--cache-dir', TEST_MODEL_CACHE, '--batch', '10'];
    const startWorker = (): RunningProcess => {
      const worker = startTsProcess('autopilot/cli.ts', workerArgs);
      processes.push(worker);
      return worker;
    };
    // The first worker trains (or loads) the shared model cache; the others then only load it.
    const workers = [startWorker()];
    await workers[0]?.waitForLine(/AI engine ready/, 180_000);
    for (let i = 1; i < WORKERS; i++) workers.push(startWorker());

    const stats = () => api<QueueStats>(url, tokens.lead, 'GET', '/v1/stats');
    const drainStarted = performance.now();
    let kills = 0;
    while (kills < KILLS) {
      await sleep(1_500 + Math.random() * 2_000);
      const current = await stats();
      if (current.queueDepth < TICKETS * 0.15) break;
      if (current.aiDecisions.total === 0) continue; // wait for the workers to be working before killing them
      const victim = Math.floor(Math.random() * workers.length);
      workers[victim]?.child.kill('SIGKILL');
      workers[victim] = startWorker();
      kills++;
    }
    const deadline = Date.now() + DRAIN_TIMEOUT_MS;
    let last = await stats();
    while (last.queueDepth > 0 && Date.now() < deadline) {
      await sleep(1_000);
      last = await stats();
    }
    const drainSeconds = (performance.now() - drainStarted) / 1000;
    const metricsText = await (
      await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })
    ).text();
    const leaseExpiries = metric(metricsText, 'switchboard_queue_lease_expiries_total');
    const conflicts = metric(metricsText, 'switchboard_queue_mutations_total{tenant="payments",status="conflict"}');

    for (const worker of workers) await worker.stop();
    await queue.stop();
    const counts = await count();
    console.log(
      `exactly-once ${engine}: ${TICKETS} tickets posted in ${intakeSeconds.toFixed(1)} s; ${WORKERS} workers, ${kills} kill -9 + restarts; ` +
        `drained in ${drainSeconds.toFixed(1)} s (${(TICKETS / drainSeconds).toFixed(0)} decisions/s); ` +
        `${leaseExpiries} expired leases taken over; ${conflicts} late decisions refused as conflict; ${JSON.stringify(counts)}`,
    );

    expect(last.queueDepth).toBe(0);
    expect(kills).toBe(KILLS);
    // The chaos really happened: killed workers left claims whose leases ran out and were taken over.
    expect(leaseExpiries).toBeGreaterThan(0);
    expect(last.ticketsDecidedMoreThanOnce).toBe(0);
    expect(counts).toEqual({
      tickets: TICKETS,
      undecided: 0,
      decisions: TICKETS,
      ticketsWithoutExactlyOneDecision: 0,
      versionNot2: 0,
      aiResolved: counts.aiResolved,
      aiReplies: counts.aiResolved,
      ticketsWithTwoAiReplies: 0,
    });
  } finally {
    for (const running of processes) running.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('exactly one AI decision per ticket under load, with workers killed', () => {
  it(
    'on SQLite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'switchboard-load-db-'));
      try {
        const path = join(dir, 'queue.sqlite');
        await runLoad('sqlite', path, () => countSqlite(path));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    10 * 60_000,
  );

  it.skipIf(!postgres.ok)(
    'on PostgreSQL',
    async () => {
      if (!postgres.ok) return;
      const database = await postgres.pg.createDatabase();
      try {
        await runLoad('postgres', database.url, () => countPostgres(database.url));
      } finally {
        await database.drop();
      }
    },
    10 * 60_000,
  );
});
