import { consoleMethods, type ConsoleApi, type ConsoleMethodName } from './console-contract.js';
import { fail, type Result } from '../result.js';

export function isConsoleMethod(name: unknown): name is ConsoleMethodName {
  return typeof name === 'string' && Object.hasOwn(consoleMethods, name);
}

/**
 * The single entry both hosts (Electron IPC and the browser-mode HTTP host) use to call the core:
 * the method must exist and its input must match the contract, or nothing is called.
 */
export async function dispatchConsoleCall(api: ConsoleApi, method: unknown, input: unknown): Promise<Result<unknown>> {
  if (!isConsoleMethod(method)) return fail('unknown_method', `There is no console method named "${String(method)}".`);
  const parsed = consoleMethods[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return fail(
      'validation_failed',
      first ? `${first.path.join('.') || 'input'}: ${first.message}` : 'The input is invalid.',
      parsed.error.issues,
    );
  }
  const call = api[method] as (value: unknown) => Promise<Result<unknown>>;
  try {
    return await call.call(api, parsed.data);
  } catch (error) {
    return fail(
      'internal_error',
      `The console could not complete "${method}": ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
