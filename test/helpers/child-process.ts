import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { createInterface } from 'node:readline';
import { stopChild } from '../../lib/child-service.js';
import { nodeArgsFor, REPO_ROOT } from './entry-command.js';

export { REPO_ROOT } from './entry-command.js';

export interface RunningProcess {
  child: ChildProcess;
  /** Everything printed so far, stdout and stderr. */
  output: string[];
  /** Resolves with the first match of `pattern` in a printed line (already printed lines included). */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts an entry point of the project (its fresh bundle, else the TypeScript with tsx: entry-command.ts). */
export function startTsProcess(entry: string, args: string[], env: NodeJS.ProcessEnv = {}): RunningProcess {
  const child = spawn(process.execPath, [...nodeArgsFor(entry), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const waiters = new Set<(line: string) => void>();
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      output.push(line);
      if (process.env.TEST_VERBOSE) process.stderr.write(`[${entry}] ${line}\n`);
      for (const waiter of waiters) waiter(line);
    });
  }
  return {
    child,
    output,
    waitForLine(pattern, timeoutMs = 60_000) {
      const seen = output.map((line) => line.match(pattern)).find(Boolean);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `${entry} did not print ${pattern} within ${timeoutMs} ms. Output:\n${output.slice(-30).join('\n')}`,
            ),
          );
        }, timeoutMs);
        const onExit = (code: number | null) => {
          clearTimeout(timer);
          reject(
            new Error(`${entry} exited (${code}) before printing ${pattern}. Output:\n${output.slice(-30).join('\n')}`),
          );
        };
        function check(line: string): void {
          const match = line.match(pattern);
          if (!match) return;
          clearTimeout(timer);
          waiters.delete(check);
          child.off('exit', onExit);
          resolve(match);
        }
        waiters.add(check);
        child.once('exit', onExit);
      });
    },
    stop: (signal = 'SIGTERM') => stopChild(child, signal, 10_000),
  };
}

export async function freePort(): Promise<number> {
  return (await freePorts(['port'])).port;
}

/**
 * Picks a distinct free port for each name on 127.0.0.1. Every listener stays open until all are picked, so one call never
 * hands out the same port twice (picked one at a time, a port closed again could come back for the next daemon: a
 * loaded CI machine once gave Postfix's submission port to Dovecot's IMAP).
 */
export async function freePorts<Name extends string>(names: readonly Name[]): Promise<Record<Name, number>> {
  const servers: Server[] = [];
  try {
    const ports = {} as Record<Name, number>;
    for (const name of names) {
      const server = createServer();
      servers.push(server);
      ports[name] = await new Promise<number>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : 0);
        });
      });
    }
    return ports;
  } finally {
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  }
}

/** Reads a value (every 100 ms) until `holds` is true of it, and resolves with that value. */
export async function waitForValue<T>(
  read: () => Promise<T>,
  holds: (value: T) => boolean,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (holds(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until `probe` gives a value that is set (not null, undefined or false), and resolves with it. */
export async function waitFor<T>(
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  return (await waitForValue(probe, Boolean, timeoutMs, what)) as T;
}
