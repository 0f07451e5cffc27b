import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, Notification, safeStorage, session } from 'electron';
import { CONSOLE_IPC_EVENT, type ConsoleEvent, type MenuCommand } from '../../shared/api/console-contract.js';
import { startConsoleRuntime, type ConsoleRuntime } from '../core/console-runtime.js';
import { buildAppMenuTemplate } from './app-menu.js';
import { resolveAppPaths } from './app-paths.js';
import { startAutoUpdate } from './auto-update.js';
import type { EscalationNotice } from './escalation-tracker.js';
import { watchEscalations } from './escalation-watch.js';
import { mentionNotice } from './mention-notice.js';
import { deliverMenuCommand } from './menu-command-delivery.js';
import { forwardConsoleEvents, registerConsoleIpc } from './ipc-handlers.js';
import { jsonSecretFile } from './secret-file.js';
import { SecretStore, type SecretName } from './secret-policy.js';
import { providerKeySecret } from './provider-key-secret.js';
import { sessionSecret } from './session-secret.js';
import { systemBrowserSignIn } from './system-browser-sign-in.js';
import { secureSession } from './session-security.js';
import { systemUiLanguage } from '../../shared/i18n/ui-languages.js';
import { desktopText } from './desktop-text.js';
import { createConsoleTray, type ConsoleTray } from './tray.js';
import { secureAllWebContents } from './web-contents-security.js';
import { createMainWindow } from './window.js';

/** How long quitting waits for the runtime (queue, sync, store) to close before giving up. */
const STOP_TIMEOUT_MS = 10_000;

const log = (line: string): void => console.log(`[switchboard] ${line}`);

let runtime: ConsoleRuntime | null = null;
let startingRuntime: Promise<ConsoleRuntime> | null = null;
let mainWindow: BrowserWindow | null = null;
/** Opens the console window; set once the app is ready (a menu command may need it after the window was closed). */
let openConsoleWindow: (() => void) | null = null;
let tray: ConsoleTray | null = null;
const cleanups: Array<() => void> = [];
let quitState: 'running' | 'stopping' | 'stopped' = 'running';

