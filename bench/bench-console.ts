/**
 * A console whose local cache a benchmark fills directly (going through the queue would only measure sync), then
 * served by the real console host (browser mode) next to an empty queue, for Chromium to drive.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { openLocalDatabase } from '../electron/core/store/local-database.js';
import { TicketCache } from '../electron/core/store/ticket-cache.js';
import type { RunningProcess } from '../test/helpers/child-process.js';
import { consoleAddress, planQueueProcess, startConsoleHost } from '../test/helpers/e2e-processes.js';

export interface ServeOptions {
  role?: 'agent' | 'lead';
  queueStartMs: number;
  hostStartMs: number;
}

export interface BenchConsole {
  /** The console's cache, open for filling; close it before `serve`. */
  db: Database.Database;
  cache: TicketCache;
  /** Starts the queue and the console host (no autopilot) on the cache; resolves with the console's address. */
  serve(options: ServeOptions): Promise<string>;
  /** The queue `serve` started (its address and tokens file), null before. */
  readonly queue: { url: string; tokensFile: string } | null;
  /** Stops what `serve` started and removes the folder, unless `keep` (then `log` says where it is). */
  close(keep: boolean, log: (line: string) => void): Promise<void>;
}

export function openBenchConsole(name: string): BenchConsole {
  const dir = mkdtempSync(join(tmpdir(), `switchboard-bench-${name}-`));
  const consoleDir = join(dir, 'console');
  mkdirSync(consoleDir, { recursive: true });
  const db = openLocalDatabase(join(consoleDir, 'console.sqlite'));
  const running: RunningProcess[] = [];
  let served: { url: string; tokensFile: string } | null = null;
  return {
    db,
    get queue() {
      return served;
    },
    cache: new TicketCache(db),
    async serve({ role, queueStartMs, hostStartMs }) {
      const queue = await planQueueProcess(dir);
      running.push(await queue.start(queueStartMs));
      served = { url: queue.url, tokensFile: queue.tokensFile };
      const host = startConsoleHost({
        dataDir: consoleDir,
        queueUrl: queue.url,
        tokensFile: queue.tokensFile,
        autopilot: false,
        role,
      });
      running.push(host);
      return consoleAddress(host, hostStartMs);
    },
    async close(keep, log) {
      for (const child of running.reverse()) await child.stop();
      if (db.open) db.close();
      if (!keep) rmSync(dir, { recursive: true, force: true });
      else log(`Kept ${dir}`);
    },
  };
}
