import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TicketWithMessages } from '../../shared/api/queue-contract.js';
import type { Message, Ticket } from '../../shared/domain/ticket.js';
import { launchChromium } from '../helpers/browser.js';
import { REPO_ROOT, waitFor, type RunningProcess } from '../helpers/child-process.js';
import { callConsoleHost } from '../helpers/e2e-host-calls.js';
import {
  CONSOLE_HOST_ENTRY,
  consoleAddress,
  planQueueProcess,
  queueCaller,
  readQueueTokens,
  startConsoleHost,
} from '../helpers/e2e-processes.js';

/**
 * How many times the console host is killed: 15 in `npm test`, 50 in `npm run test:load`
 * (SWITCHBOARD_CRASH_KILLS), a multiple of 5 as every fifth kill lands during start-up.
 */
const KILLS = Number(process.env.SWITCHBOARD_CRASH_KILLS ?? 15);
if (!Number.isInteger(KILLS) || KILLS < 5 || KILLS % 5 !== 0)
  throw new Error(`SWITCHBOARD_CRASH_KILLS must be a multiple of 5, at least 5 (got ${KILLS}).`);
/**
 * The console host (electron/core/cli/serve.ts, what `npm run serve` runs) bundled once with esbuild, so
 * each restart skips TypeScript compilation. Two levels below the repo root, as the source is,
 * so it finds resources/ and dist/renderer/ the same way.
 */
const HOST_BUNDLE = 'dist/crash-host/serve.mjs';
const TICKETS = 12;

interface ConsoleHost {
  process: RunningProcess;
  /** The console's address, with its access token. */
  url: string;
}

/**
 * The console host is SIGKILLed at random moments, KILLS times, while it pushes the agent's changes and
 * pulls a feed that keeps moving; it is restarted each time. Afterwards the queue holds every change
 * the console accepted exactly once, and the cache equals the queue. Then the cache file is damaged:
 * the console says so, rebuilds from the queue and starts normally after that.
 */
