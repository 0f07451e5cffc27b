import { afterEach, beforeEach } from 'vitest';
import {
  openConsoleStores,
  wireConsole,
  type ConsoleCore,
  type ConsoleCoreOptions,
} from '../../electron/core/console-core.js';
import { openLocalDatabase } from '../../electron/core/store/local-database.js';

/** What a test names for its console; the rest defaults to agent Ana of tenant Demo. */
export type TestConsoleOptions = Pick<ConsoleCoreOptions, 'queueUrl' | 'token'> & Partial<ConsoleCoreOptions>;

/** A short queue timeout and no background polling: tests sync by hand (`sync.syncNow()`). */
const TEST_CONSOLE_DEFAULTS = {
  agentName: 'Ana',
  tenantName: 'Demo',
  queueTimeoutMs: 2_000,
  pollIntervalMs: 60_000,
} satisfies Partial<ConsoleCoreOptions>;

/** The consoles a test opens over real SQLite caches; `closeAll` (in afterEach) stops their sync and closes their files. */
export class TestConsoles {
  private readonly opened: ConsoleCore[] = [];

  /** Opens the console whose cache is the SQLite file at `path` (again, when it was opened and closed before). */
  open(path: string, options: TestConsoleOptions): ConsoleCore {
    const core = wireConsole(openConsoleStores(openLocalDatabase(path)), { ...TEST_CONSOLE_DEFAULTS, ...options });
    this.opened.push(core);
    return core;
  }

  async close(core: ConsoleCore): Promise<void> {
    await core.sync.stop();
    core.db.close();
    this.opened.splice(this.opened.indexOf(core), 1);
  }

  async closeAll(): Promise<void> {
    for (const core of [...this.opened]) await this.close(core);
  }
}

/**
 * For a describe block: before each test `start` brings up a queue (and hands it to the test, e.g. by assigning it);
 * after each test every console opened with the returned TestConsoles is closed, then that queue.
 */
export function consolesOverFreshQueue(start: () => Promise<{ close(): Promise<void> }>): TestConsoles {
  const consoles = new TestConsoles();
  let queue: { close(): Promise<void> } | null = null;
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
