/**
 * What the retail database must look like after a task: a fresh copy with the task's expected actions
 * applied (as τ-bench scores it), and a readable account of where an agent's database differs.
 */
import type { RetailStore } from '../../engine/openai/retail-store.js';
import { runRetailTool } from '../../engine/openai/retail-tools.js';
import { WRITE_TOOLS } from '../../engine/openai/tool-guard.js';
import type { TauAction } from './tau-tasks.js';

/** Price difference of swapping items for other variants (new minus old). */
function difference(store: RetailStore, orderId: string, itemIds: string[], newItemIds: string[]): number {
  const order = store.order(orderId);
  if (!order) throw new Error(`order ${orderId} is not in the data`);
  let d = 0;
  itemIds.forEach((id, i) => {
    const item = order.items.find((it) => it.item_id === id);
    const next = store.variant(newItemIds[i] ?? '');
    if (!item || !next) throw new Error(`item ${id} -> ${newItemIds[i]} of order ${orderId} is not in the data`);
    d += next.variant.price - item.price;
  });
  return Math.round(d * 100) / 100;
}

/** Applies the write actions (reads change nothing); throws when an action does not fit the data. */
export function applyExpectedActions(store: RetailStore, actions: readonly TauAction[]): void {
  for (const a of actions) {
    if (!WRITE_TOOLS.has(a.name)) continue;
    const k = a.kwargs;
    const orderId = typeof k.order_id === 'string' ? k.order_id : null;
    if (orderId && !store.order(orderId)) throw new Error(`order ${orderId} is not in the data`);
    if (a.name === 'modify_user_address' && !store.user(String(k.user_id)))
      throw new Error(`user ${String(k.user_id)} is not in the data`);
    const diff =
      a.name === 'modify_pending_order_items' || a.name === 'exchange_delivered_order_items'
        ? difference(store, orderId!, k.item_ids as string[], k.new_item_ids as string[])
        : 0;
    runRetailTool(store, a.name, k, diff);
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
