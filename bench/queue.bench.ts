import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeLatency } from '../test/helpers/latency-figures.js';
import { startQueueProcess } from '../test/helpers/queue-process.js';
import { benchEngines } from './bench-engines.js';
import { benchCrossProcessEvents } from './cross-process-events.js';

/**
 * `npm run bench -- queue [--json] [--ops 800] [--engines sqlite,postgres] [--events 200]`
 * Starts a real queue process per engine and measures, with 1, 4 and 8 concurrent workers:
 * intake (one POST /v1/tickets per ticket) and claims (POST /v1/claims, 10 tickets each),
 * as requests per second and p50/p99 latency. On PostgreSQL also: two queue processes on one database, the time from
 * a change through one until the other's event stream tells of it (`--events` changes, one after another; issue 19).
 * PostgreSQL comes from SWITCHBOARD_TEST_PG_URL or a
 * throwaway server (as in the tests); when neither is possible it is reported as skipped.
 */
const { values } = parseArgs({
  options: {
    json: { type: 'boolean' },
    ops: { type: 'string' },
    engines: { type: 'string' },
    events: { type: 'string' },
  },
  strict: true,
});
const OPS = Number(values.ops ?? 800);
const CROSS_PROCESS_CHANGES = Number(values.events ?? 200);
const ENGINES = (values.engines ?? 'sqlite,postgres').split(',');
const WORKER_COUNTS = [1, 4, 8];
const CLAIM_LIMIT = 10;

interface Figures {
  workers: number;
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

interface EngineFigures {
  intake: Figures[];
  claim: Figures[];
  /** Throughput with 8 workers divided by throughput with 1. */
  intakeScaling: number;
  claimScaling: number;
}

const log = (line: string) => {
  if (!values.json) process.stdout.write(`${line}\n`);
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function measure(workers: number, total: number, op: (worker: number) => Promise<boolean>): Promise<Figures> {
  const latencies: number[] = [];
  let remaining = total;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (remaining > 0) {
        remaining--;
        const t = performance.now();
        const more = await op(worker);
        latencies.push(performance.now() - t);
        if (!more) return;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    workers,
    requests: latencies.length,
    perSecond: round(latencies.length / seconds),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
  };
}

interface FreshDb {
  db: string;
  drop(): Promise<void>;
}

/** Each worker count runs against its own empty database, so one run's claimed tickets do not slow the next. */
async function benchEngine(engine: string, freshDb: () => Promise<FreshDb>): Promise<EngineFigures> {
  const intake: Figures[] = [];
  const claim: Figures[] = [];
  for (const workers of WORKER_COUNTS) {
    const { db, drop } = await freshDb();
    try {
      const figures = await benchRound(engine, db, workers);
      intake.push(figures.intake);
      claim.push(figures.claim);
    } finally {
      await drop();
    }
  }
  const scaling = (list: Figures[]) =>
    Math.round(((list.at(-1)?.perSecond ?? 0) / (list[0]?.perSecond || 1)) * 100) / 100;
  const figures = { intake, claim, intakeScaling: scaling(intake), claimScaling: scaling(claim) };
  log(`${engine} throughput with 8 workers vs 1: intake x${figures.intakeScaling}, claims x${figures.claimScaling}`);
  return figures;
}

async function benchRound(engine: string, db: string, workers: number): Promise<{ intake: Figures; claim: Figures }> {
  const dir = mkdtempSync(join(tmpdir(), `switchboard-bench-${engine}-`));
  const tokensFile = join(dir, 'tokens.json');
  const { process: queue, url, tokens } = await startQueueProcess(db, tokensFile);
  try {
    const post = async (path: string, token: string, body: unknown): Promise<unknown> => {
      const response = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
      return response.json();
    };
    let n = 0;
    const ticket = () => {
      n++;
      return {
        subject: `Bench ${n}`,
        customer: { id: `c${n}`, name: 'Bench' },
        channel: 'api',
        text: 'My card was declined at checkout.',
      };
    };

    {
      // Warm-up, then intake: one ticket per request.
      await measure(workers, 50, async () => Boolean(await post('/v1/tickets', tokens.admin, ticket())));
      const intakeFigures = await measure(workers, OPS, async () =>
        Boolean(await post('/v1/tickets', tokens.admin, ticket())),
      );
      log(
        `${engine} intake  ${workers} worker(s): ${intakeFigures.perSecond} req/s, p50 ${intakeFigures.p50Ms} ms, p99 ${intakeFigures.p99Ms} ms`,
      );

      // Claims: the tickets above plus enough for OPS claims of CLAIM_LIMIT each.
      for (let left = OPS * CLAIM_LIMIT - OPS - 50; left > 0; left -= 500) {
        await post('/v1/tickets/batch', tokens.admin, { tickets: Array.from({ length: Math.min(500, left) }, ticket) });
      }
      const claimFigures = await measure(workers, OPS, async (worker) => {
        const answer = (await post('/v1/claims', tokens.autopilot, {
          workerId: `bench-${workers}-${worker}`,
          limit: CLAIM_LIMIT,
          leaseMs: 600_000,
        })) as { claims: unknown[] };
        return answer.claims.length > 0;
      });
      log(
        `${engine} claims  ${workers} worker(s): ${claimFigures.perSecond} req/s (${claimFigures.perSecond * CLAIM_LIMIT} tickets/s), p50 ${claimFigures.p50Ms} ms, p99 ${claimFigures.p99Ms} ms`,
      );
      return { intake: intakeFigures, claim: claimFigures };
    }
  } finally {
    await queue.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const result = await benchEngines(ENGINES, log, {
  sqlite: () =>
    benchEngine('sqlite', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-db-'));
      return { db: join(dir, 'queue.sqlite'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
    }),
  postgres: async (server) => {
    const figures = await benchEngine('postgres', async () => {
      const database = await server.createDatabase();
      return { db: database.url, drop: database.drop };
    });
    const database = await server.createDatabase();
    try {
      const crossProcessEvents = await benchCrossProcessEvents(database.url, CROSS_PROCESS_CHANGES);
      log(`postgres change through one process -> event on another: ${describeLatency(crossProcessEvents)} changes`);
      return { ...figures, crossProcessEvents };
    } finally {
      await database.drop();
    }
  },
});
if (values.json)
  process.stdout.write(
    `${JSON.stringify({ opsPerRun: OPS, claimLimit: CLAIM_LIMIT, machineCpus: (await import('node:os')).cpus().length, engines: result })}\n`,
  );
