#!/usr/bin/env node
// Bundles the Electron shell with esbuild:
//   electron/main/main.ts       -> dist/electron/main.cjs     (main process; electron/core and shared inlined)
//   electron/preload/preload.ts -> dist/electron/preload.cjs  (sandboxed preloads must be one CommonJS file)
// and writes the app's Content Security Policy into the built renderer's index.html as a meta tag,
// because pages loaded from file:// get no response headers to carry it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'electron');

/** Loaded at run time from node_modules: Electron itself, and native modules that cannot be bundled. */
const EXTERNALS = ['electron', 'better-sqlite3'];

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

export async function buildElectron({ log = console.log } = {}) {
  await esbuild.build({
    ...common,
    entryPoints: { main: 'electron/main/main.ts' },
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    external: EXTERNALS,
    banner: { js: importMetaShim },
    define: {
      'import.meta.url': '__switchboard_import_meta_url',
      'import.meta.dirname': '__switchboard_import_meta_dirname',
      'import.meta.filename': '__switchboard_import_meta_filename',
    },
  });
  await esbuild.build({
    ...common,
    // The sandboxed preload runs in a Chromium renderer with a tiny require(): only 'electron' resolves.
    platform: 'browser',
    target: 'chrome130',
    entryPoints: { preload: 'electron/preload/preload.ts' },
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    external: ['electron'],
  });
  log(`Electron bundle written to ${join('dist', 'electron')} (main.cjs, preload.cjs).`);
  await writeCspIntoRenderer(log);
}

async function loadContentSecurityPolicy() {
  const result = await esbuild.build({
    entryPoints: [join(root, 'electron/main/content-security-policy.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'warning',
  });
  const source = result.outputFiles[0].text;
  const module = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  return module.META_CONTENT_SECURITY_POLICY;
}

async function writeCspIntoRenderer(log) {
  const indexFile = join(root, 'dist', 'renderer', 'index.html');
  if (!existsSync(indexFile)) {
    log('dist/renderer/index.html is not built yet (npm run build:renderer); its CSP meta tag will be added on the next build.');
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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildElectron().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
