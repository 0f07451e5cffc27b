// @ts-check
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import { layersPlugin } from './scripts/eslint-layers.mjs';

/**
 * Import directions (ARCHITECTURE.md, "Import directions"). Which folder may import which folder is LAYERS in
 * scripts/eslint-layers.mjs, checked by its rule layers/import-directions. The patterns below forbid what is
 * not a folder of the project: the 'electron' module, Node built-ins and native modules.
 */
const layer = (regex, message) => ({ regex, message });
const electronModule = layer('^electron(/|$)', "Only electron/main and electron/preload may import 'electron'.");
const nodeBuiltins = layer(
  `^(node:|(${builtinModules.join('|')})(/|$))`,
  'This layer runs in the renderer too: no Node built-ins.',
);
const nativeModules = layer('^better-sqlite3$', 'Native modules belong to the Node side (server, lib, electron/core).');

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'test-results/**', '.data/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/import-directions': 'error' },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['shared/**', 'renderer/**'], rules: restrict(electronModule, nodeBuiltins, nativeModules) },
  {
    files: ['lib/**', 'engine/**', 'evals/**', 'autopilot/**', 'channels/**', 'server/**', 'electron/core/**'],
    rules: restrict(electronModule),
  },
  { files: ['electron/preload/**'], rules: restrict(nativeModules) },
  {
    // widget.js runs on other sites' pages and is sent to every visitor: no Node, and no zod at run time (its size);
    // the contract's schemas are for the queue, the widget imports their types only (shared/api/widget-constants.ts
    // holds its values).
    files: ['widget/**'],
    rules: {
      ...restrict(electronModule, nodeBuiltins, nativeModules),
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^zod$', message: 'widget.js stays small: no zod at run time.' },
            {
              regex: '/widget-contract\\.js$',
              message: 'Import the widget contract as types only (values: widget-constants.ts).',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
);
