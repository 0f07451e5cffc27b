import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, for command-line entry points run from a checkout. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESOURCES_DIR = join(REPO_ROOT, 'resources');
export const RENDERER_DIST_DIR = join(REPO_ROOT, 'dist', 'renderer');
