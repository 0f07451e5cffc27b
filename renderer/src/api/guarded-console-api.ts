import type {
  AnyConsoleMethodName,
  ConsoleApi,
  ConsoleInput,
  ConsoleOutput,
} from '../../../shared/api/console-contract.js';
import type { Result } from '../../../shared/result.js';
import { BAD_RESPONSE, HOST_UNREACHABLE, describeThrown, failure, isResult } from './errors.js';

/**
 * Wraps any ConsoleApi so that calls never throw (an IPC bridge can reject) and reports whether
 * the host answered, which drives the "host unreachable" banner and the connection indicator.
 */
export function guardConsoleApi(api: ConsoleApi, onReachable: (reachable: boolean) => void): ConsoleApi {
  const guard =
    <M extends AnyConsoleMethodName>(name: M) =>
    async (input: ConsoleInput<M>): Promise<Result<ConsoleOutput<M>>> => {
      let result: unknown;
      try {
        const fn = api[name] as unknown as ((i: ConsoleInput<M>) => Promise<unknown>) | undefined;
        if (!fn) return failure('not_supported', 'This version of the console host does not offer that yet.');
        result = await fn.call(api, input);
      } catch (err) {
        onReachable(false);
        return failure(HOST_UNREACHABLE, `The console host is unreachable (${describeThrown(err)}).`);
      }
      if (!isResult(result)) {
        onReachable(true);
        return failure(BAD_RESPONSE, 'The console host returned an unexpected answer.');
      }
      onReachable(!(result.ok === false && result.error.code === HOST_UNREACHABLE));
      return result as Result<ConsoleOutput<M>>;
    };

  return {
    getStatus: guard('getStatus'),
    listInbox: guard('listInbox'),
    listAiResolved: guard('listAiResolved'),
    getTicket: guard('getTicket'),
    sendReply: guard('sendReply'),
    addNote: guard('addNote'),
    searchTickets: guard('searchTickets'),
    dismissUnsent: guard('dismissUnsent'),
    getCacheSettings: guard('getCacheSettings'),
    setCacheSettings: guard('setCacheSettings'),
    listInboxWindow: guard('listInboxWindow'),
    getConsoleSetup: guard('getConsoleSetup'),
    markRead: guard('markRead'),
    reassign: guard('reassign'),
    assignToMe: guard('assignToMe'),
    snooze: guard('snooze'),
    handback: guard('handback'),
    reviewTicket: guard('reviewTicket'),
    reopenTicket: guard('reopenTicket'),
    getTicketHistory: guard('getTicketHistory'),
    recordHandleTime: guard('recordHandleTime'),
    getDashboard: guard('getDashboard'),
    getReviewSample: guard('getReviewSample'),
    addEvalCase: guard('addEvalCase'),
    translateTicket: guard('translateTicket'),
    getRules: guard('getRules'),
    previewRules: guard('previewRules'),
    saveRules: guard('saveRules'),
    listEvalSuites: guard('listEvalSuites'),
    startEvalRun: guard('startEvalRun'),
    getEvalRun: guard('getEvalRun'),
    cancelEvalRun: guard('cancelEvalRun'),
    promoteEvalRun: guard('promoteEvalRun'),
    getProviderSettings: guard('getProviderSettings'),
    setProviderSettings: guard('setProviderSettings'),
    clearProviderSettings: guard('clearProviderSettings'),
    testProviderConnection: guard('testProviderConnection'),
    subscribe(listener) {
      try {
        return api.subscribe(listener);
      } catch {
        return () => undefined;
      }
    },
    // Only where the host has a menu (the desktop app): its absence tells the controller there is none.
    ...(api.onMenuCommand
      ? {
          onMenuCommand(listener: Parameters<NonNullable<ConsoleApi['onMenuCommand']>>[0]): () => void {
            try {
              return api.onMenuCommand?.(listener) ?? (() => undefined);
            } catch {
              return () => undefined;
            }
          },
        }
      : {}),
  };
}
