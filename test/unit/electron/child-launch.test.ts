import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { AUTOPILOT_BUNDLE } from '../../../autopilot/autopilot-process.js';
import { staleness } from '../../../lib/bundle-freshness.mjs';
import { planChildLaunch, realDirectoryOf, startChildService } from '../../../lib/child-service.js';
import { QUEUE_BUNDLE } from '../../../lib/embedded-queue.js';

const base = {
  appRoot: '/repo',
  entry: join('server', 'cli.ts'),
  bundle: QUEUE_BUNDLE,
  args: ['--port', '0'],
  execPath: '/usr/bin/node',
  electronVersion: undefined,
  env: { PATH: '/usr/bin', SWITCHBOARD_NATIVE_BINDING: '/x/electron-abi.node' },
  fileExists: () => true,
  staleness: () => 'server/cli.ts changed',
};

describe('how a child service is launched', () => {
  it('runs the TypeScript entry through tsx under Node when the bundle is not built from the sources as they are', () => {
    const launch = planChildLaunch(base);
    expect(launch.mode).toBe('source');
    expect(launch.staleBundle).toBe('server/cli.ts changed');
    expect(launch.command).toBe('node');
    expect(launch.args).toEqual([
      '--import',
      'tsx',
      join('/repo', 'server', 'cli.ts'),
      '--port',
      '0',
      '--stop-with-stdin',
    ]);
    expect(launch.cwd).toBe('/repo');
    // Node's children use node_modules' own build, never the Electron one.
    expect(launch.env.SWITCHBOARD_NATIVE_BINDING).toBeUndefined();
    expect(planChildLaunch({ ...base, env: { SWITCHBOARD_NODE: '/opt/node' } }).command).toBe('/opt/node');
  });

  it("runs the bundle with Electron's own binary as Node inside Electron, passing the Electron-ABI binding", () => {
    const launch = planChildLaunch({ ...base, execPath: '/opt/Switchboard/switchboard', electronVersion: '45.5.0' });
    expect(launch.mode).toBe('bundle');
    expect(launch.command).toBe('/opt/Switchboard/switchboard');
    expect(launch.args).toEqual([join('/repo', QUEUE_BUNDLE), '--port', '0', '--stop-with-stdin']);
    expect(launch.env.ELECTRON_RUN_AS_NODE).toBe('1');
    expect(launch.env.SWITCHBOARD_NATIVE_BINDING).toBe('/x/electron-abi.node');
  });

  it('runs from the folder holding app.asar in a packaged app (an archive is not a folder)', () => {
    const appRoot = '/opt/Switchboard/resources/app.asar';
    const launch = planChildLaunch({ ...base, appRoot, bundle: AUTOPILOT_BUNDLE, electronVersion: '45.5.0' });
    expect(launch.cwd).toBe('/opt/Switchboard/resources');
    expect(launch.args[0]).toBe(join(appRoot, AUTOPILOT_BUNDLE));
    expect(realDirectoryOf('/repo')).toBe('/repo');
    expect(realDirectoryOf('/a/app.asar/dist')).toBe('/a');
  });

  it('says how to build a missing bundle instead of starting nothing', () => {
    expect(() => planChildLaunch({ ...base, electronVersion: '45.5.0', fileExists: () => false })).toThrow(
      /npm run build:electron/,
    );
    expect(() => planChildLaunch({ ...base, electronVersion: '45.5.0', bundle: undefined })).toThrow(
      /cannot run without tsx/,
    );
  });

  it('runs a fresh bundle with this Node (no TypeScript transform at start), unless the sources are asked for', () => {
    const launch = planChildLaunch({ ...base, staleness: () => null });
    expect(launch.mode).toBe('bundle');
    expect(launch.command).toBe('/usr/bin/node');
    expect(launch.args).toEqual([join('/repo', QUEUE_BUNDLE), '--port', '0', '--stop-with-stdin']);
    expect(launch.env.SWITCHBOARD_NATIVE_BINDING).toBeUndefined();
    const source = planChildLaunch({ ...base, staleness: () => null, env: { SWITCHBOARD_CHILD_RUNNER: 'source' } });
    expect(source.mode).toBe('source');
    expect(source.staleBundle).toBeUndefined(); // asked for, not stale: nothing to warn about
    expect(planChildLaunch({ ...base, bundle: undefined }).mode).toBe('source');
  });

  it('can run the bundle under Node on request, without the Electron binding', () => {
    const launch = planChildLaunch({ ...base, env: { ...base.env, SWITCHBOARD_CHILD_RUNNER: 'bundle' } });
    expect(launch.mode).toBe('bundle');
    expect(launch.command).toBe('/usr/bin/node');
    expect(launch.env.SWITCHBOARD_NATIVE_BINDING).toBeUndefined();
  });
});

