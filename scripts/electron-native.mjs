#!/usr/bin/env node
// Electron toolchain helpers shared by `npm start` and the Electron end-to-end test:
//  - findElectronBinary(): where the Electron executable is, without triggering a download
//    (require('electron') would try to fetch it when it is missing);
//  - ensureElectronNativeBinding(): better-sqlite3 compiled against Electron's headers, written to
//    .electron-native/better_sqlite3.node. The build runs on a copy of the package's sources, so
//    node_modules/better-sqlite3/build keeps its Node build: `npm test` (Node's ABI) and `npm start`
//    (Electron's ABI) both work whichever ran last.
// Run directly, it builds the binding and prints its path.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(repoRoot, 'package.json'));

const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

function platformExecutable(platform = process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

export function electronPackageDir() {
  return dirname(require.resolve('electron/package.json'));
}

export function electronVersion() {
  return JSON.parse(readFileSync(join(electronPackageDir(), 'package.json'), 'utf8')).version;
}

/** Electron's NODE_MODULE_VERSION (node_modules/electron/abi_version), or undefined when unknown. */
export function electronAbi() {
  try {
    return readFileSync(join(electronPackageDir(), 'abi_version'), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The NODE_MODULE_VERSION a compiled addon was built for, read from its exported
 * node_register_module_v<N> symbol name; undefined when the file has none (e.g. a Node-API addon).
 */
export function addonAbi(file) {
  const match = readFileSync(file)
    .toString('latin1')
    .match(/node_register_module_v(\d+)/);
  return match ? match[1] : undefined;
}

/**
 * Where the Electron executable is: `{ found: true, path }`, or `{ found: false, reason }` with a
 * sentence saying why not. Mirrors node_modules/electron/index.js without its download fallback.
 */
export function findElectronBinary() {
  let packageDir;
  try {
    packageDir = electronPackageDir();
  } catch {
    return { found: false, reason: 'the electron package is not installed (npm install)' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : platformExecutable();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
  const binary = join(distDir, executable);
  if (!existsSync(binary)) {
    return { found: false, reason: `the Electron binary is not installed (${binary} does not exist)` };
  }
  return { found: true, path: binary };
}

/** node-gyp as npm ships it (npm sets npm_config_node_gyp in scripts), or a locally installed one. */
function findNodeGyp() {
  const candidates = [
    process.env.npm_config_node_gyp,
    join(
      dirname(process.execPath),
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    ),
    join(dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  try {
    candidates.push(require.resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not installed locally
  }
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

/**
 * Returns the path of a better_sqlite3.node built for this Electron, building it when missing or
 * stale. Throws an Error with an actionable message when it cannot be built.
 * `nodedir` (or SWITCHBOARD_ELECTRON_HEADERS) points at already unpacked Electron headers, for
 * machines that cannot download them.
 */
export function ensureElectronNativeBinding({
  log = console.log,
  force = false,
  nodedir = process.env.SWITCHBOARD_ELECTRON_HEADERS,
} = {}) {
  const outDir = join(repoRoot, '.electron-native');
  const output = join(outDir, 'better_sqlite3.node');
  const stampFile = join(outDir, 'better_sqlite3.json');
  const sourceDir = dirname(require.resolve('better-sqlite3/package.json'));
  const stamp = {
    electron: electronVersion(),
    betterSqlite3: JSON.parse(readFileSync(join(sourceDir, 'package.json'), 'utf8')).version,
    platform: process.platform,
    arch: process.arch,
    headers: nodedir ?? ELECTRON_HEADERS_URL,
    abi: electronAbi(),
  };
  const builtForElectron = (file) => !stamp.abi || addonAbi(file) === stamp.abi;
  if (
    !force &&
    existsSync(output) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === JSON.stringify(stamp) &&
    builtForElectron(output)
  ) {
    return output;
  }

  const nodeGyp = findNodeGyp();
  if (!nodeGyp)
    throw new Error('node-gyp was not found (it ships with npm); cannot build better-sqlite3 for Electron.');

  const workDir = join(outDir, `better-sqlite3-${stamp.betterSqlite3}`);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  for (const entry of ['binding.gyp', 'package.json', 'src', 'deps']) {
    cpSync(join(sourceDir, entry), join(workDir, entry), { recursive: true });
  }

  log(`Building better-sqlite3 ${stamp.betterSqlite3} for Electron ${stamp.electron} (once; takes a minute)...`);
  const args = [nodeGyp, 'rebuild', '--release', `--target=${stamp.electron}`, `--arch=${process.arch}`];
  args.push(nodedir ? `--nodedir=${nodedir}` : `--dist-url=${ELECTRON_HEADERS_URL}`);
  // npm passes its own config to scripts as npm_config_*; a machine-wide `nodedir` (npm_config_nodedir)
  // would make node-gyp build against Node's headers instead of Electron's, silently.
  const env = { ...process.env, npm_config_runtime: 'electron', npm_config_target: stamp.electron };
  for (const key of Object.keys(env)) if (/^npm_config_(nodedir|disturl|dist_url)$/i.test(key)) delete env[key];
  const result = spawnSync(process.execPath, args, { cwd: workDir, stdio: 'inherit', env });
  const built = join(workDir, 'build', 'Release', 'better_sqlite3.node');
  if (result.status === 0 && existsSync(built) && !builtForElectron(built)) {
    rmSync(workDir, { recursive: true, force: true });
    throw new Error(
      `better-sqlite3 was built for NODE_MODULE_VERSION ${addonAbi(built)}, not Electron's ${stamp.abi}: node-gyp used other headers ` +
        '(check `npm config get nodedir`). Set SWITCHBOARD_ELECTRON_HEADERS to unpacked Electron headers.',
    );
  }
  if (result.status !== 0 || !existsSync(built)) {
    rmSync(workDir, { recursive: true, force: true });
    throw new Error(
      `Building better-sqlite3 for Electron failed (node-gyp exit ${result.status ?? result.signal}). ` +
        `It needs a C++ toolchain and Electron's headers from ${ELECTRON_HEADERS_URL}; ` +
        'set SWITCHBOARD_ELECTRON_HEADERS to an unpacked headers folder where that site cannot be reached.',
    );
  }
  copyFileSync(built, output);
  writeFileSync(stampFile, JSON.stringify(stamp));
  rmSync(workDir, { recursive: true, force: true });
  log(`Electron's better-sqlite3 binding: ${output}`);
  return output;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(ensureElectronNativeBinding({ force: process.argv.includes('--force') }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
