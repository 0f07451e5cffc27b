import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleMethods } from '../../shared/api/console-contract.js';
import { waitOnline } from '../helpers/console-page.js';

/**
 * Opens the real desktop app and checks from inside the page that the renderer is isolated: no Node,
 * no ipcRenderer, only window.switchboard. Needs the Electron binary, which `npm install` downloads
 * from GitHub; where it is missing the test is skipped and says so.
 */
interface ElectronTools {
  repoRoot: string;
  findElectronBinary(): { found: true; path: string } | { found: false; reason: string };
  ensureElectronNativeBinding(options?: { log?: (line: string) => void }): string;
}
interface BuildTools {
  buildElectron(options?: { log?: (line: string) => void }): Promise<void>;
}

const repoRoot = resolve(import.meta.dirname, '..', '..');
const tools = (await import(pathToFileURL(join(repoRoot, 'scripts', 'electron-native.mjs')).href)) as ElectronTools;
const binary = tools.findElectronBinary();
const hasElectronBinary = binary.found;
if (!binary.found) {
  console.log(
    `Skipping the Electron end-to-end test: ${binary.reason}. It runs where the Electron binary is installed.`,
  );
}

describe('Electron shell', () => {
  let app: ElectronApplication | undefined;
  let page: Page;
  let userData: string;

  beforeAll(async () => {
    if (!binary.found) return;
    const vite = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
    if (vite.status !== 0) throw new Error('vite build failed');
    const build = (await import(pathToFileURL(join(repoRoot, 'scripts', 'build-electron.mjs')).href)) as BuildTools;
    await build.buildElectron();
    const nativeBinding = tools.ensureElectronNativeBinding();
    userData = mkdtempSync(join(tmpdir(), 'switchboard-electron-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env))
      if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
    app = await _electron.launch({
      executablePath: binary.path,
      args: [repoRoot],
      cwd: repoRoot,
      env: { ...env, SWITCHBOARD_NATIVE_BINDING: nativeBinding, SWITCHBOARD_USER_DATA: userData },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  it.skipIf(!hasElectronBinary)('gives the renderer no Node, no ipcRenderer, only window.switchboard', async () => {
    const reach = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      const api = scope.switchboard as Record<string, unknown> | undefined;
      return {
        require: typeof scope.require,
        process: typeof scope.process,
        module: typeof scope.module,
        Buffer: typeof scope.Buffer,
        ipcRenderer: typeof scope.ipcRenderer,
        electron: typeof scope.electron,
        switchboard: api ? Object.keys(api).sort() : null,
      };
    });
    expect(reach).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      Buffer: 'undefined',
      ipcRenderer: 'undefined',
      electron: 'undefined',
      switchboard: [...Object.keys(consoleMethods), 'subscribe'].sort(),
    });
  });

  it.skipIf(!hasElectronBinary)('answers the console API over IPC and refuses bad input', async () => {
    const results = await page.evaluate(async () => {
      const api = (globalThis as Record<string, unknown>).switchboard as Record<
        string,
        (input: unknown) => Promise<{ ok: boolean; error?: { code: string } }>
      >;
      const status = await api.getStatus?.({});
      const bad = await api.getTicket?.({ ticketId: '' });
      return { status: status?.ok, bad: bad?.error?.code };
    });
    expect(results).toEqual({ status: true, bad: 'validation_failed' });
  });

  it.skipIf(!hasElectronBinary)(
    'works one escalated ticket: opens it from the inbox, replies and resolves it',
    async () => {
      await waitOnline(page, 60_000);
      await page.getByTestId('nav-inbox').click();
      // The embedded queue is seeded with the demo tenant; the autopilot (training its model on the
      // first run) escalates the tickets it cannot answer.
      const row = page.locator('[data-testid="inbox-item"]').first();
      await row.waitFor({ timeout: 150_000 });
      const ticketId = await row.getAttribute('data-ticket-id');
      expect(ticketId).toBeTruthy();
      await row.click();
      const view = page.getByTestId('ticket-view');
      await expect.poll(() => view.getByTestId('escalation-reason').innerText()).not.toBe('');
      const reply = 'Thank you for waiting; I have sorted this out for you.';
      await view.getByTestId('reply-editor').fill(reply);
      await view.getByTestId('send-resolve-button').click();
      await expect
        .poll(() => page.locator(`[data-testid="inbox-item"][data-ticket-id="${ticketId}"]`).count(), {
          timeout: 15_000,
        })
        .toBe(0);
      const stored = await page.evaluate(async (id) => {
        const api = (globalThis as Record<string, unknown>).switchboard as Record<
          string,
          (input: unknown) => Promise<{ ok: boolean; value?: unknown }>
        >;
        return api.getTicket?.({ ticketId: id });
      }, ticketId ?? '');
      const detail = stored?.value as
        { ticket: { status: string }; messages: Array<{ author: string; text: string }> } | undefined;
      expect(detail?.ticket.status).toBe('resolved');
      expect(detail?.messages.filter((m) => m.author === 'agent').map((m) => m.text)).toContain(reply);
    },
    240_000,
  );

  it.skipIf(!hasElectronBinary)('does not let the page navigate away', async () => {
    const before = page.url();
    await page.evaluate(() => {
      // Not a web link either, so the app will not hand it to the system browser.
      window.location.href = 'file:///etc/hosts';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
  });
});
