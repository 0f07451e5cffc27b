import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/**
 * Writes every character beyond ASCII as a \u escape: a host page may load widget.js without a charset (its own page
 * in windows-1252, a server without `charset=utf-8`), and the Arabic or Japanese texts must survive either.
 */
function asciiOnly(): Plugin {
  return {
    name: 'widget-ascii-only',
    // After minification, which would write the escapes back as characters.
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle))
        if (file.type === 'chunk')
          file.code = file.code.replace(
            /[\u0080-\uffff]/g,
            (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
          );
    },
  };
}

/** Writes widget.js.gz beside widget.js and prints both sizes (the goal: under 60 KB gzip). */
function gzipAndReport(): Plugin {
  return {
    name: 'widget-gzip-size',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const bytes = Buffer.from(file.code);
        const gzipped = gzipSync(bytes, { level: 9 });
        this.emitFile({ type: 'asset', fileName: `${file.fileName}.gz`, source: gzipped });
        const kb = (bytes: number) => (bytes / 1024).toFixed(1);
        console.log(`${file.fileName}: ${kb(bytes.length)} KB, ${kb(gzipped.length)} KB gzip (goal < 60 KB gzip)`);
      }
    },
  };
}

// The chat widget (widget/): one self-contained IIFE, dist/widget/widget.js, which the queue serves at /widget.js.
// Library mode wants a name for an IIFE; main.ts exports nothing, so no global of that name is made.
export default defineConfig({
  publicDir: false,
  plugins: [asciiOnly(), gzipAndReport()],
  build: {
    outDir: 'dist/widget',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2020',
    lib: { entry: 'widget/main.ts', formats: ['iife'], name: 'SwitchboardWidgetScript', fileName: () => 'widget.js' },
  },
});
