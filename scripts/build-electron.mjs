#!/usr/bin/env node
// Bundles the Electron shell with esbuild:
//   electron/main/main.ts          -> dist/electron/main.cjs          (main process; electron/core and shared inlined)
//   electron/preload/preload.ts    -> dist/electron/preload.cjs       (sandboxed preloads must be one CommonJS file)
//   server/cli.ts                  -> dist/electron/queue-cli.cjs     (the embedded queue, a child process)
//   autopilot/cli.ts -> dist/electron/autopilot-cli.cjs (the console's autopilot, a child process)
//   autopilot/intent-model-cli.ts -> dist/electron/intent-model-cli.cjs (the autopilot's model loader/trainer, its child)
// The two child bundles are what Electron (npm start, the packaged app) runs as children, with its own
// binary as Node (ELECTRON_RUN_AS_NODE=1): a packaged app has no node, no tsx and no TypeScript sources.
// Under Node, `npm run serve` runs them too, and its own bundle (dist/serve/serve-cli.cjs, buildServeBundles; npm ci
// builds both), while each is fresh: built from the sources as they are (lib/bundle-freshness.mjs).
// In every bundle `better-sqlite3` goes through a small shim that, under Electron, loads the binding
// named by SWITCHBOARD_NATIVE_BINDING (built for Electron's ABI by scripts/electron-native.mjs), so
// node_modules keeps its Node build and `npm test` and `npm start` both work whichever ran last.
// and writes the app's Content Security Policy into the built renderer's index.html as a meta tag,
// because pages loaded from file:// get no response headers to carry it.
// The preload gets the console contract's method names as data evaluated at build time (BUILD_TIME_DATA),
// so the sandboxed bundle stays a few kilobytes instead of carrying the contract's zod schemas.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { importGlobPlugin } from './esbuild-import-glob.mjs';
import { forgetBuildInputs, recordBuildInputs } from '../lib/bundle-freshness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'electron');

/** Loaded at run time from node_modules: Electron itself, native modules, and the updater (loaded only when a feed is set). */
const EXTERNALS = ['electron', 'better-sqlite3', 'electron-updater'];

/** Entry points run as child processes, bundled to dist/electron/<name>.cjs. */
export const CHILD_BUNDLES = {
  'queue-cli': 'server/cli.ts',
  'autopilot-cli': 'autopilot/cli.ts',
  'eval-cli': 'evals/cli/eval.ts',
  'intent-model-cli': 'autopilot/intent-model-cli.ts',
};

// Under Electron, better-sqlite3's default lookup would find node_modules' build for Node's ABI.
const SQLITE_SHIM = `
const Database = require('better-sqlite3');
const binding = process.versions.electron ? process.env.SWITCHBOARD_NATIVE_BINDING : undefined;
class SwitchboardDatabase extends Database {
  constructor(file, options) {
    super(file, options && options.nativeBinding ? options : { ...options, nativeBinding: binding });
  }
}
module.exports = binding ? SwitchboardDatabase : Database;
`;

