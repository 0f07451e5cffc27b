import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface ChildServiceOptions {
  /** The repository (or packaged app) root. */
  appRoot: string;
  /** Entry point relative to appRoot, a TypeScript file run through tsx. */
  entry: string;
  args: string[];
  /** A line on stdout matching this means the service is ready. */
  ready: RegExp;
  name: string;
  timeoutMs?: number;
  log?: (line: string) => void;
}

export interface ChildService {
  /** The match of `ready`. */
  readyLine: RegExpMatchArray;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Runs a part of Switchboard (the embedded queue, the autopilot) as a child process and waits until it
 * says it is ready. Its stdin stays open as a lifeline: the child stops when this process goes away.
 */
export function startChildService(options: ChildServiceOptions): Promise<ChildService> {
  const child = spawn(process.env.SWITCHBOARD_NODE ?? 'node', ['--import', 'tsx', join(options.appRoot, options.entry), ...options.args, '--stop-with-stdin'], {
    cwd: options.appRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  const log = (line: string) => options.log?.(`[${options.name}] ${line}`);
  return new Promise((resolve, reject) => {
    const recent: string[] = [];
    let settled = false;
    const timer = setTimeout(() => fail(new Error(`The ${options.name} did not start within ${(options.timeoutMs ?? 30_000) / 1000} s.`)), options.timeoutMs ?? 30_000);
    function fail(error: Error): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    }
    if (child.stderr) {
      createInterface({ input: child.stderr }).on('line', (line) => {
        recent.push(line);
        if (recent.length > 10) recent.shift();
        log(line);
      });
    }
    if (child.stdout) {
      createInterface({ input: child.stdout }).on('line', (line) => {
        const match = line.match(options.ready);
        if (match && !settled) {
          settled = true;
          clearTimeout(timer);
          resolve({ readyLine: match, child, stop: () => stopChild(child) });
        } else log(line);
      });
    }
    child.once('error', (error) => fail(new Error(`The ${options.name} could not be started: ${error.message}`)));
    child.once('exit', (code) => fail(new Error(`The ${options.name} exited (code ${code}): ${recent.slice(-5).join(' | ')}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