app.enableSandbox();
// Windows shows notifications only for apps with an id (the same as electron-builder's appId).
if (process.platform === 'win32') app.setAppUserModelId('app.switchboard.console');
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
  // The embedded queue and the autopilot run as children of this binary; they load the same binding.
  if (paths.nativeBinding) process.env.SWITCHBOARD_NATIVE_BINDING = paths.nativeBinding;
  const iconPath = join(paths.resourcesDir, 'icons', 'icon.png');

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildAppMenuTemplate(process.platform, !app.isPackaged, {
        showConsole: showMainWindow,
        openSettings: () => sendMenuCommand('settings'),
        showShortcuts: () => sendMenuCommand('shortcuts'),
      }),
    ),
  );

  const secrets = new SecretStore(
    safeStorage,
    process.platform,
    jsonSecretFile(join(app.getPath('userData'), 'secrets.json')),
  );
  const queueToken = takeSecretFromEnvironment(secrets, 'queueToken', 'SWITCHBOARD_QUEUE_TOKEN', 'the queue token');
  // Stored for the AI engine's OpenAI provider; kept in main, never sent to the renderer or a child's environment.
  const openAiKey = takeSecretFromEnvironment(secrets, 'openaiApiKey', 'SWITCHBOARD_OPENAI_API_KEY', 'the OpenAI key');
  // Translation of tickets into the agent's language: any OpenAI-compatible endpoint (the key may be absent for local servers).
  // These win over the provider saved under Settings for this run; without them the saved one is used.
  const openAiBaseUrl = process.env.SWITCHBOARD_OPENAI_BASE_URL?.trim();
  const openAiModel = process.env.SWITCHBOARD_OPENAI_MODEL?.trim();

  startingRuntime = startConsoleRuntime({
    dataDir: app.getPath('userData'),
    resourcesDir: paths.resourcesDir,
    queueUrl: process.env.SWITCHBOARD_QUEUE_URL || undefined,
    queueToken,
    // With a queue URL and no token, the console signs its person in to this tenant.
    tenant: process.env.SWITCHBOARD_TENANT || undefined,
    nativeBinding: paths.nativeBinding,
    translation:
      openAiBaseUrl && openAiModel ? { baseURL: openAiBaseUrl, model: openAiModel, apiKey: openAiKey } : undefined,
    // A key saved under Settings, AI provider goes to the OS keychain (safeStorage), never to a plain file.
    providerKeys: providerKeySecret(secrets),
    // Signed in (a queue URL without a token): the remembered session in the OS keychain, the identity provider's
    // page in the system browser with a loopback redirect.
    sessionSecrets: sessionSecret(secrets),
    ssoReturn: systemBrowserSignIn(log),
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
      stateFile: join(app.getPath('userData'), 'window-state.json'),
      icon: iconPath,
      // The console's default UI language: the OS list first (Chromium's navigator.languages may hold one).
      systemLanguages: systemLanguages(),
      log,
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };
  openConsoleWindow = openWindow;
  openWindow();
  app.on('activate', () => {
    if (!mainWindow && quitState === 'running') openWindow();
  });

  runtime = await startingRuntime;
  startingRuntime = null;
  // Quit was asked for while the runtime started; before-quit is already stopping it.
  if (quitState !== 'running') return;
  cleanups.push(forwardConsoleEvents(runtime.api, () => mainWindow));
  // Tray, menu and notices speak the system's language, the console's default UI language.
  const cueText = desktopText(systemUiLanguage(systemLanguages()));
  try {
    tray = createConsoleTray(iconPath, { show: showMainWindow, quit: () => app.quit() }, cueText);
    const shownTray = tray;
    cleanups.push(() => {
      shownTray.destroy();
      tray = null;
    });
  } catch (error) {
    log(`No tray icon on this desktop: ${error instanceof Error ? error.message : String(error)}`);
  }
  cleanups.push(
    watchEscalations({
      api: runtime.api,
      setCount: (count) => showEscalationCount(count),
      notify: (notice) => notify(notice, iconPath),
      log,
      text: cueText,
    }),
  );
  // A note mentioning this console's person (issue 19): the same notification, its subject as the body.
  cleanups.push(
    runtime.api.subscribe((event) => {
      if (event.type === 'mentioned') notify(mentionNotice(event, cueText), iconPath);
    }),
  );
  void startAutoUpdate(
    {
      isPackaged: app.isPackaged,
      feedUrl: process.env.SWITCHBOARD_UPDATE_URL,
      appUpdateConfigExists: existsSync(join(process.resourcesPath, 'app-update.yml')),
    },
    log,
  ).catch((error: unknown) =>
    log(`Auto-update could not start: ${error instanceof Error ? error.message : String(error)}`),
  );
  // Views loaded before the core was ready refresh now.
  if (mainWindow && !mainWindow.webContents.isDestroyed()) {
    mainWindow.webContents.send(CONSOLE_IPC_EVENT, { type: 'tickets_changed' } satisfies ConsoleEvent);
  }
}

/**
 * A secret handed over in the environment is stored with safeStorage for later runs (and removed from
 * the environment, so child processes never inherit it). Where the system has no secure store it is
 * used for this run only and the user is told why it was not kept. Returns the secret to use now.
 */
function takeSecretFromEnvironment(
  secrets: SecretStore,
  name: SecretName,
  variable: string,
  label: string,
): string | undefined {
  const given = process.env[variable]?.trim() || undefined;
  delete process.env[variable];
  if (given) {
    const stored = secrets.set(name, given);
    if (!stored.ok) {
      log(`Not storing ${label}: ${stored.error.message}`);
      void dialog.showMessageBox({
        type: 'warning',
        title: 'Switchboard',
        message: `Switchboard did not store ${label}.`,
        detail: `${stored.error.message}\n\nIt is used for this session only.`,
      });
    }
    return given;
  }
  return secrets.get(name);
}

/** The system's preferred languages, most preferred first, then the locale Electron runs in. */
function systemLanguages(): string[] {
  return [...app.getPreferredSystemLanguages(), app.getLocale()];
}

/** The waiting escalations on the tray and, where the desktop has one (macOS dock, Unity launcher), the app badge. */
function showEscalationCount(count: number): void {
  tray?.setCount(count);
  app.setBadgeCount(count);
}

function notify(notice: EscalationNotice, iconPath: string): void {
  // The agent is looking at the console already: the inbox shows the new ticket.
  if (!Notification.isSupported() || mainWindow?.isFocused()) return;
  const notification = new Notification({ title: notice.title, body: notice.body, icon: iconPath });
  notification.on('click', showMainWindow);
  notification.show();
}

/** Settings or the shortcuts overlay: only the console window can show them; it comes to the front (opening if closed). */
function sendMenuCommand(command: MenuCommand['command']): void {
  deliverMenuCommand(
    { command },
    {
      current: () => mainWindow,
      open: () => {
        if (quitState === 'running') openConsoleWindow?.();
        return mainWindow;
      },
      show: showMainWindow,
    },
  );
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
