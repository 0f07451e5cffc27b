import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleness } from '../../../lib/bundle-freshness.mjs';
import { REPO_ROOT } from '../../helpers/child-process.js';

describe("npm run serve's launcher (scripts/serve.mjs)", () => {
  it('runs serve.ts with its arguments from the bundle while it is fresh, else from the TypeScript, saying why', () => {
    const stale = staleness(REPO_ROOT, join(REPO_ROOT, 'dist', 'serve', 'serve-cli.cjs'));
    const run = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'serve.mjs'), '--help'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run serve -- /);
    // Whichever way it ran (npm ci builds the bundle; an edit since makes it stale), the log says so only when stale.
    if (stale === null) expect(run.stderr).toBe('');
    else expect(run.stderr).toContain(`Starting from the TypeScript (slower): the serve bundle is not up to date (`);
  }, 90_000);
});
