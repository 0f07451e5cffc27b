#!/usr/bin/env node
// `npm run dist [-- electron-builder arguments]`: the installers (electron-builder.yml).
//  1. builds the renderer, the Electron bundles (main, preload, queue and autopilot children) and the intent models;
//  2. builds better-sqlite3 for Electron's ABI into .electron-native/ (packaged as resources/native);
//  3. runs electron-builder with the given arguments (default: this platform's targets), e.g.
//     `npm run dist -- --linux dir` for an unpacked app, `npm run dist -- --linux` for AppImage and deb.
// electron-builder downloads the Electron runtime for the target platform from GitHub; when the target
// is this platform and the Electron binary is already installed, that copy is used instead.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildElectron } from './build-electron.mjs';
import { ensureElectronNativeBinding, findElectronBinary, repoRoot } from './electron-native.mjs';

const args = process.argv.slice(2);

function run(step, command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${step} failed (exit ${result.status ?? result.signal}); no installer was built.`);
    process.exit(result.status ?? 1);
  }
}

const PLATFORM_FLAGS = {
  linux: ['--linux', '-l'],
  darwin: ['--mac', '-m', '--macos'],
  win32: ['--win', '-w', '--windows'],
};

/** Uses the installed Electron binary when every requested target is for this platform. */
function localElectronDist(requested, platform, binary) {
  if (!binary.found) return undefined;
  const others = Object.entries(PLATFORM_FLAGS)
    .filter(([name]) => name !== platform)
    .flatMap(([, flags]) => flags);
  if (requested.some((arg) => others.includes(arg))) return undefined;
  return join(repoRoot, 'node_modules', 'electron', 'dist');
}

run('Building the renderer (vite build)', process.execPath, [
  join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'),
  'build',
]);
// The chat widget's script, which the app's embedded queue serves at /widget.js to the tenant's website.
run('Building the chat widget (npm run build:widget)', process.execPath, [
  join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'),
  'build',
  '-c',
  'vite.widget.config.ts',
]);
await buildElectron();
// The intent models trained ahead of time (as npm ci does), so the app's first start loads them instead of training.
run('Building the intent models (npm run build:models)', process.execPath, [
  '--import',
  'tsx',
  join(repoRoot, 'scripts', 'build-intent-models.ts'),
]);

try {
  ensureElectronNativeBinding();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error('The installers need better-sqlite3 built for Electron; no installer was built.');
  process.exit(1);
}

const builderArgs = [join(repoRoot, 'node_modules', 'electron-builder', 'cli.js'), ...args];
const electronDist = localElectronDist(args, process.platform, findElectronBinary());
if (electronDist) builderArgs.push(`-c.electronDist=${electronDist}`);
run('electron-builder', process.execPath, builderArgs);
console.log(`Installers written to ${join(repoRoot, 'out')}.`);
