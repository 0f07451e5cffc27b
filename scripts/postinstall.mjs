#!/usr/bin/env node
// npm ci and npm install run this (package.json "postinstall"). First the chat widget's script is built
// (dist/widget/widget.js, `npm run build:widget`), so the queue of a fresh clone serves /widget.js. Then the
// built-in engine's intent models are trained
// ahead of time (scripts/build-intent-models.ts, `npm run build:models`), so the first `npm run serve` decides every
// ticket within seconds instead of training for 30-45 s first. It never fails the install: without tsx (npm ci
// --omit=dev) or when the training fails, it says so, and the first start trains the model instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

if (existsSync(join(root, 'node_modules', 'vite'))) {
  const widget = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '-c',
      'vite.widget.config.ts',
      '--logLevel',
      'warn',
    ],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (widget.status !== 0)
    console.log(
      `Chat widget not built (exit ${widget.status ?? widget.signal}): run npm run build:widget before serving /widget.js.`,
    );
} else
  console.log(
    'Chat widget not built (vite is not installed): the queue serves /widget.js once npm run build:widget ran.',
  );
// What `npm run serve` starts from, so that its first start transforms no TypeScript and builds no renderer while the
// queue and the AI come up: the renderer and the bundles of the console host, the queue and the AI (npm run
// build:serve). Each is used only while built from the sources as they are (lib/bundle-freshness.mjs).
if (existsSync(join(root, 'node_modules', 'vite')) && existsSync(join(root, 'node_modules', 'esbuild'))) {
  for (const [what, args] of [
    ['Renderer', [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn']],
    ['Serve bundles', [join(root, 'scripts', 'build-electron.mjs'), '--serve']],
  ]) {
    const built = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
    if (built.status !== 0)
      console.log(
        `${what} not built ahead of time (exit ${built.status ?? built.signal}): npm run serve builds the renderer and starts from the TypeScript.`,
      );
  }
}
const later = 'the built-in AI trains its intent model on its first start instead (30-45 s)';
if (!existsSync(join(root, 'node_modules', 'tsx'))) {
  console.log(`Intent models not built ahead of time (tsx is not installed): ${later}.`);
  process.exit(0);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build-intent-models.ts')], {
  cwd: root,
  stdio: 'inherit',
});
if (result.status !== 0)
  console.log(`Intent models not built ahead of time (exit ${result.status ?? result.signal}): ${later}.`);
