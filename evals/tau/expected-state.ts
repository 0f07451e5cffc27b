/**
 * What the retail database must look like after a task: a fresh copy with the task's expected actions
 * applied (as τ-bench scores it), and a readable account of where an agent's database differs.
 */
import { runRetailAction } from '../../examples/retail-api/retail-actions.js';
import type { RetailStore } from '../../examples/retail-api/retail-store.js';
import type { TauAction } from './tau-tasks.js';

/** Applies the write actions (reads change nothing) as the shop's API does; throws when one does not fit the data. */
export function applyExpectedActions(
  store: RetailStore,
  actions: readonly TauAction[],
  writeOperations: ReadonlySet<string>,
): void {
  for (const a of actions) {
    if (!writeOperations.has(a.name)) continue;
    try {
      runRetailAction(store, a.name, a.kwargs);
    } catch (e) {
      throw new Error(`${a.name}: ${(e as Error).message}`);
    }
  }
}

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/** Field-level differences between two versions of one record, at most a few. */
function fieldDiffs(actual: Record<string, unknown>, expected: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
  const out: string[] = [];
  for (const key of keys) {
    const a = JSON.stringify(actual[key]);
    const e = JSON.stringify(expected[key]);
    if (a === e) continue;
    out.push(
      typeof actual[key] === 'object' || typeof expected[key] === 'object'
        ? `${key} differs`
        : `${key} is ${actual[key] === undefined ? 'unset' : show(actual[key])}, expected ${expected[key] === undefined ? 'unset' : show(expected[key])}`,
    );
  }
  return out;
}

/** Empty when the agent's database equals the expected one; else one line per differing order or user. */
export function databaseDifferences(actual: RetailStore, expected: RetailStore): string[] {
  const out: string[] = [];
  for (const [kind, a, e] of [
    ['order', actual.data.orders, expected.data.orders],
    ['user', actual.data.users, expected.data.users],
  ] as const) {
    const ids = new Set([...Object.keys(a), ...Object.keys(e)]);
    for (const id of ids) {
      const ra = a[id] as unknown as Record<string, unknown> | undefined;
      const re = e[id] as unknown as Record<string, unknown> | undefined;
      if (JSON.stringify(ra) === JSON.stringify(re)) continue;
      if (!ra || !re) out.push(`${kind} ${id} ${ra ? 'should not exist' : 'is missing'}`);
      else out.push(`${kind} ${id}: ${fieldDiffs(ra, re).join('; ')}`);
    }
  }
  return out;
}
