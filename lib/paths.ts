import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The nearest folder at or above `start` that holds a package.json: the repository root for the sources
 * (lib/), and likewise for the bundles in dist/electron/ and a packaged app, whatever their depth.
 */
export function packageRootAbove(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json at or above ${start}.`);
  }
}

/** The repository root, for command-line entry points run from a checkout. */
export const REPO_ROOT = packageRootAbove(dirname(fileURLToPath(import.meta.url)));
export const RESOURCES_DIR = join(REPO_ROOT, 'resources');
export const RENDERER_DIST_DIR = join(REPO_ROOT, 'dist', 'renderer');
/** The chat widget's script as `npm run build:widget` writes it (vite.widget.config.ts); the queue serves it at /widget.js. */
export const WIDGET_SCRIPT_FILE = join(REPO_ROOT, 'dist', 'widget', 'widget.js');
/** The intent models built ahead of time from resources/ (scripts/build-intent-models.ts, run by npm ci). */
export const PREBUILT_MODELS_DIR = join(REPO_ROOT, 'dist', 'intent-models');
