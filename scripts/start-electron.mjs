#!/usr/bin/env node
// `npm start`: builds the renderer and the Electron bundle, makes sure better-sqlite3 is built for
// Electron's ABI, and launches the desktop console.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildElectron } from './build-electron.mjs';
import { ensureElectronNativeBinding, findElectronBinary, repoRoot } from './electron-native.mjs';

const binary = findElectronBinary();
if (!binary.found) {
  console.error(
    [
      `Switchboard cannot start the desktop app: ${binary.reason}.`,
      'The npm package "electron" downloads that binary from GitHub at install time, and this machine could',
      'not reach GitHub (or ran the install with scripts off). Where the network allows it,',
      '`node node_modules/electron/install.js` fetches it.',
      'Meanwhile `npm run serve` runs the same console in your browser.',
    ].join('\n'),
  );
  process.exit(1);
}

function run(step, args) {
  const result = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${step} failed; the desktop app was not started.`);
    process.exit(result.status ?? 1);
  }
}

run('Building the renderer (vite build)', [join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build']);
await buildElectron();

let nativeBinding;
try {
  nativeBinding = ensureElectronNativeBinding();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error('`npm run serve` runs the same console in your browser without it.');
  process.exit(1);
}

const env = { ...process.env, SWITCHBOARD_NATIVE_BINDING: nativeBinding };
// Set by some tools, it would make the Electron binary behave as plain Node.
delete env.ELECTRON_RUN_AS_NODE;

const child = spawn(binary.path, [repoRoot, ...process.argv.slice(2)], { cwd: repoRoot, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
