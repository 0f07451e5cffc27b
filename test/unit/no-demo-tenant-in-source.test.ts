import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESOURCES_DIR, REPO_ROOT } from '../../lib/paths.js';
import { seedTenantIds } from '../../lib/tenant-config.js';
// @ts-expect-error: a JavaScript module without types (scripts/ is plain ESM)
import { LAYERS } from '../../scripts/eslint-layers.mjs';

/**
 * Issue 22: "no source file names a demo tenant outside seed and test code". A tenant comes from the token
 * (GET /v1/whoami), an argument, or the seed folder list (resources/tenants/), never from a quoted id in the code.
 */

/** Where the source lives: every layer of the import table, and the benchmarks and build scripts beside them. */
const SOURCE_FOLDERS = [...Object.keys(LAYERS as Record<string, string[]>), 'bench', 'scripts'];
const SOURCE_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;

/** Seed and demo code, which names its tenant by design: the one place such files are listed. */
const SEED_AND_DEMO_FILES = new Set<string>([
  // The retail demo shop's own API (a tenant's system, not Switchboard): its data is that tenant's seed folder.
  'examples/retail-api/retail-api-server.ts',
]);

function sourceFiles(folder: string): string[] {
  const dir = join(REPO_ROOT, folder);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE_FILE.test(entry.name))
    .map((entry) => relative(REPO_ROOT, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((file) => !file.includes('/node_modules/'));
}

/** The lines (1-based) of `text` that hold one of `tenantIds` as a whole quoted string: 'x', "x" or `x`. */
function quotedTenantLines(text: string, tenantIds: readonly string[]): number[] {
  const ids = tenantIds.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const quoted = new RegExp(`(['"\`])(${ids})\\1`);
  return text.split('\n').flatMap((line, i) => (quoted.test(line) ? [i + 1] : []));
}

describe('source files name no demo tenant', () => {
  const tenantIds = seedTenantIds(RESOURCES_DIR);
  const files = [...new Set(SOURCE_FOLDERS.flatMap(sourceFiles))].filter((file) => !SEED_AND_DEMO_FILES.has(file));

  it('reads the demo tenants from the seed folders, finds the source files, and finds a quoted id in any quotes', () => {
    expect(tenantIds.length).toBeGreaterThanOrEqual(2);
    expect(files.length).toBeGreaterThan(300);
    const [first = '', second = ''] = tenantIds;
    const sample = [`a = '${first}';`, `b = "${second}"`, 'c = `' + first + '`', `d = '${first}-x'`, `// ${first}`];
    expect(quotedTenantLines(sample.join('\n'), tenantIds)).toEqual([1, 2, 3]);
  });

  it('no quoted demo tenant id outside seed and test code', () => {
    const mentions = files.flatMap((file) => {
      const text = readFileSync(join(REPO_ROOT, file), 'utf8');
      const lines = text.split('\n');
      return quotedTenantLines(text, tenantIds).map((n) => `${file}:${n}: ${lines[n - 1]?.trim()}`);
    });
    expect(mentions).toEqual([]);
  });
});
