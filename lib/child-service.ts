import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { staleness } from './bundle-freshness.mjs';

export interface ChildServiceOptions {
  /** The repository (or packaged app) root. */
  appRoot: string;
  /** Entry point relative to appRoot, a TypeScript file run through tsx (development, browser mode). */
  entry: string;
  /**
   * The same entry bundled by scripts/build-electron.mjs, relative to appRoot (e.g.
   * dist/electron/queue-cli.cjs). Inside Electron, and in a packaged app where there is neither
   * node nor tsx nor the sources, the child runs this bundle with Electron's own binary as Node.
   */
  bundle?: string;
  args: string[];
  /**
   * More environment for the child, on top of this process's. Secrets go here, never in `args`: every
   * local user can read a process's arguments (/proc/PID/cmdline, ps), only its own user its environment.
   */
  env?: Readonly<Record<string, string>>;
  /** A line on stdout matching this means the service is ready. */
  ready: RegExp;
  name: string;
  timeoutMs?: number;
  log?: (line: string) => void;
  /** Every line the child prints, on stdout or stderr, before and after it is ready (the ready line excepted). */
  onLine?: (line: string) => void;
  /**
   * A line written to the child's stdin once it resolves: what the child may only learn after it started (the
   * queue it works on, which comes up meanwhile). When it rejects, the child is stopped and the start fails.
   */
  input?: Promise<string>;
}

