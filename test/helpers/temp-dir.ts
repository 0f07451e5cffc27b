import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

/** For a describe block (or file): a fresh temp dir named `prefix…` before each test, removed after it. */
export function tempDirForEachTest(prefix: string): () => string {
  return tempDirAround(beforeEach, afterEach, prefix);
}

/** For a describe block (or file): one temp dir named `prefix…` made before its tests, removed after them. */
export function tempDirForAllTests(prefix: string): () => string {
  return tempDirAround(beforeAll, afterAll, prefix);
}

function tempDirAround(before: (hook: () => void) => void, after: (hook: () => void) => void, prefix: string) {
  let dir: string | null = null;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });
  return (): string => {
    if (!dir) throw new Error('The temp dir exists only inside a test.');
    return dir;
  };
}
