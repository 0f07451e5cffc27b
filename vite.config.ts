import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is one static app: Electron loads it from disk, browser mode serves it over HTTP.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true },
});