describe('crash safety of the console cache and sync', () => {
  let dir: string;
  let queue: RunningProcess;
  let queueUrl: string;
  let tokensFile: string;
  let queueCall: ReturnType<typeof queueCaller>;
  const ticketIds: string[] = [];

  function spawnConsole(): RunningProcess {
    return startConsoleHost({ dataDir: join(dir, 'console'), queueUrl, tokensFile, autopilot: false }, HOST_BUNDLE);
  }

  async function ready(process: RunningProcess): Promise<ConsoleHost> {
    return { process, url: await consoleAddress(process, 180_000) };
  }

  async function call(host: ConsoleHost, method: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> {
    return (await callConsoleHost(host.url, method, input)) as { ok: boolean; value?: unknown };
  }

  function kill(process: RunningProcess): Promise<void> {
    if (process.child.exitCode !== null || process.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      process.child.once('exit', () => resolve());
      process.child.kill('SIGKILL');
    });
  }

  /** Differences between the console's cache and the queue, or null when they are equal. */
  async function cacheVersusQueue(): Promise<string | null> {
    const queued = await Promise.all(ticketIds.map((id) => queueCall<TicketWithMessages>('GET', `/tickets/${id}`)));
    const db = new Database(join(dir, 'console', 'console.sqlite'), { readonly: true, fileMustExist: true });
    try {
      const outbox = (db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n;
      if (outbox > 0) return `${outbox} changes still in the outbox`;
      const unsent = (db.prepare('SELECT COUNT(*) AS n FROM unsent').get() as { n: number }).n;
      if (unsent > 0) return `${unsent} refused changes`;
      const tickets = new Map(
        (db.prepare('SELECT json FROM tickets').all() as Array<{ json: string }>).map((r) => {
          const t = JSON.parse(r.json) as Ticket;
          return [t.id, t];
        }),
      );
      const messages = db.prepare('SELECT json, pending FROM messages').all() as Array<{
        json: string;
        pending: number;
      }>;
      if (messages.some((m) => m.pending === 1)) return 'pending messages in the cache';
      const cachedMessages = new Map(
        messages.map((m) => [(JSON.parse(m.json) as Message).id, JSON.parse(m.json) as Message]),
      );
      if (tickets.size !== queued.length) return `cache has ${tickets.size} tickets, queue ${queued.length}`;
      let queueMessages = 0;
      for (const { ticket, messages: thread } of queued) {
        if (JSON.stringify(tickets.get(ticket.id)) !== JSON.stringify(ticket))
          return `ticket ${ticket.id} differs (cache v${tickets.get(ticket.id)?.version}, queue v${ticket.version})`;
        for (const message of thread) {
          queueMessages++;
          if (JSON.stringify(cachedMessages.get(message.id)) !== JSON.stringify(message))
            return `message ${message.id} differs or is missing`;
        }
      }
      if (queueMessages !== cachedMessages.size)
        return `cache has ${cachedMessages.size} messages, queue ${queueMessages}`;
      return null;
    } finally {
      db.close();
    }
  }

  beforeAll(async () => {
    await esbuild.build({
      entryPoints: [join(REPO_ROOT, CONSOLE_HOST_ENTRY)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outfile: join(REPO_ROOT, HOST_BUNDLE),
      logLevel: 'warning',
    });
    dir = mkdtempSync(join(tmpdir(), 'switchboard-crash-'));
    const queuePlan = await planQueueProcess(dir);
    ({ url: queueUrl, tokensFile } = queuePlan);
    queue = await queuePlan.start();
    queueCall = queueCaller(queueUrl, readQueueTokens(tokensFile).tokens.admin);
    for (let i = 0; i < TICKETS; i++) {
      const posted = await queueCall<TicketWithMessages>('POST', '/tickets', {
        subject: `Crash ticket ${i}`,
        text: `Customer message ${i}`,
        channel: 'chat',
        customer: { id: `cus_${i}`, name: 'Crash Tester', tier: 'standard' },
      });
      ticketIds.push(posted.ticket.id);
    }
  });

  afterAll(async () => {
    await queue?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`keeps every accepted change exactly once across ${KILLS} SIGKILLs during push and pull, and the cache equals the queue`, async () => {
    const accepted: string[] = [];
    let written = 0;
    let customerWrites = 0;
    let stopCustomers = false;
    // The feed keeps moving the whole time, so pulls are in flight when the console dies.
    const customers = (async () => {
      while (!stopCustomers) {
        const id = ticketIds[customerWrites % TICKETS] ?? '';
        await queueCall('POST', `/tickets/${id}/messages`, { text: `Customer follow-up ${customerWrites++}` }).catch(
          () => undefined,
        );
        await new Promise((r) => setTimeout(r, 40));
      }
    })();

    let killedBeforeReady = 0;
    for (let life = 0; life < KILLS; life++) {
      const process = spawnConsole();
      if (life % 5 === 4) {
        // Some kills land during start-up: migrations, the first push of what the last life left, the first pull.
        await process.waitForLine(/^Queue: /, 60_000).catch(() => undefined);
        await new Promise((r) => setTimeout(r, Math.random() * 150));
        await kill(process);
        killedBeforeReady++;
        continue;
      }
      const host = await ready(process);
      let alive = true;
      const writer = (async () => {
        while (alive) {
          // A few changes at once, so pushes carry batches.
          const batch = Array.from({ length: 1 + Math.floor(Math.random() * 4) }, () => {
            const n = written++;
            const text = `crash-change-${n}`;
            const ticketId = ticketIds[Math.floor(Math.random() * TICKETS)] ?? '';
            const request =
              n % 3 === 0
                ? call(host, 'sendReply', { ticketId, text, resolve: n % 2 === 0 })
                : call(host, 'addNote', { ticketId, text });
            return request.then(
              (result) => {
                if (result.ok) accepted.push(text);
              },
              () => undefined,
            );
          });
          await Promise.all(batch);
        }
      })();
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 700));
      await kill(process);
      alive = false;
      await writer;
    }
    stopCustomers = true;
    await customers;

    const final = await ready(spawnConsole());
    try {
      await waitFor(async () => (await cacheVersusQueue()) === null, 30_000, 'the cache to equal the queue').catch(
        async (error: unknown) => {
          throw new Error(`${String(error)} Last difference: ${await cacheVersusQueue()}`);
        },
      );
      const agentTexts = (
        await Promise.all(ticketIds.map((id) => queueCall<TicketWithMessages>('GET', `/tickets/${id}`)))
      )
        .flatMap((t) => t.messages)
        .filter((m) => m.author === 'agent')
        .map((m) => m.text);
      const counts = new Map<string, number>();
      for (const text of agentTexts) counts.set(text, (counts.get(text) ?? 0) + 1);
      expect(accepted.length).toBeGreaterThan(KILLS);
      expect(accepted.filter((text) => counts.get(text) !== 1)).toEqual([]);
      expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
      // Anything else in the queue is a change whose acceptance the console could not report before dying.
      expect(agentTexts.every((text) => text.startsWith('crash-change-'))).toBe(true);
      expect(killedBeforeReady).toBe(KILLS / 5);
    } finally {
      await final.process.stop();
    }
  }, 900_000);

  it('a damaged cache file gets a clear message and a rebuild from the queue, and the next start is normal', async () => {
    const file = join(dir, 'console', 'console.sqlite');
    writeFileSync(file, Buffer.alloc(64 * 1024, 0x5a));
    for (const suffix of ['-wal', '-shm']) if (existsSync(file + suffix)) rmSync(file + suffix);

    const damaged = await ready(spawnConsole());
    try {
      await damaged.process.waitForLine(
        /local cache was damaged .* moved to .*console\.sqlite\.damaged-.* rebuilt from the queue/i,
        10_000,
      );
      await waitFor(async () => (await cacheVersusQueue()) === null, 30_000, 'the rebuilt cache to equal the queue');
      const status = await call(damaged, 'getStatus', {});
      expect((status.value as { cacheRebuilt: { movedTo: string } | null }).cacheRebuilt?.movedTo).toMatch(
        /console\.sqlite\.damaged-/,
      );
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.goto(damaged.url);
        await expect
          .poll(() => page.getByTestId('cache-rebuilt').innerText(), { timeout: 10_000 })
          .toMatch(/damaged and is being rebuilt/);
      } finally {
        await browser.close();
      }
    } finally {
      await damaged.process.stop();
    }

    const next = await ready(spawnConsole());
    try {
      const status = await call(next, 'getStatus', {});
      expect((status.value as { cacheRebuilt: unknown }).cacheRebuilt).toBeNull();
      expect(next.process.output.some((line) => /damaged/i.test(line))).toBe(false);
    } finally {
      await next.process.stop();
    }
  });
});
