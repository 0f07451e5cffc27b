import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is one static app: Electron loads it from disk, browser mode serves it over HTTP.
// No source maps: they would ship in the app and be served by the browser-mode host (3 MB of source).
// For reading a CPU profile against the sources, build once with `npx vite build --sourcemap`.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: false },
});
