#!/usr/bin/env node
// `npm test`'s last step: the `unit` (unit + integration) and `e2e` (browser) vitest projects as two processes at
// once. One vitest process runs projects whose worker settings differ one after the other (unit with two workers,
// then e2e one file at a time), so the wall time was their sum (~15 min on two cores); most of both waits on child
// processes, servers, disks and the browser, so side by side they take about as long as the longer one.
// Each runs in its own process group, ended with this script (Ctrl+C, a CI timeout).
// Arguments pass through to both (e.g. a file filter). Exit status: 0 when both passed, else the first failure's.
// First the bundles of the processes the tests start (queue, console host, autopilot, evaluations) are rebuilt if
// they are not fresh (npm ci builds them; an edit makes them stale): the tests run a fresh bundle instead of the
// TypeScript through tsx (test/helpers/entry-command.ts), which saves seconds of CPU at every process start.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { staleness } from '../lib/bundle-freshness.mjs';
import { buildServeBundles, serveBundleFiles } from './build-electron.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stale = serveBundleFiles()
  .map((bundle) => staleness(root, bundle))
  .find((reason) => reason !== null);
if (stale) {
  process.stdout.write(`Building the bundles the tests start (${stale}).\n`);
  await buildServeBundles();
}

const PROJECTS = ['unit', 'e2e'];
const extra = process.argv.slice(2);
const children = PROJECTS.map((project) => {
  const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', project, ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
  });
  for (const stream of [child.stdout, child.stderr]) {
    const out = stream === child.stdout ? process.stdout : process.stderr;
    createInterface({ input: stream }).on('line', (line) => out.write(`[${project}] ${line}\n`));
  }
  return {
    project,
    child,
    done: new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal }))),
  };
});

const endAll = (signal) => {
  for (const { child } of children) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  }
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    endAll('SIGTERM');
    process.exit(1);
  });
}

const results = await Promise.all(children.map(async ({ project, done }) => ({ project, ...(await done) })));
let status = 0;
for (const { project, code, signal } of results) {
  const ok = code === 0;
  process.stdout.write(`vitest --project ${project}: ${ok ? 'passed' : `failed (${signal ?? `exit ${code}`})`}\n`);
  if (!ok && status === 0) status = code ?? 1;
}
process.exit(status);
