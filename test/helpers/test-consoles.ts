import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import {
  openConsoleStores,
  wireConsole,
  type ConsoleCore,
  type ConsoleCoreOptions,
} from '../../electron/core/console-core.js';
import { openLocalDatabase, type LocalDatabase } from '../../electron/core/store/local-database.js';

/** What a test names for its console; the rest defaults to agent Ana on the test's queue (its tenant is the token's). */
export type TestConsoleOptions = Pick<ConsoleCoreOptions, 'token'> & Partial<ConsoleCoreOptions>;

/** A short queue timeout and no background polling: tests sync by hand (`sync.syncNow()`). */
const TEST_CONSOLE_DEFAULTS = {
  agentName: 'Ana',
  queueTimeoutMs: 2_000,
  pollIntervalMs: 60_000,
} satisfies Partial<ConsoleCoreOptions>;

/** A queue address where nothing answers: the console is offline. */
const UNREACHABLE_QUEUE = 'http://127.0.0.1:9';

/** The queue the consoles talk to and the folder their cache files go in. */
export interface ConsolesQueue {
  url: string;
  dir: string;
}

/**
 * The consoles a test opens over real SQLite caches in the queue's folder; `closeAll` (in afterEach) stops their
 * sync and closes their files.
 */
export class TestConsoles {
  private readonly opened = new Map<ConsoleCore, { file: string; options: TestConsoleOptions }>();

  constructor(private readonly queue: () => ConsolesQueue) {}

  /** Opens the console whose cache is `file` (again, when it was opened and closed before). */
  open(file: string, options: TestConsoleOptions): ConsoleCore {
    const core = wireConsole(openConsoleStores(openLocalDatabase(join(this.queue().dir, file))), {
      ...TEST_CONSOLE_DEFAULTS,
      queueUrl: this.queue().url,
      ...options,
    });
    this.opened.set(core, { file, options });
    return core;
  }

  /** Closes the console and opens its cache again with a queue address where nothing answers. */
  async reopenOffline(core: ConsoleCore): Promise<ConsoleCore> {
    const opened = this.opened.get(core);
    if (!opened) throw new Error('That console was not opened by these TestConsoles.');
    await this.close(core);
    const { file, options } = opened;
    return this.open(file, { ...options, queueUrl: UNREACHABLE_QUEUE });
  }

  async close(core: ConsoleCore): Promise<void> {
    core.session.manager.stop();
    await core.sync.stop();
    core.db.close();
    this.opened.delete(core);
  }

  async closeAll(): Promise<void> {
    for (const core of [...this.opened.keys()]) await this.close(core);
  }
}

/**
 * For a describe block: before each test `start` brings up a queue (and hands it to the test, e.g. by assigning it);
 * after each test every console opened with the returned TestConsoles is closed, then that queue.
 */
export function consolesOverFreshQueue(start: () => Promise<ConsolesQueue & { close(): Promise<void> }>): TestConsoles {
  let queue: (ConsolesQueue & { close(): Promise<void> }) | null = null;
  const consoles = new TestConsoles(() => {
    if (!queue) throw new Error('The queue runs only inside a test.');
    return queue;
  });
  beforeEach(async () => {
    queue = await start();
  });
  afterEach(async () => {
    await consoles.closeAll();
    await queue?.close();
    queue = null;
  });
  return consoles;
}

/** One console's cache file in a temp dir, for consoles that never reach a queue (nothing syncs). */
export interface ConsoleFile {
  readonly dir: string;
  readonly db: LocalDatabase;
  /** Closes the file and opens it again, as a console restart does. */
  reopen(): LocalDatabase;
  /** A console of agent Ana over the file, its queue address answering nothing. */
  console(options?: Partial<ConsoleCoreOptions>): ConsoleCore;
}

/** For a describe block (or file): a fresh console cache file before each test, closed and removed after it. */
export function consoleFilePerTest(): ConsoleFile {
  let opened: { dir: string; db: LocalDatabase } | null = null;
  const current = () => {
    if (!opened) throw new Error('The console file is open only inside a test.');
    return opened;
  };
  beforeEach(() => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-console-'));
    opened = { dir, db: openLocalDatabase(join(dir, 'console.sqlite')) };
  });
  afterEach(() => {
    if (!opened) return;
    opened.db.close();
    rmSync(opened.dir, { recursive: true, force: true });
    opened = null;
  });
  return {
    get dir() {
      return current().dir;
    },
    get db() {
      return current().db;
    },
    reopen() {
      const { dir, db } = current();
      db.close();
      opened = { dir, db: openLocalDatabase(join(dir, 'console.sqlite')) };
      return opened.db;
    },
    console: (options = {}) =>
      wireConsole(openConsoleStores(current().db), {
        ...TEST_CONSOLE_DEFAULTS,
        queueUrl: UNREACHABLE_QUEUE,
        token: 'unused',
        ...options,
      }),
  };
}
