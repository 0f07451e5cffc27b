import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownInputs, recordBuildInputs, staleness } from '../../../lib/bundle-freshness.mjs';
import { tempDirForEachTest } from '../../helpers/temp-dir.js';

describe('when a build stands in for its sources', () => {
  const dir = tempDirForEachTest('switchboard-freshness-');

  /** A project with two sources, a lock file and a build recipe, built into out.cjs from both sources. */
  function builtProject(): { root: string; output: string } {
    const root = dir();
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src', 'a.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'src', 'b.ts'), 'export const b = 2;\n');
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
    writeFileSync(join(root, 'build.mjs'), '// the recipe\n');
    const output = join(root, 'out.cjs');
    writeFileSync(output, 'bundled');
    recordBuildInputs({ root, output, inputs: ['src/a.ts', join(root, 'src', 'b.ts')], recipe: ['build.mjs'] });
    return { root, output };
  }

  it('is fresh while every recorded file is unchanged, even when only its time changed', () => {
    const { root, output } = builtProject();
    expect(staleness(root, output)).toBeNull();
    // A checkout or a save without a change touches the file: its content decides.
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'src', 'a.ts'), later, later);
    expect(staleness(root, output)).toBeNull();
  });

  it('is stale once a source, the lock file or the recipe changed or went, and says which', () => {
    for (const [file, change] of [
      ['src/b.ts', 'export const b = 3;\n'], // same size, another content
      ['package-lock.json', '{"lockfileVersion":3,"packages":{}}\n'],
      ['build.mjs', '// another recipe\n'],
    ] as const) {
      const { root, output } = builtProject();
      writeFileSync(join(root, file), change);
      expect(staleness(root, output)).toBe(`${file} changed`);
      rmSync(root, { recursive: true });
      mkdirSync(root);
    }
    const { root, output } = builtProject();
    rmSync(join(root, 'src', 'a.ts'));
    expect(staleness(root, output)).toBe('src/a.ts is gone');
  });

  it('is stale without its output or without a record of its inputs', () => {
    const { root, output } = builtProject();
    rmSync(`${output}.inputs.json`);
    expect(staleness(root, output)).toBe('out.cjs has no record of what it was built from');
    rmSync(output);
    expect(staleness(root, output)).toBe('out.cjs is not built');
  });

  it("records the project's own files: not node_modules (the lock file stands for it), virtual modules or outsiders", () => {
    const { root } = builtProject();
    mkdirSync(join(root, 'node_modules', 'dep'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'dep', 'index.js'), '');
    const inputs = ['src/a.ts', 'node_modules/dep/index.js', 'sqlite-shim:better-sqlite3', '\0vite/preload', '../x.ts'];
    expect(ownInputs(root, inputs)).toEqual(['src/a.ts']);
  });
});
