import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { CONSOLE_IPC_CALL, consoleMethods } from '../../../shared/api/console-contract.js';

interface BuildTools {
  buildPreload(options: { outdir: string }): Promise<void>;
}

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const build = (await import(pathToFileURL(join(repoRoot, 'scripts', 'build-electron.mjs')).href)) as BuildTools;
const outdir = mkdtempSync(join(tmpdir(), 'switchboard-preload-'));
await build.buildPreload({ outdir });
const bundle = join(outdir, 'preload.cjs');

/** Runs the built preload as the sandbox would, with an Electron that records what it exposes and invokes. */
function runBundle() {
  const exposed = new Map<string, Record<string, (...args: unknown[]) => unknown>>();
  const invoked: unknown[][] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: never) => exposed.set(key, value) },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => (invoked.push(args), { ok: true, value: null }),
      on: () => undefined,
      removeListener: () => undefined,
    },
  };
  const module = { exports: {} };
  runInNewContext(readFileSync(bundle, 'utf8'), {
    require: (name: string) => {
      if (name !== 'electron') throw new Error(`The sandboxed preload cannot require ${name}.`);
      return electron;
    },
    module,
    exports: module.exports,
    process: { argv: [] },
  });
  return { exposed, invoked };
}

describe('the built preload bundle', () => {
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('has every contract method, named at build time, without the schemas (a few kilobytes)', async () => {
    const { exposed, invoked } = runBundle();
    const api = exposed.get('switchboard') ?? {};
    expect(Object.keys(api).sort()).toEqual([...Object.keys(consoleMethods), 'subscribe', 'onMenuCommand'].sort());
    await api.markRead?.({ ticketId: 't-1' });
    expect(invoked).toEqual([[CONSOLE_IPC_CALL, 'markRead', { ticketId: 't-1' }]]);
    expect(statSync(bundle).size).toBeLessThan(20_000);
  });
});
