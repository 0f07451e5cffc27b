import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { runAuditCli } from '../../../server/audit-cli.js';
import { MAX_LISTED_CHAIN_PROBLEMS } from '../../../server/audit/verify-chain.js';
import { PostgresQueueStore } from '../../../server/storage/postgres-queue-store.js';
import type { QueueStore } from '../../../server/storage/queue-store.js';
import { SqliteQueueStore } from '../../../server/storage/sqlite-queue-store.js';
import { startTestPostgres, type TestPostgres } from './test-postgres.js';
import { tempDirForAllTests } from '../../helpers/temp-dir.js';

const RECORDS = MAX_LISTED_CHAIN_PROBLEMS + 10;

/** RECORDS audit records: one intake each. */
async function populate(store: QueueStore): Promise<void> {
  await store.createTenant({ id: 'alpha', name: 'Alpha' }, []);
  for (let i = 0; i < RECORDS; i++) {
    await store.intakeTicket({
      tenantId: 'alpha',
      subject: `Card ${i}`,
      customer: { id: `cus_${i}`, name: 'Ada', tier: 'standard' },
      channel: 'email',
      text: 'Where is my card?',
      idempotencyKey: null,
      now: new Date(Date.UTC(2026, 2, 1, 10, i)),
      actor: { name: 'mail channel', role: 'admin' },
    });
  }
}

/** `npm run audit -- verify` in-process: exit code, the records it names (in order) and its last line. */
async function verify(db: string): Promise<{ code: number; named: { seq: number; kind: string }[]; lines: string[] }> {
  const lines: string[] = [];
  const code = await runAuditCli(['verify', '--db', db], {
    out: (line) => lines.push(line),
    err: (line) => lines.push(line),
  });
  const named = lines.flatMap((line) => {
    const match = /^FAILED at record (\d+) \((\w+)\): /.exec(line);
    return match ? [{ seq: Number(match[1]), kind: match[2] ?? '' }] : [];
  });
  return { code, named, lines };
}

const editReasons = (where: string): string => `UPDATE audit_events SET reason = 'Looks fine.' WHERE ${where}`;

/** The expectations for both engines, given a database and a way to run SQL on it with the append-only triggers off. */
function verifyReportsEveryProblem(
  prepare: () => Promise<{ db: string; tamper: (sql: string) => Promise<void>; drop: () => Promise<void> }>,
): void {
  it('two edited records far apart: verify names both (it used to stop at the first) and exits 1', async () => {
    const { db, tamper, drop } = await prepare();
    try {
      expect((await verify(db)).code).toBe(0);
      await tamper(editReasons('seq IN (2, 9)'));
      const result = await verify(db);
      expect(result.code).toBe(1);
      expect(result.named).toEqual([
        { seq: 2, kind: 'edited' },
        { seq: 9, kind: 'edited' },
      ]);
      expect(result.lines.at(-1)).toBe(`2 problems found in ${RECORDS} records.`);
    } finally {
      await drop();
    }
  });

  it('every record edited: the first ones are listed in detail and the rest counted, so the output stays bounded', async () => {
    const { db, tamper, drop } = await prepare();
    try {
      await tamper(editReasons('seq > 0'));
      const result = await verify(db);
      expect(result.code).toBe(1);
      expect(result.named.map((problem) => problem.seq)).toEqual(
        Array.from({ length: MAX_LISTED_CHAIN_PROBLEMS }, (_, i) => i + 1),
      );
      expect(result.lines).toContain(`… and ${RECORDS - MAX_LISTED_CHAIN_PROBLEMS} more problems, not listed.`);
      expect(result.lines.at(-1)).toBe(`${RECORDS} problems found in ${RECORDS} records.`);
    } finally {
      await drop();
    }
  });
}

describe('audit verify reports every bad record, not only the first (SQLite file)', () => {
  const dir = tempDirForAllTests('switchboard-audit-every-');

  let files = 0;
  verifyReportsEveryProblem(async () => {
    files += 1;
    const file = join(dir(), `queue-${files}.sqlite`);
    const store = SqliteQueueStore.open(file);
    await populate(store);
    await store.close();
    return {
      db: file,
      async tamper(sql) {
        const db = new Database(file);
        try {
          db.exec('DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;');
          db.exec(sql);
        } finally {
          db.close();
        }
      },
      drop: async () => rmSync(file, { force: true }),
    };
  });
});

const started = await startTestPostgres();
const postgres: TestPostgres | null = started.ok ? started.pg : null;

describe.skipIf(!postgres)('audit verify reports every bad record, not only the first (PostgreSQL)', () => {
  afterAll(async () => postgres?.stop());

  verifyReportsEveryProblem(async () => {
    if (!postgres) throw new Error('no PostgreSQL');
    const database = await postgres.createDatabase();
    const store = await PostgresQueueStore.open(database.url);
    try {
      await populate(store);
    } finally {
      await store.close();
    }
    return {
      db: database.url,
      async tamper(sql) {
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        try {
          await client.query('ALTER TABLE audit_events DISABLE TRIGGER USER');
          await client.query(sql);
        } finally {
          await client.end();
        }
      },
      drop: database.drop,
    };
  });
});
