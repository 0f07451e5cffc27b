/**
 * How a test starts an entry point of the project as a child process: from its bundle (scripts/build-electron.mjs,
 * which `npm ci` and `npm test` build) while that bundle is fresh, i.e. built from the sources exactly as they are
 * now (lib/bundle-freshness.mjs), else from the TypeScript through tsx. The code run is the same; the bundle only
 * saves the start-up transform and module resolution, about two seconds of CPU per process on a two-core machine.
 * This is what `npm run serve` and the console's own children do (scripts/serve.mjs, lib/child-service.ts), and
 * SWITCHBOARD_CHILD_RUNNER=source forces the TypeScript here as it does there.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';
import { AUTOPILOT_BUNDLE } from '../../autopilot/autopilot-process.js';
import { EVAL_BUNDLE } from '../../evals/eval-service.js';
import { staleness } from '../../lib/bundle-freshness.mjs';
import { QUEUE_BUNDLE } from '../../lib/embedded-queue.js';

export const REPO_ROOT = new URL('../../', import.meta.url).pathname;

/** The browser-mode console host (what `npm run serve` runs). */
export const CONSOLE_HOST_ENTRY = 'electron/core/cli/serve.ts';
export const QUEUE_ENTRY = 'server/cli.ts';
export const AUTOPILOT_ENTRY = 'autopilot/cli.ts';
export const EVAL_ENTRY = 'evals/cli/eval.ts';

/** Each entry point's bundle (repository-relative); the console host's is SERVE_BUNDLE of build-electron.mjs. */
const BUNDLE_OF_ENTRY: Readonly<Record<string, string>> = {
  [QUEUE_ENTRY]: QUEUE_BUNDLE,
  [AUTOPILOT_ENTRY]: AUTOPILOT_BUNDLE,
  [EVAL_ENTRY]: EVAL_BUNDLE,
  [CONSOLE_HOST_ENTRY]: join('dist', 'serve', 'serve-cli.cjs'),
};

/** Node's arguments (before the entry's own) that run `entry`: its fresh bundle, else the TypeScript with tsx. */
export function nodeArgsFor(entry: string): string[] {
  const bundle = BUNDLE_OF_ENTRY[entry];
  const useBundle =
    bundle !== undefined &&
    process.env.SWITCHBOARD_CHILD_RUNNER !== 'source' &&
    staleness(REPO_ROOT, join(REPO_ROOT, bundle)) === null;
  return useBundle ? [bundle] : ['--import', 'tsx', entry];
}

/** Runs `entry` with `args` to its end (synchronously, in the repository root) and gives its status and output. */
export function runEntrySync(
  entry: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [...nodeArgsFor(entry), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    timeout: options.timeoutMs,
  });
}
