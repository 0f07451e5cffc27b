// @ts-check
import { dirname, join, relative, sep } from 'node:path';

/**
 * The project's folders and which of them each may import: ARCHITECTURE.md's "Import directions", as data.
 * A relative import is resolved against the importing file; where it lands decides. A folder always
 * imports itself. Imports that land outside every layer (resources/, package.json) are not checked here.
 */
export const LAYERS = {
  shared: [],
  lib: ['shared'],
  engine: ['shared', 'lib'],
  // The retail demo's API (examples/retail-api) is what `npm run eval -- tau` runs the model's tools against.
  evals: ['shared', 'lib', 'engine', 'examples'],
  autopilot: ['shared', 'lib', 'engine'],
  channels: ['shared', 'lib'],
  server: ['shared', 'lib', 'channels'],
  'electron/core': ['shared', 'lib', 'engine', 'evals', 'autopilot', 'examples'],
  'electron/main': ['shared', 'lib', 'engine', 'evals', 'autopilot', 'electron/core'],
  'electron/preload': ['shared'],
  renderer: ['shared'],
  widget: ['shared'],
  // README's example adapters: the signature scheme and the contracts, nothing of the queue.
  examples: ['shared', 'lib'],
};

/** The layer a repository-relative path belongs to (the longest folder prefix), or undefined. */
export function layerOf(path) {
  const posixPath = path.split(sep).join('/');
  let found;
  for (const layer of Object.keys(LAYERS)) {
    if ((posixPath === layer || posixPath.startsWith(`${layer}/`)) && (!found || layer.length > found.length))
      found = layer;
  }
  return found;
}

/** @type {import('eslint').Rule.RuleModule} */
const importDirections = {
  meta: { type: 'problem', schema: [], messages: { forbidden: '{{from}} may not import {{to}} ({{spec}}).' } },
  create(context) {
    const file = relative(context.cwd, context.filename);
    const from = layerOf(file);
    if (!from) return {};
    /** @param {any} node */
    const check = (node) => {
      const spec = node?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = layerOf(relative(context.cwd, join(dirname(context.filename), spec)));
      if (!to || to === from || LAYERS[from].includes(to)) return;
      context.report({ node, messageId: 'forbidden', data: { from, to, spec } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export const layersPlugin = { rules: { 'import-directions': importDirections } };
