// @ts-check
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';

/** `import.meta.glob('./*.ts', { eager: true, import: 'default' })`, with or without a type argument. */
const GLOB_CALL =
  /import\.meta\.glob(?:<[^>()]*>)?\(\s*'(\.\/[^'/]+)'\s*,\s*\{\s*eager:\s*true,\s*import:\s*'default',?\s*\}\s*\)/g;
const ANY_GLOB_CALL = /import\.meta\.glob\s*[<(]/;

/** The files of `dir` whose names match `pattern` ('./*.ts'), the importer left out as Vite does. */
export function globFiles(dir, pattern, importer) {
  const name = new RegExp(
    `^${pattern
      .slice(2)
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]*')}$`,
  );
  return readdirSync(dir)
    .filter((file) => name.test(file) && file !== importer)
    .sort();
}

/**
 * Vite's eager `import.meta.glob` for esbuild, which has none: each call becomes an object of the matching
 * files' default exports, keyed like Vite's ('./de.ts'). Only the form the string namespaces use (a pattern in
 * the file's own folder, eager, default imports) is understood; any other call stops the build.
 */
export function expandImportGlobs(source, file) {
  const imports = [];
  const expanded = source.replace(GLOB_CALL, (_call, pattern) => {
    const entries = globFiles(dirname(file), pattern, basename(file)).map((name) => {
      const binding = `__glob_${imports.length}`;
      imports.push(`import ${binding} from './${name}';`);
      return `${JSON.stringify(`./${name}`)}: ${binding}`;
    });
    return `{ ${entries.join(', ')} }`;
  });
  if (ANY_GLOB_CALL.test(expanded))
    throw new Error(
      `${file}: only import.meta.glob('./<pattern>', { eager: true, import: 'default' }) can be bundled.`,
    );
  return [...imports, expanded].join('\n');
}

/** @type {import('esbuild').Plugin} */
export const importGlobPlugin = {
  name: 'import-meta-glob',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!ANY_GLOB_CALL.test(source)) return undefined;
      return { contents: expandImportGlobs(source, args.path), loader: 'ts' };
    });
  },
};
