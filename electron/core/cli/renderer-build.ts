import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { staleness } from '../../../lib/bundle-freshness.mjs';
import { RENDERER_DIST_DIR, REPO_ROOT } from '../../../lib/paths.js';

/**
 * Builds the renderer (`vite build`, vite.config.ts) in a child process, its output on this process's stderr
 * (stdout is kept for the console's address), unless the built one is fresh (built from the sources as they are
 * now, lib/bundle-freshness.mjs; npm ci builds it): then nothing competes with the queue and the AI for the CPU.
 * `npm run serve` runs it beside the queue and the autopilot starting up, since nothing but the console host needs
 * the built files.
 */
export function buildRenderer(): Promise<void> {
  const stale = staleness(REPO_ROOT, RENDERER_DIST_DIR);
  if (stale === null) return Promise.resolve();
  process.stderr.write(`Building the renderer (${stale}).\n`);
  const vitePackage = createRequire(join(REPO_ROOT, 'package.json')).resolve('vite/package.json');
  const child = spawn(process.execPath, [join(dirname(vitePackage), 'bin', 'vite.js'), 'build'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 2, 2],
  });
  return new Promise((resolve, reject) => {
    child.once('error', (error) => reject(new Error(`The renderer could not be built: ${error.message}`)));
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`The renderer build failed (${signal ?? `exit code ${code}`}); its output is above.`));
    });
  });
}
