import type { ConsoleMethodName, ConsoleMethods } from '../../../shared/api/console-contract.js';

/** One feature's handlers: some console methods, each with the contract's signature. */
export type HandlerGroup = Partial<ConsoleMethods>;

type MethodsOf<G> = { [K in keyof G]: keyof G[K] }[keyof G];
type HandledTwice<G> = { [K in keyof G]: keyof G[K] & MethodsOf<Omit<G, K>> }[keyof G];
type Missing<G> = Exclude<ConsoleMethodName, MethodsOf<G>>;
type NotInContract<G> = Exclude<MethodsOf<G>, ConsoleMethodName>;

/** The groups themselves when they handle every console method exactly once; else a type naming what is wrong. */
export type ExactlyOnce<G> = [Missing<G>] extends [never]
  ? [HandledTwice<G>] extends [never]
    ? [NotInContract<G>] extends [never]
      ? G
      : { notContractMethods: NotInContract<G> }
    : { handledTwice: HandledTwice<G> }
  : { missingHandlers: Missing<G> };

/**
 * The console's handlers keyed by feature group (rules, evals, provider, lead, ...): it compiles only when the
 * groups together handle every contract method exactly once, and gives back one handler per method.
 */
export function handlerTable<G extends Record<string, HandlerGroup>>(groups: G & ExactlyOnce<G>): ConsoleMethods {
  return Object.assign({}, ...Object.values(groups)) as ConsoleMethods;
}
