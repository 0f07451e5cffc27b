import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, session } from 'electron';
import { CONSOLE_IPC_EVENT, type ConsoleEvent } from '../../shared/api/console-contract.js';
import { startConsoleRuntime, type ConsoleRuntime } from '../core/console-runtime.js';
import { resolveAppPaths } from './app-paths.js';
import { forwardConsoleEvents, registerConsoleIpc } from './ipc-handlers.js';
import { secureSession } from './session-security.js';
import { secureAllWebContents } from './web-contents-security.js';
import { createMainWindow } from './window.js';

/** How long quitting waits for the runtime (queue, sync, store) to close before giving up. */
const STOP_TIMEOUT_MS = 10_000;

const log = (line: string): void => console.log(`[switchboard] ${line}`);

let runtime: ConsoleRuntime | null = null;
let startingRuntime: Promise<ConsoleRuntime> | null = null;
let mainWindow: BrowserWindow | null = null;
const cleanups: Array<() => void> = [];
let quitState: 'running' | 'stopping' | 'stopped' = 'running';

app.enableSandbox();
// Tests and side-by-side profiles pick their own data folder; it must be set before 'ready'.
if (process.env.SWITCHBOARD_USER_DATA) app.setPath('userData', process.env.SWITCHBOARD_USER_DATA);

if (!app.requestSingleInstanceLock()) {
  // Another console already owns this profile (and its SQLite cache): hand over and leave.
  app.quit();
} else {
  app.on('second-instance', showMainWindow);
  secureAllWebContents(app);
  start().catch((error: unknown) => failStartup(error));
}

async function start(): Promise<void> {
  await app.whenReady();
  secureSession(session.defaultSession);

  const paths = resolveAppPaths({
    bundleDir: dirname(fileURLToPath(import.meta.url)),
    appPath: app.getAppPath(),
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    nativeBindingFromEnv: process.env.SWITCHBOARD_NATIVE_BINDING,
    fileExists: existsSync,
  });

  startingRuntime = startConsoleRuntime({
    dataDir: app.getPath('userData'),
    resourcesDir: paths.resourcesDir,
    queueUrl: process.env.SWITCHBOARD_QUEUE_URL || undefined,
    queueToken: process.env.SWITCHBOARD_QUEUE_TOKEN || undefined,
    nativeBinding: paths.nativeBinding,
    log,
  });
  // The window opens while the core starts (embedded queue, local store); its first calls wait for it.
  const apiReady = startingRuntime.then((started) => started.api);
  apiReady.catch(() => undefined); // a failed start is reported by failStartup; calls get an error Result
  cleanups.push(registerConsoleIpc(apiReady, paths.rendererDir));

  const openWindow = (): void => {
    mainWindow = createMainWindow({
      preloadPath: paths.preloadPath,
      rendererIndex: paths.rendererIndex,
      devTools: !app.isPackaged,
      log,
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };
  openWindow();
  app.on('activate', () => {
    if (!mainWindow && quitState === 'running') openWindow();
  });

  runtime = await startingRuntime;
  startingRuntime = null;
  // Quit was asked for while the runtime started; before-quit is already stopping it.
  if (quitState !== 'running') return;
  cleanups.push(forwardConsoleEvents(runtime.api, () => mainWindow));
  // Views loaded before the core was ready refresh now.
  if (mainWindow && !mainWindow.webContents.isDestroyed()) {
    mainWindow.webContents.send(CONSOLE_IPC_EVENT, { type: 'tickets_changed' } satisfies ConsoleEvent);
  }
}

function showMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function failStartup(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  log(`Startup failed: ${message}`);
  dialog.showErrorBox('Switchboard could not start', message);
  void stopRuntime().finally(() => app.exit(1));
}

async function stopRuntime(): Promise<void> {
  for (const cleanup of cleanups.splice(0)) cleanup();
  // A quit during startup waits for the runtime to finish starting, then stops it.
  const current = runtime ?? (startingRuntime ? await startingRuntime.catch(() => null) : null);
  runtime = null;
  if (!current) return;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      log(`The console runtime did not stop within ${STOP_TIMEOUT_MS / 1000} s; quitting anyway.`);
      resolve();
    }, STOP_TIMEOUT_MS);
  });
  try {
    await Promise.race([current.stop(), timeout]);
  } catch (error) {
    log(`Stopping the console runtime failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(timer);
  }
}

app.on('window-all-closed', () => {
  // macOS keeps apps alive without windows; the dock icon reopens the console.
  if (process.platform !== 'darwin') app.quit();
});

app.on('before-quit', (event) => {
  if (quitState === 'stopped') return;
  event.preventDefault();
  if (quitState === 'stopping') return;
  quitState = 'stopping';
  void stopRuntime().finally(() => {
    quitState = 'stopped';
    app.quit();
  });
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());
