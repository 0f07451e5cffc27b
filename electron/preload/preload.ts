import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type {
  CONSOLE_IPC_CALL,
  CONSOLE_IPC_EVENT,
  CONSOLE_IPC_MENU_COMMAND,
  ConsoleApi,
  ConsoleEvent,
  ConsoleMethod,
  ConsoleMethodName,
  MenuCommand,
} from '../../shared/api/console-contract.js';
import { mapConsoleMethods } from '../../shared/api/map-console-methods.js';
import { fail } from '../../shared/result.js';
import { decodeSystemLanguages } from '../../shared/desktop/system-languages-arg.js';

/*
 * The renderer's only door to the core: one object, window.switchboard, implementing ConsoleApi over
 * IPC, one function per contract method (mapConsoleMethods). Nothing else (no ipcRenderer, no Node) crosses
 * the context bridge; main validates every call's input against the contract. The method names reach this
 * bundle as data evaluated at build time and the rest of the contract as types only, so the sandboxed bundle
 * stays a few kilobytes (the schemas would make it half a megabyte); the annotations below fail to compile
 * when the channel names drift from the contract.
 */
const CALL_CHANNEL: typeof CONSOLE_IPC_CALL = 'switchboard:call';
const EVENT_CHANNEL: typeof CONSOLE_IPC_EVENT = 'switchboard:event';
const MENU_COMMAND_CHANNEL: typeof CONSOLE_IPC_MENU_COMMAND = 'switchboard:menu-command';
/** MenuCommandSchema's commands, checked by hand (no zod in this bundle); fails to compile when the contract's list changes. */
const MENU_COMMANDS: Record<MenuCommand['command'], true> = { settings: true, shortcuts: true };
function invoke<M extends ConsoleMethodName>(method: M): ConsoleMethod<M> {
  return (input) =>
    ipcRenderer
      .invoke(CALL_CHANNEL, method, input)
      .catch((error: unknown) =>
        fail('ipc_failed', `The console did not answer: ${error instanceof Error ? error.message : String(error)}`),
      );
}

/** The payload as a MenuCommand (a fresh object with nothing else on it), or null when it is not one. */
function asMenuCommand(payload: unknown): MenuCommand | null {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  const keys = Object.keys(payload);
  if (keys.length !== 1 || keys[0] !== 'command') return null;
  const command: unknown = (payload as { command: unknown }).command;
  if (typeof command !== 'string' || !Object.prototype.hasOwnProperty.call(MENU_COMMANDS, command)) return null;
  return { command: command as MenuCommand['command'] };
}

/*
 * Menu commands are listened for from the start: one chosen while no console window was open reaches a
 * window that is still loading, before the renderer has subscribed. The latest such command waits for it.
 */
const menuListeners = new Set<(command: MenuCommand) => void>();
let pendingMenuCommand: MenuCommand | null = null;
ipcRenderer.on(MENU_COMMAND_CHANNEL, (_event: IpcRendererEvent, payload: unknown) => {
  const command = asMenuCommand(payload);
  if (!command) return;
  if (menuListeners.size === 0) {
    pendingMenuCommand = command;
    return;
  }
  for (const listener of menuListeners) listener(command);
});

const api: ConsoleApi = {
  ...mapConsoleMethods(invoke),
  subscribe(listener: (event: ConsoleEvent) => void): () => void {
    const onEvent = (_event: IpcRendererEvent, payload: ConsoleEvent): void => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, onEvent);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, onEvent);
    };
  },
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    menuListeners.add(listener);
    const pending = pendingMenuCommand;
    pendingMenuCommand = null;
    if (pending) listener(pending);
    return () => {
      menuListeners.delete(listener);
    };
  },
};

contextBridge.exposeInMainWorld('switchboard', api);
// Read-only: the OS's preferred languages the main process passed on, for the default UI language.
contextBridge.exposeInMainWorld('switchboardLocale', { systemLanguages: decodeSystemLanguages(process.argv) });