export interface ChildService {
  /** The match of `ready`. */
  readyLine: RegExpMatchArray;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** How a child service is started: the command, its arguments, its working folder and environment. */
export interface ChildLaunch {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  mode: 'source' | 'bundle';
  /** Why the bundle is not run although it could be (mode source, not asked for): what changed since it was built. */
  staleBundle?: string;
}

export interface ChildLaunchInput {
  appRoot: string;
  entry: string;
  bundle: string | undefined;
  args: string[];
  /** process.execPath of the parent. */
  execPath: string;
  /** process.versions.electron of the parent: set when the parent is Electron. */
  electronVersion: string | undefined;
  env: NodeJS.ProcessEnv;
  fileExists: (path: string) => boolean;
  /** Null when the bundle at this path was built from the sources as they are now, else why not. */
  staleness: (bundlePath: string) => string | null;
}

/**
 * Decides how to run a child service (pure: every input is passed in).
 *  - Parent is Electron (npm start, the packaged app): the bundle, run by Electron's binary as plain
 *    Node (ELECTRON_RUN_AS_NODE=1). SWITCHBOARD_NATIVE_BINDING passes through, so the child's
 *    better-sqlite3 loads the build for Electron's ABI. A missing bundle is an error that says how to build it.
 *  - Parent is Node (npm run serve, the tests): the bundle with this Node while it is fresh (built from the sources
 *    as they are now, lib/bundle-freshness.mjs: npm ci builds it, so a start pays no TypeScript transform), else the
 *    TypeScript entry through tsx, with `node` (or SWITCHBOARD_NODE), and `staleBundle` says why.
 *    SWITCHBOARD_CHILD_RUNNER=bundle runs the bundle whatever its age, =source always the TypeScript.
 * `--stop-with-stdin` is always added: the child stops when its parent goes away.
 */
export function planChildLaunch(input: ChildLaunchInput): ChildLaunch {
  const inElectron = Boolean(input.electronVersion);
  const runner = input.env.SWITCHBOARD_CHILD_RUNNER;
  const bundlePath = input.bundle ? join(input.appRoot, input.bundle) : undefined;
  const asked = inElectron || runner === 'bundle' ? 'bundle' : runner === 'source' || !bundlePath ? 'source' : null;
  const staleBundle = bundlePath && asked === null ? input.staleness(bundlePath) : null;
  const cwd = realDirectoryOf(input.appRoot);
  if (asked === 'bundle' || (asked === null && staleBundle === null)) {
    if (!bundlePath) throw new Error(`No bundle is known for ${input.entry}; it cannot run without tsx.`);
    if (!input.fileExists(bundlePath)) {
      throw new Error(`${bundlePath} is missing: run \`npm run build:electron\` (npm start and npm run dist do it).`);
    }
    const env: NodeJS.ProcessEnv = { ...input.env, ELECTRON_RUN_AS_NODE: '1' };
    if (!inElectron) delete env.SWITCHBOARD_NATIVE_BINDING; // an Electron-ABI binding cannot load in Node
    return {
      command: input.execPath,
      args: [bundlePath, ...input.args, '--stop-with-stdin'],
      cwd,
      env,
      mode: 'bundle',
    };
  }
  const env: NodeJS.ProcessEnv = { ...input.env, ELECTRON_RUN_AS_NODE: '1' };
  delete env.SWITCHBOARD_NATIVE_BINDING;
  return {
    command: input.env.SWITCHBOARD_NODE ?? 'node',
    args: ['--import', 'tsx', join(input.appRoot, input.entry), ...input.args, '--stop-with-stdin'],
    cwd,
    env,
    mode: 'source',
    ...(staleBundle !== null ? { staleBundle } : {}),
  };
}

/** planChildLaunch from this process: its binary, its environment with `env` on top, the files as they are. */
export function planChildLaunchHere(
  options: Pick<ChildServiceOptions, 'appRoot' | 'entry' | 'bundle' | 'args' | 'env'>,
): ChildLaunch {
  return planChildLaunch({
    appRoot: options.appRoot,
    entry: options.entry,
    bundle: options.bundle,
    args: options.args,
    execPath: process.execPath,
    electronVersion: process.versions.electron,
    env: { ...process.env, ...options.env },
    fileExists: existsSync,
    staleness: (bundlePath) => staleness(options.appRoot, bundlePath),
  });
}

/**
 * A packaged app's root is app.asar, a file: a child cannot use it as its working folder. The folder
 * holding the archive (the app's resources folder) is used instead.
 */
export function realDirectoryOf(appRoot: string): string {
  const parts = appRoot.split(/[\\/]/);
  const asarAt = parts.findIndex((part) => part.endsWith('.asar'));
  if (asarAt < 0) return appRoot;
  return dirname(parts.slice(0, asarAt + 1).join(sep) || sep);
}

/**
 * Runs a part of Switchboard (the embedded queue, the autopilot) as a child process and waits until it
 * says it is ready. Its stdin stays open as a lifeline: the child stops when this process goes away.
 */
export function startChildService(options: ChildServiceOptions): Promise<ChildService> {
  let launch: ChildLaunch;
  try {
    launch = planChildLaunchHere(options);
  } catch (error) {
    return Promise.reject(
      new Error(`The ${options.name} could not be started: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
  if (launch.staleBundle)
    options.log?.(
      `[${options.name}] starts from its TypeScript (slower): its bundle is not up to date (${launch.staleBundle}); \`npm run build:serve\` rebuilds it.`,
    );
  const child = spawn(launch.command, launch.args, {
    cwd: launch.cwd,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: launch.env,
  });
  const log = (line: string) => options.log?.(`[${options.name}] ${line}`);
  return new Promise((resolve, reject) => {
    const recent: string[] = [];
    let settled = false;
    const timer = setTimeout(
      () => fail(new Error(`The ${options.name} did not start within ${(options.timeoutMs ?? 30_000) / 1000} s.`)),
      options.timeoutMs ?? 30_000,
    );
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
        options.onLine?.(line);
      });
    }
    if (child.stdout) {
      createInterface({ input: child.stdout }).on('line', (line) => {
        const match = line.match(options.ready);
        if (match && !settled) {
          settled = true;
          clearTimeout(timer);
          resolve({ readyLine: match, child, stop: () => stopChild(child) });
        } else {
          log(line);
          options.onLine?.(line);
        }
      });
    }
    options.input?.then(
      (line) => child.stdin?.write(`${line}\n`),
      (error: unknown) =>
        fail(new Error(`The ${options.name} was stopped: ${error instanceof Error ? error.message : String(error)}`)),
    );
    child.once('error', (error) => fail(new Error(`The ${options.name} could not be started: ${error.message}`)));
    child.once('exit', (code) =>
      fail(new Error(`The ${options.name} exited (code ${code}): ${recent.slice(-5).join(' | ')}`)),
    );
  });
}

/** Asks a child to stop with `signal` and kills it if it has not exited `forceAfterMs` later. */
export function stopChild(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
  forceAfterMs = 5_000,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), forceAfterMs);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill(signal);
  });
}
