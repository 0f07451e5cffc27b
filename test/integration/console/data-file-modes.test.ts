import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsoleRuntime } from '../../../electron/core/console-runtime.js';
import { openOrRebuildLocalDatabase } from '../../../electron/core/store/local-database.js';
import { SqliteQueueStore } from '../../../server/storage/sqlite-queue-store.js';
import { intakeBody, startTestQueue, type TestQueue } from '../../helpers/queue-server.js';
import { testQueueForAllTests } from '../../helpers/test-queue-hooks.js';

const RESOURCES_DIR = resolve(import.meta.dirname, '../../../resources');
const SQLITE_SUFFIXES = ['', '-wal', '-shm'];

const modeOf = (path: string): string => (statSync(path).mode & 0o777).toString(8);

/** Each of the database's files (the database, its WAL and shared-memory files) must exist and be 0600. */
function expectOwnerOnly(file: string): void {
  for (const suffix of SQLITE_SUFFIXES) {
    expect(existsSync(file + suffix), `${file}${suffix} exists`).toBe(true);
    expect(modeOf(file + suffix), `mode of ${file}${suffix}`).toBe('600');
  }
}

/** An older version's database: WAL files in place (a connection holds them open), everything 0644. */
function leftBehindWorldReadable(file: string): Database.Database {
  const older = new Database(file);
  older.pragma('journal_mode = WAL');
  older.exec(
    'CREATE TABLE IF NOT EXISTS left_behind (id INTEGER PRIMARY KEY); INSERT INTO left_behind DEFAULT VALUES;',
  );
  for (const suffix of SQLITE_SUFFIXES) chmodSync(file + suffix, 0o644);
  return older;
}

/**
 * queue.sqlite and console.sqlite hold customer data: readable by their owner only, whatever the umask
 * (022 here, so SQLite's own default would make them 0644), also when an older version left them 0644.
 * File modes are a matter of the SQLite files: the PostgreSQL store keeps no file of its own.
 */
describe('the files holding customer data are readable by their owner only', () => {
  let previousUmask: number;
  let dir: string;
  beforeAll(() => {
    previousUmask = process.umask(0o022);
    dir = mkdtempSync(join(tmpdir(), 'switchboard-modes-'));
  });
  afterAll(() => {
    process.umask(previousUmask);
    rmSync(dir, { recursive: true, force: true });
  });

  describe('queue.sqlite (the SQLite queue store)', () => {
    let queue: TestQueue | undefined;
    afterAll(() => queue?.close());

    it('a queue started on a new file writes it, its WAL and shared-memory files 0600', async () => {
      queue = await startTestQueue();
      expect((await queue.call('POST', '/v1/tickets', { body: intakeBody() })).status).toBe(201);
      expectOwnerOnly(join(queue.dir, 'queue.sqlite'));
    });

    it('an existing world-readable file is made 0600 when the store opens it', async () => {
      const file = join(dir, 'older-queue.sqlite');
      const older = leftBehindWorldReadable(file);
      const store = SqliteQueueStore.open(file);
      try {
        expectOwnerOnly(file);
      } finally {
        await store.close();
        older.close();
      }
    });
  });

  describe('console.sqlite (the console cache) and the data folder', () => {
    const queue = testQueueForAllTests();

    it('a console started on a new data folder creates the folder 0700 and its cache 0600', async () => {
      const dataDir = join(dir, 'new', 'console');
      const runtime = await startConsoleRuntime({
        dataDir,
        resourcesDir: RESOURCES_DIR,
        queueUrl: queue.url,
        queueToken: queue.tokens.agent,
        autopilot: false,
      });
      try {
        expect((await runtime.api.getStatus({})).ok).toBe(true);
        expect(modeOf(join(dir, 'new')), 'mode of the folder above, created with it').toBe('700');
        expect(modeOf(dataDir), 'mode of the data folder').toBe('700');
        expectOwnerOnly(join(dataDir, 'console.sqlite'));
      } finally {
        await runtime.stop();
      }
    });

    it('an existing world-readable cache is made 0600 when the console opens it', () => {
      const file = join(dir, 'older-console.sqlite');
      const older = leftBehindWorldReadable(file);
      const { db } = openOrRebuildLocalDatabase(file);
      try {
        expectOwnerOnly(file);
      } finally {
        db.close();
        older.close();
      }
    });
  });
});
