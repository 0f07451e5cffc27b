import type {
  ConsoleApi,
  ConsoleInput,
  ConsoleMethod,
  ConsoleMethodName,
  ConsoleMethods,
  ConsoleOutput,
} from '../../../shared/api/console-contract.js';
import { mapConsoleMethods } from '../../../shared/api/map-console-methods.js';
import type { Result } from '../../../shared/result.js';
import { BAD_RESPONSE, HOST_UNREACHABLE, describeThrown, failure, isResult } from './errors.js';

/**
 * Wraps any ConsoleApi so that calls never throw (an IPC bridge can reject) and reports whether
 * the host answered, which drives the "host unreachable" banner and the connection indicator.
 */
export function guardConsoleApi(api: ConsoleApi, onReachable: (reachable: boolean) => void): ConsoleApi {
  const methods: ConsoleMethods = api;
  const guard =
    <M extends ConsoleMethodName>(name: M) =>
    async (input: ConsoleInput<M>): Promise<Result<ConsoleOutput<M>>> => {
      let result: unknown;
      try {
        const method: ConsoleMethod<M> = methods[name];
        result = await method.call(api, input);
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
    ...mapConsoleMethods(guard),
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
