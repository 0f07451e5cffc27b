import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPaths } from '../../../electron/main/app-paths.js';

const base = {
  bundleDir: join('/repo', 'dist', 'electron'),
  appPath: '/repo',
  isPackaged: false,
  resourcesPath: '/electron/resources',
  nativeBindingFromEnv: undefined,
  fileExists: () => true,
};

describe('app paths', () => {
  it('finds the preload, the built renderer and resources next to the bundle', () => {
    const paths = resolveAppPaths(base);
    expect(paths.preloadPath).toBe(join('/repo', 'dist', 'electron', 'preload.cjs'));
    expect(paths.rendererIndex).toBe(join('/repo', 'dist', 'renderer', 'index.html'));
    expect(paths.rendererDir).toBe(join('/repo', 'dist', 'renderer'));
    expect(paths.resourcesDir).toBe(join('/repo', 'resources'));
    expect(paths.nativeBinding).toBeUndefined();
  });

  it('uses the binding npm start built, or the packaged one', () => {
    expect(resolveAppPaths({ ...base, nativeBindingFromEnv: '/x/better_sqlite3.node' }).nativeBinding).toBe(
      '/x/better_sqlite3.node',
    );
    expect(resolveAppPaths({ ...base, isPackaged: true }).nativeBinding).toBe(
      join('/electron/resources', 'native', 'better_sqlite3.node'),
    );
    expect(resolveAppPaths({ ...base, isPackaged: true, fileExists: () => false }).nativeBinding).toBeUndefined();
  });
});
