import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultStateFile } from '../server/import/import-checkpoint.js';
import { importZendeskTickets } from '../server/import/ticket-import.js';
import { PostgresQueueStore } from '../server/storage/postgres-queue-store.js';
import type { QueueStore } from '../server/storage/queue-store.js';
import { SqliteQueueStore } from '../server/storage/sqlite-queue-store.js';
import { benchEngines, type EngineResults } from './bench-engines.js';
import { zendeskTicketLines } from '../test/fixtures/zendesk/zendesk-export.js';

/**
 * `npm run bench -- import [--json] [--tickets 10000] [--batch 500] [--engines sqlite,postgres]`
 * Imports the fixture generator's Zendesk export (test/fixtures/zendesk) into a fresh database per engine, the
 * way `npm run queue -- import tickets` does (read, check, map, write a batch per transaction, checkpoint after
 * each), and reports tickets and messages per second; then imports the same file again (every ticket found
 * unchanged) and reports that rate too. PostgreSQL as in the tests (SWITCHBOARD_TEST_PG_URL or a throwaway server).
 */
const { values } = parseArgs({
  options: {
    json: { type: 'boolean' },
    tickets: { type: 'string' },
    batch: { type: 'string' },
    engines: { type: 'string' },
  },
  strict: true,
});
const TICKETS = Number(values.tickets ?? 10_000);
const BATCH = Number(values.batch ?? 500);
const ENGINES = (values.engines ?? 'sqlite,postgres').split(',');
const TENANT = 'bench';

interface EngineFigures {
  tickets: number;
  messages: number;
  seconds: number;
  ticketsPerSecond: number;
  messagesPerSecond: number;
  /** This process's CPU time for the import (user + system): on a shared machine, the rate it would reach alone. */
  cpuSeconds: number;
  ticketsPerCpuSecond: number;
  /** The same file again: every ticket unchanged, nothing written. */
  reimportTicketsPerSecond: number;
}

const log = (line: string) => {
  if (!values.json) process.stdout.write(`${line}\n`);
};

async function benchEngine(name: string, file: string, open: () => Promise<QueueStore>): Promise<EngineFigures> {
  const store = await open();
  try {
    await store.createTenant({ id: TENANT, name: 'Import bench' }, []);
    const run = async () => {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const outcome = await importZendeskTickets({
        store,
        tenantId: TENANT,
        file,
        db: name,
        stateFile: defaultStateFile(file),
        ownerQueue: null,
        batchSize: BATCH,
        progress: null,
      });
      const used = process.cpuUsage(cpu);
      return { outcome, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
    };
    const first = await run();
    const again = await run();
    const { created, parts, unchanged } = {
      ...first.outcome.report.counts,
      unchanged: again.outcome.report.counts.unchanged,
    };
    if (created !== TICKETS || unchanged !== TICKETS)
      throw new Error(`Expected ${TICKETS} tickets created and then unchanged, got ${created} and ${unchanged}.`);
    const figures = {
      tickets: created,
      messages: parts,
      seconds: round(first.seconds),
      ticketsPerSecond: Math.round(created / first.seconds),
      messagesPerSecond: Math.round(parts / first.seconds),
      cpuSeconds: round(first.cpuSeconds),
      ticketsPerCpuSecond: Math.round(created / first.cpuSeconds),
      reimportTicketsPerSecond: Math.round(unchanged / again.seconds),
    };
    log(
      `${name}: ${figures.tickets} tickets (${figures.messages} messages) in ${figures.seconds} s: ` +
        `${figures.ticketsPerSecond} tickets/s, ${figures.messagesPerSecond} messages/s ` +
        `(${figures.ticketsPerCpuSecond} tickets per CPU second); ` +
        `again (unchanged): ${figures.reimportTicketsPerSecond} tickets/s`,
    );
    return figures;
  } finally {
    await store.close();
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-import-'));
let result: EngineResults<EngineFigures> = {};
try {
  const file = join(dir, 'tickets.jsonl');
  writeFileSync(file, zendeskTicketLines(TICKETS));
  result = await benchEngines(ENGINES, log, {
    sqlite: () => benchEngine('sqlite', file, async () => SqliteQueueStore.open(join(dir, 'queue.sqlite'))),
    postgres: async (server) => {
      const database = await server.createDatabase();
      try {
        return await benchEngine('postgres', file, () => PostgresQueueStore.open(database.url));
      } finally {
        await database.drop();
      }
    },
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (values.json)
  process.stdout.write(
    `${JSON.stringify({ tickets: TICKETS, batch: BATCH, machineCpus: cpus().length, engines: result })}\n`,
  );
