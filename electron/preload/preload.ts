import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type {
  CONSOLE_IPC_CALL,
  CONSOLE_IPC_EVENT,
  ConsoleApi,
  ConsoleEvent,
  ConsoleMethodName,
} from '../../shared/api/console-contract.js';
import { fail } from '../../shared/result.js';

/*
 * The renderer's only door to the core: one object, window.switchboard, implementing ConsoleApi over
 * IPC. Nothing else (no ipcRenderer, no Node) crosses the context bridge. Only types come from the
 * contract so the sandboxed bundle stays small; the annotations below fail to compile if the channel
 * names or the method list drift from the contract.
 */
const CALL_CHANNEL: typeof CONSOLE_IPC_CALL = 'switchboard:call';
const EVENT_CHANNEL: typeof CONSOLE_IPC_EVENT = 'switchboard:event';

function invoke<M extends ConsoleMethodName>(method: M) {
  return (input: Parameters<ConsoleApi[M]>[0]): ReturnType<ConsoleApi[M]> =>
    ipcRenderer
      .invoke(CALL_CHANNEL, method, input)
      .catch((error: unknown) =>
        fail('ipc_failed', `The console did not answer: ${error instanceof Error ? error.message : String(error)}`),
      ) as ReturnType<ConsoleApi[M]>;
}

const api = {
  getStatus: invoke('getStatus'),
  listInbox: invoke('listInbox'),
  listAiResolved: invoke('listAiResolved'),
  getTicket: invoke('getTicket'),
  sendReply: invoke('sendReply'),
  addNote: invoke('addNote'),
  subscribe(listener: (event: ConsoleEvent) => void): () => void {
    const onEvent = (_event: IpcRendererEvent, payload: ConsoleEvent): void => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, onEvent);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, onEvent);
    };
  },
} satisfies ConsoleApi;

contextBridge.exposeInMainWorld('switchboard', api);
