import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

interface NativeTools {
  addonAbi(file: string): string | undefined;
  electronAbi(): string | undefined;
}
const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const tools = (await import(pathToFileURL(join(repoRoot, 'scripts', 'electron-native.mjs')).href)) as NativeTools;

describe('native binding ABI check', () => {
  it("reads the ABI an addon was built for: node_modules' better-sqlite3 is Node's", () => {
    const nodeBuild = join(repoRoot, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    expect(tools.addonAbi(nodeBuild)).toBe(process.versions.modules);
  });

  it("knows Electron's ABI, which differs from Node's, so a Node build is never taken for Electron's", () => {
    const abi = tools.electronAbi();
    expect(abi).toMatch(/^\d+$/);
    expect(abi).not.toBe(process.versions.modules);
  });
});
