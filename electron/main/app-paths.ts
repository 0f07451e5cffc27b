import { join } from 'node:path';

export interface AppPaths {
  preloadPath: string;
  rendererDir: string;
  rendererIndex: string;
  resourcesDir: string;
  /** better_sqlite3.node built for Electron's ABI, when one is known. */
  nativeBinding: string | undefined;
}

export interface AppPathsInput {
  /** The folder of the bundled main script (dist/electron). */
  bundleDir: string;
  /** app.getAppPath(): the repository root in development, app.asar when packaged. */
  appPath: string;
  isPackaged: boolean;
  /** process.resourcesPath: where electron-builder's extraResources land. */
  resourcesPath: string;
  nativeBindingFromEnv: string | undefined;
  fileExists: (path: string) => boolean;
}

export function resolveAppPaths(input: AppPathsInput): AppPaths {
  const rendererDir = join(input.bundleDir, '..', 'renderer');
  const packagedBinding = join(input.resourcesPath, 'native', 'better_sqlite3.node');
  let nativeBinding = input.nativeBindingFromEnv || undefined;
  if (!nativeBinding && input.isPackaged && input.fileExists(packagedBinding)) nativeBinding = packagedBinding;
  return {
    preloadPath: join(input.bundleDir, 'preload.cjs'),
    rendererDir,
    rendererIndex: join(rendererDir, 'index.html'),
    resourcesDir: join(input.appPath, 'resources'),
    nativeBinding,
  };
}
