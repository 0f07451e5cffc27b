import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';

/**
 * A mail daemon started as the leader of its own process group, its output appended to `logFile`. stop() ends the
 * whole group (the daemon and every process it forked); groups still running when this Node process exits (a test
 * that failed before its hooks ran, a crashed worker) are killed then.
 */
export interface DaemonProcess {
  name: string;
  logFile: string;
  /** The last lines of the log, for an error message. */
  logTail(lines?: number): string;
  /** Whether the daemon's leader process has exited (on its own or stopped). */
  hasExited(): boolean;
  stop(): Promise<void>;
}

const runningGroups = new Set<number>();
let exitHookInstalled = false;

export function startDaemon(name: string, command: string, args: string[], logFile: string): DaemonProcess {
  installExitHook();
  const logFd = openSync(logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(command, args, { detached: true, stdio: ['ignore', logFd, logFd] });
  } finally {
    closeSync(logFd);
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${name} (${command}) could not be started.`);
  runningGroups.add(pid);
  let hasExited = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      hasExited = true;
      resolve();
    }),
  );
  const logTail = (lines?: number): string => fileTail(logFile, lines);
  return {
    name,
    logFile,
    logTail,
    hasExited: () => hasExited,
    async stop() {
      if (!runningGroups.has(pid)) return;
      signalGroup(pid, 'SIGTERM');
      const stopped = await Promise.race([exited.then(() => true), delay(5_000).then(() => false)]);
      // The leader may be gone while a worker it forked lingers: the group is killed either way.
      signalGroup(pid, 'SIGKILL');
      runningGroups.delete(pid);
      if (!stopped) await Promise.race([exited, delay(2_000)]);
    },
  };
}

/** The last `lines` lines of a log file. */
export function fileTail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Resolves once something accepts TCP connections on 127.0.0.1:`port`; fails after `timeoutMs`. */
export async function waitForPort(port: number, timeoutMs: number, what: DaemonProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await accepts(port))) {
    if (what.hasExited())
      throw new Error(`${what.name} exited before it listened on 127.0.0.1:${port}. Log:\n${what.logTail()}`);
    if (Date.now() > deadline) {
      throw new Error(
        `${what.name} did not listen on 127.0.0.1:${port} within ${timeoutMs} ms. Log:\n${what.logTail()}`,
      );
    }
    await delay(50);
  }
}

/**
 * The first line a server on 127.0.0.1:`port` sends on connect ('' when it sends none within `timeoutMs`). The test
 * mail servers check theirs: a port picked free may have been taken by another test process's daemon meanwhile.
 */
export function greeting(port: number, timeoutMs = 3_000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let received = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(received.split('\r\n')[0] ?? '');
    };
    const timer = setTimeout(done, timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      if (received.includes('\r\n')) done();
    });
    socket.once('error', done);
    socket.once('close', done);
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const pid of runningGroups) signalGroup(pid, 'SIGKILL');
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