const sqliteShimPlugin = {
  name: 'better-sqlite3-binding',
  setup(build) {
    build.onResolve({ filter: /^better-sqlite3$/ }, (args) =>
      args.namespace === 'sqlite-shim'
        ? { path: 'better-sqlite3', external: true }
        : { path: 'better-sqlite3', namespace: 'sqlite-shim' },
    );
    build.onLoad({ filter: /.*/, namespace: 'sqlite-shim' }, () => ({
      contents: SQLITE_SHIM,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

/** Modules whose exports are plain data: a bundle that imports one gets its values, computed when it is built. */
export const BUILD_TIME_DATA = ['shared/api/console-method-names.ts'];

const buildTimeDataPlugin = {
  name: 'build-time-data',
  setup(build) {
    const wanted = new Set(BUILD_TIME_DATA.map((file) => join(root, file)));
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (!wanted.has(args.path)) return undefined;
      const values = await importBundled(relative(root, args.path));
      const lines = Object.entries(values).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`);
      return { contents: lines.join('\n'), loader: 'js' };
    });
  },
};

/**
 * CommonJS has no top-level await, and the autopilot CLI uses it. Its statements after the imports
 * are wrapped in an async function, which behaves the same for a script that exports nothing.
 */
export function wrapTopLevelAwait(source, file = 'entry') {
  const lines = source.split('\n');
  let bodyStart = 0;
  let inImport = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].trim();
    if (inImport) {
      if (/from\s+['"][^'"]+['"];?$/.test(line)) {
        inImport = false;
        bodyStart = index + 1;
      }
      continue;
    }
    if (line === '' || line.startsWith('//')) continue;
    // A leading block comment (a file's doc comment) stays outside the wrapper, like the imports.
    if (line.startsWith('/*') || line.startsWith('*')) continue;
    if (/^import\s/.test(line)) {
      if (/from\s+['"][^'"]+['"];?$/.test(line) || /^import\s+['"][^'"]+['"];?$/.test(line)) bodyStart = index + 1;
      else inImport = true;
      continue;
    }
    break;
  }
  const body = lines.slice(bodyStart).join('\n');
  if (/^export\s/m.test(body))
    throw new Error(`${file} exports something; it cannot be bundled as a child-process entry.`);
  return [
    ...lines.slice(0, bodyStart),
    '(async () => {',
    body,
    '})().catch((error) => {',
    '  process.stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\\n`);',
    '  process.exit(1);',
    '});',
  ].join('\n');
}

function topLevelAwaitPlugin(entryFiles) {
  const wanted = new Set(entryFiles.map((file) => join(root, file)));
  return {
    name: 'wrap-top-level-await',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (!wanted.has(args.path)) return undefined;
        return { contents: wrapTopLevelAwait(readFileSync(args.path, 'utf8'), args.path), loader: 'ts' };
      });
    },
  };
}

// electron/core is written as ESM and uses import.meta.url (e.g. to find the repository root).
// In the CommonJS bundle it becomes the bundle's own file URL, so code that resolves paths from it
// sees dist/electron/main.cjs: dist/electron/../.. is still the app root.
const importMetaShim = [
  'const __switchboard_import_meta_url = require("node:url").pathToFileURL(__filename).href;',
  'const __switchboard_import_meta_dirname = __dirname;',
  'const __switchboard_import_meta_filename = __filename;',
].join('\n');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

const nodeBundle = {
  ...common,
  outdir: outDir,
  outExtension: { '.js': '.cjs' },
  external: EXTERNALS,
  banner: { js: importMetaShim },
  define: {
    'import.meta.url': '__switchboard_import_meta_url',
    'import.meta.dirname': '__switchboard_import_meta_dirname',
    'import.meta.filename': '__switchboard_import_meta_filename',
  },
};

/** What a Node bundle is built with besides its sources: this script (lib/bundle-freshness.mjs records both). */
const NODE_BUNDLE_RECIPE = ['scripts/build-electron.mjs'];

/**
 * `npm run serve`'s own process (electron/core/cli/serve.ts), bundled to dist/serve/serve-cli.cjs for Node only
 * (the desktop app does not run it): scripts/serve.mjs runs it while it is fresh, else the TypeScript.
 */
export const SERVE_BUNDLE = { 'serve-cli': 'electron/core/cli/serve.ts' };
export const SERVE_OUT_DIR = join(root, 'dist', 'serve');

/**
 * Bundles `entryPoints` (name: source) into `outdir` as CommonJS for Node (or Electron as Node), each file replaced
 * whole (a process starting meanwhile reads the old one or the new one), and beside each bundle the record of the
 * files it was built from (lib/bundle-freshness.mjs): under Node a bundle stands in for its TypeScript only while
 * they are unchanged (lib/child-service.ts, scripts/serve.mjs).
 */
async function buildNodeBundles(entryPoints, outdir, plugins = []) {
  const result = await esbuild.build({
    ...nodeBundle,
    outdir,
    entryPoints,
    plugins: [sqliteShimPlugin, topLevelAwaitPlugin(Object.values(entryPoints)), ...plugins],
    metafile: true,
    write: false,
  });
  mkdirSync(outdir, { recursive: true });
  const bundles = result.outputFiles.filter((file) => file.path.endsWith('.cjs'));
  for (const bundle of bundles) forgetBuildInputs(bundle.path);
  for (const file of result.outputFiles) {
    writeFileSync(`${file.path}.tmp`, file.contents);
    renameSync(`${file.path}.tmp`, file.path);
  }
  for (const bundle of bundles) {
    const inputs = Object.keys(result.metafile.outputs[relative(root, bundle.path).split(sep).join('/')]?.inputs ?? {});
    recordBuildInputs({ root, output: bundle.path, inputs, recipe: NODE_BUNDLE_RECIPE });
  }
}

/** Builds the child-process bundles (queue, autopilot, evaluations, intent model) into `outdir` (default dist/electron). */
export async function buildChildBundles({ outdir = outDir } = {}) {
  await buildNodeBundles(CHILD_BUNDLES, outdir);
}

/** The files buildServeBundles writes (absolute): the child bundles and the serve bundle. */
export function serveBundleFiles() {
  return [
    ...Object.keys(CHILD_BUNDLES).map((name) => join(outDir, `${name}.cjs`)),
    ...Object.keys(SERVE_BUNDLE).map((name) => join(SERVE_OUT_DIR, `${name}.cjs`)),
  ];
}

/** What `npm run serve` runs instead of TypeScript: its own bundle and the child bundles (npm ci builds them). */
export async function buildServeBundles() {
  await buildChildBundles();
  await buildNodeBundles(SERVE_BUNDLE, SERVE_OUT_DIR, [importGlobPlugin]);
}

/** Builds the sandboxed preload into `outdir` (default dist/electron). */
export async function buildPreload({ outdir = outDir } = {}) {
  await esbuild.build({
    ...common,
    // The sandboxed preload runs in a Chromium renderer with a tiny require(): only 'electron' resolves.
    platform: 'browser',
    target: 'chrome130',
    entryPoints: { preload: 'electron/preload/preload.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
    external: ['electron'],
    plugins: [buildTimeDataPlugin],
  });
}

export async function buildElectron({ log = console.log } = {}) {
  // The main process shows the desktop namespace's texts, whose catalogs shared/desktop/locales/index.ts globs.
  await esbuild.build({
    ...nodeBundle,
    entryPoints: { main: 'electron/main/main.ts' },
    plugins: [sqliteShimPlugin, importGlobPlugin],
  });
  await buildChildBundles();
  await buildPreload();
  log(
    `Electron bundle written to ${join('dist', 'electron')} (main.cjs, preload.cjs, queue-cli.cjs, autopilot-cli.cjs).`,
  );
  await writeCspIntoRenderer(log);
}

/** Bundles one module (a path from the repository root) in memory with esbuild and imports it. */
export async function importBundled(entryPoint, plugins = []) {
  const result = await esbuild.build({
    entryPoints: [join(root, entryPoint)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'warning',
    plugins,
  });
  const source = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
}

async function loadContentSecurityPolicy() {
  const module = await importBundled('electron/main/content-security-policy.ts');
  return module.META_CONTENT_SECURITY_POLICY;
}

async function writeCspIntoRenderer(log) {
  const indexFile = join(root, 'dist', 'renderer', 'index.html');
  if (!existsSync(indexFile)) {
    log(
      'dist/renderer/index.html is not built yet (npm run build:renderer); its CSP meta tag will be added on the next build.',
    );
    return;
  }
  const policy = await loadContentSecurityPolicy();
  const html = readFileSync(indexFile, 'utf8');
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  if (html.includes(tag)) return;
  const withTag = html.replace(/<head([^>]*)>/i, (head) => `${head}\n    ${tag}`);
  if (withTag === html) throw new Error(`${indexFile} has no <head>: cannot add the Content Security Policy.`);
  writeFileSync(indexFile, withTag);
}

// `node scripts/build-electron.mjs --serve` (npm run build:serve): only what `npm run serve` runs under Node.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  (process.argv.includes('--serve') ? buildServeBundles() : buildElectron()).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
