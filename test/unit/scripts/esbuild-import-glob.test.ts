import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import desktopStrings from '../../../shared/desktop/locales/index.js';

interface ImportGlobTools {
  importGlobPlugin: esbuild.Plugin;
  expandImportGlobs(source: string, file: string): string;
}
interface BuildTools {
  importBundled(entryPoint: string, plugins: esbuild.Plugin[]): Promise<{ default: typeof desktopStrings }>;
}

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const tools = (await import(
  pathToFileURL(join(repoRoot, 'scripts', 'esbuild-import-glob.mjs')).href
)) as ImportGlobTools;
const build = (await import(pathToFileURL(join(repoRoot, 'scripts', 'build-electron.mjs')).href)) as BuildTools;

describe("import.meta.glob in the main process's bundle", () => {
  it('finds the same catalogs as Vite does for the tests and the console', async () => {
    const bundled = await build.importBundled('shared/desktop/locales/index.ts', [tools.importGlobPlugin]);
    expect(Object.keys(bundled.default.catalogs).length).toBeGreaterThan(1);
    expect(bundled.default).toEqual(desktopStrings);
  });

  it('stops the build at a glob it cannot expand rather than leave it to fail at run time', () => {
    const file = join(repoRoot, 'shared/desktop/locales/index.ts');
    expect(() => tools.expandImportGlobs("export default import.meta.glob('./*.ts');", file)).toThrow(
      /only import\.meta\.glob/,
    );
    expect(() =>
      tools.expandImportGlobs(
        "export default import.meta.glob('../**/*.ts', { eager: true, import: 'default' });",
        file,
      ),
    ).toThrow(/only import\.meta\.glob/);
  });
});
