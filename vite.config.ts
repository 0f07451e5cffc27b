import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { forgetBuildInputs, recordBuildInputs } from './lib/bundle-freshness.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('dist/renderer', import.meta.url));

/**
 * Records the files the renderer was built from (lib/bundle-freshness.mjs), so `npm run serve` rebuilds it only
 * when one of them changed (electron/core/cli/renderer-build.ts).
 */
function recordRendererInputs(): Plugin {
  const inputs = new Set<string>();
  return {
    name: 'record-renderer-inputs',
    apply: 'build',
    buildStart: () => forgetBuildInputs(outDir),
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle))
        if (file.type === 'chunk') file.moduleIds.forEach((id) => inputs.add(id));
    },
    closeBundle: () =>
      recordBuildInputs({ root, output: outDir, inputs, recipe: ['vite.config.ts', 'renderer/index.html'] }),
  };
}

// The renderer is one static app: Electron loads it from disk, browser mode serves it over HTTP.
// No source maps: they would ship in the app and be served by the browser-mode host (3 MB of source).
// For reading a CPU profile against the sources, build once with `npx vite build --sourcemap`.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), recordRendererInputs()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: false },
});
