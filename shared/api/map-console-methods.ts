import type { ConsoleMethod, ConsoleMethodName, ConsoleMethods } from './console-contract.js';
import { consoleMethodNames } from './console-method-names.js';

/**
 * Every method of the contract, each made by one function of its name: the preload bridge, the HTTP client and
 * the guard around them are built this way (like VS Code's ProxyChannel), so none of them lists the methods.
 */
export function mapConsoleMethods(build: <M extends ConsoleMethodName>(name: M) => ConsoleMethod<M>): ConsoleMethods {
  return Object.fromEntries(consoleMethodNames.map((name) => [name, build(name)])) as ConsoleMethods;
}