interface BuildTools {
  buildChildBundles(options: { outdir: string }): Promise<void>;
  wrapTopLevelAwait(source: string, file?: string): string;
}
const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const build = (await import(pathToFileURL(join(repoRoot, 'scripts', 'build-electron.mjs')).href)) as BuildTools;

describe('the child-process bundles', () => {
  const appRoot = mkdtempSync(join(tmpdir(), 'switchboard-bundles-'));
  afterAll(() => rmSync(appRoot, { recursive: true, force: true }));

  it('wraps top-level await after the imports, which CommonJS cannot have', () => {
    const source = "import { a } from './a.js';\nimport {\n  b,\n} from './b.js';\n\nconst x = await a();\nb(x);\n";
    const wrapped = build.wrapTopLevelAwait(source);
    expect(wrapped.startsWith("import { a } from './a.js';\nimport {\n  b,\n} from './b.js';\n(async () => {\n")).toBe(
      true,
    );
    expect(wrapped).toContain('const x = await a();');
    expect(wrapped).toMatch(/\}\)\(\)\.catch\(/);
    expect(() => build.wrapTopLevelAwait("import './a.js';\nexport const y = 1;\n")).toThrow(/exports/);
    // A file's leading doc comment stays outside the wrapper with the imports (the eval CLI starts with one).
    const documented = build.wrapTopLevelAwait("/**\n * The CLI.\n */\nimport { a } from './a.js';\nawait a();\n");
    expect(documented.startsWith("/**\n * The CLI.\n */\nimport { a } from './a.js';\n(async () => {\n")).toBe(true);
  });

  it('runs the bundled queue as a child service that answers HTTP and stops cleanly', async () => {
    // The layout of a packaged app: its package.json, the bundles in dist/electron, the external modules in
    // node_modules and the demo tenants' seed in resources (the queue seeds them when it writes a tokens file).
    await build.buildChildBundles({ outdir: join(appRoot, 'dist', 'electron') });
    // Each bundle records the sources it was built from: fresh as built, so `npm run serve` would run it.
    const built = join(appRoot, QUEUE_BUNDLE);
    expect(staleness(repoRoot, built)).toBeNull();
    const record = (JSON.parse(readFileSync(`${built}.inputs.json`, 'utf8')) as { files: object }).files;
    expect(Object.keys(record)).toEqual(
      expect.arrayContaining(['server/cli.ts', 'package-lock.json', 'scripts/build-electron.mjs']),
    );
    writeFileSync(join(appRoot, 'package.json'), JSON.stringify({ name: 'switchboard-packaged', private: true }));
    symlinkSync(join(repoRoot, 'node_modules'), join(appRoot, 'node_modules'), 'dir');
    symlinkSync(join(repoRoot, 'resources'), join(appRoot, 'resources'), 'dir');
    process.env.SWITCHBOARD_CHILD_RUNNER = 'bundle';
    try {
      const service = await startChildService({
        appRoot,
        entry: join('server', 'cli.ts'),
        bundle: QUEUE_BUNDLE,
        args: ['--db', join(appRoot, 'queue.sqlite'), '--port', '0', '--tokens-file', join(appRoot, 'tokens.json')],
        ready: /^Queue: (http:\/\/\S+)/,
        name: 'bundled queue',
      });
      const response = await fetch(`${service.readyLine[1]}/v1/tickets`);
      expect(response.status).toBe(401); // up, and asking for a token
      await service.stop();
      expect(service.child.exitCode !== null || service.child.signalCode !== null).toBe(true);
    } finally {
      delete process.env.SWITCHBOARD_CHILD_RUNNER;
    }
  });
});
