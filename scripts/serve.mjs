#!/usr/bin/env node
// `npm run serve`: runs electron/core/cli/serve.ts (its arguments pass through) from its bundle,
// dist/serve/serve-cli.cjs (scripts/build-electron.mjs buildServeBundles; npm ci builds it), while the bundle is
// fresh: built from the sources as they are now (lib/bundle-freshness.mjs). Else from the TypeScript through tsx, as
// before, which costs a second or more of transform on a two-core machine before the queue and the AI can start.
// Either way in this process: no second Node to start.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { staleness } from '../lib/bundle-freshness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'serve', 'serve-cli.cjs');
const stale = staleness(root, bundle);
if (stale === null) createRequire(import.meta.url)(bundle);
else {
  process.stderr.write(
    `Starting from the TypeScript (slower): the serve bundle is not up to date (${stale}); \`npm run build:serve\` rebuilds it.\n`,
  );
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(root, 'electron', 'core', 'cli', 'serve.ts')).href);
}
