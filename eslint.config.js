// @ts-check
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

/**
 * Import directions of DESIGN.md, enforced here:
 *   shared            imports nothing of the others (and no Node or Electron: it runs in the renderer too)
 *   electron/core     imports shared; never 'electron'
 *   electron/main     imports electron/core and shared
 *   electron/preload  imports shared (types and constants) and 'electron' only
 *   renderer          imports shared only; reaches the core through the preload API
 *   server            imports shared only
 */
const layer = (regex, message) => ({ regex, message });
const toElectronCore = layer(
  '(^|/)electron/core(/|$)|^(\\.\\./)+core(/|$)',
  'This layer may not import electron/core.',
);
const toElectronMain = layer(
  '(^|/)electron/main(/|$)|^(\\.\\./)+main(/|$)',
  'Only the Electron shell lives in electron/main; nothing imports it.',
);
const toPreload = layer('(^|/)preload(/|$)', 'Nothing imports the preload script.');
const toElectronAny = layer('(^|/)electron/', 'This layer may not import from electron/.');
const toServer = layer('(^|/)server(/|$)', 'Only the queue service lives in server/; other layers reach it over HTTP.');
const toRenderer = layer('(^|/)renderer(/|$)', 'The renderer is imported by nobody.');
const electronModule = layer('^electron(/|$)', "Only electron/main and electron/preload may import 'electron'.");
const nodeBuiltins = layer(
  `^(node:|(${builtinModules.join('|')})(/|$))`,
  'This layer runs in the renderer too: no Node built-ins.',
);
const nativeModules = layer('^better-sqlite3$', 'Native modules belong to electron/core and server.');

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'test-results/**', '.data/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**'],
    rules: restrict(toElectronAny, toServer, toRenderer, electronModule, nodeBuiltins, nativeModules),
  },
  { files: ['electron/core/**'], rules: restrict(toElectronMain, toPreload, toServer, toRenderer, electronModule) },
  { files: ['electron/main/**'], rules: restrict(toPreload, toServer, toRenderer) },
  {
    files: ['electron/preload/**'],
    rules: restrict(toElectronCore, toElectronMain, toServer, toRenderer, nativeModules),
  },
  { files: ['renderer/**'], rules: restrict(toElectronAny, toServer, electronModule, nodeBuiltins, nativeModules) },
  { files: ['server/**'], rules: restrict(toElectronAny, toRenderer, electronModule) },
);
