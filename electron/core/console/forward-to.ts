import type {
  ConsoleInput,
  ConsoleMethod,
  ConsoleMethodName,
  ConsoleOutput,
} from '../../../shared/api/console-contract.js';
import { fail, type Result } from '../../../shared/result.js';

/** A service that answers some console methods under their own names, at once or later. */
export type ServiceOf<M extends ConsoleMethodName> = {
  [K in M]: (input: ConsoleInput<K>) => Result<ConsoleOutput<K>> | Promise<Result<ConsoleOutput<K>>>;
};

/**
 * Handlers for one contract group (e.g. rulesConsoleMethods) that hand each call to the service's method of the
 * same name; without the service (this console was started without the feature) each answers not_supported.
 */
export function forwardTo<M extends ConsoleMethodName>(
  group: Record<M, unknown>,
  service: NoInfer<ServiceOf<M>> | undefined,
  unsupported: string,
): { [K in M]: ConsoleMethod<K> } {
  const names = Object.keys(group) as M[];
  const forward = (name: M) => async (input: ConsoleInput<M>) => {
    if (!service) return fail('not_supported', unsupported);
    const method = service[name] as (input: ConsoleInput<M>) => Result<unknown> | Promise<Result<unknown>>;
    return method.call(service, input);
  };
  return Object.fromEntries(names.map((name) => [name, forward(name)])) as { [K in M]: ConsoleMethod<K> };
}
