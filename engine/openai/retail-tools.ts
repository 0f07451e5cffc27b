/** The retail tools offered to the model (τ-bench schemas) and what each does once the guard allowed it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type OpenAI from 'openai';
import type { Address, ItemSwap, RetailStore } from './retail-store.js';

export type ToolDefinition = OpenAI.Chat.Completions.ChatCompletionFunctionTool;

/** `calculate` is left out: it would need an expression evaluator, and the model can do sums itself. */
const NOT_OFFERED = new Set(['calculate']);

export function loadRetailTools(tenantDir: string): ToolDefinition[] {
  const all = JSON.parse(readFileSync(join(tenantDir, 'tools.json'), 'utf8')) as ToolDefinition[];
  return all.filter((t) => !NOT_OFFERED.has(t.function.name));
}

const address = (a: Record<string, unknown>): Address => ({
  address1: String(a.address1),
  address2: String(a.address2 ?? ''),
  city: String(a.city),
  state: String(a.state),
  country: String(a.country),
  zip: String(a.zip),
});

const itemSwap = (a: Record<string, unknown>, difference: number): ItemSwap => ({
  orderId: String(a.order_id),
  itemIds: a.item_ids as string[],
  newItemIds: a.new_item_ids as string[],
  paymentMethodId: String(a.payment_method_id),
  difference,
});

/** Runs a tool the guard allowed. Returns what the model sees (before redaction). */
export function runRetailTool(store: RetailStore, name: string, a: Record<string, unknown>, difference = 0): unknown {
  switch (name) {
    case 'find_user_id_by_email':
      return store.userIdByEmail(String(a.email)) ?? 'Error: user not found';
    case 'find_user_id_by_name_zip':
      return store.userIdByNameZip(String(a.first_name), String(a.last_name), String(a.zip)) ?? 'Error: user not found';
    case 'get_user_details':
      return store.user(String(a.user_id)) ?? 'Error: user not found';
    case 'get_order_details':
      return store.order(String(a.order_id)) ?? 'Error: order not found';
    case 'get_product_details':
      return store.product(String(a.product_id)) ?? 'Error: product not found';
    case 'list_all_product_types':
      return Object.fromEntries(
        Object.values(store.data.products)
          .map((p) => [p.name, p.product_id])
          .sort(),
      );
    case 'think':
      return '';
    case 'cancel_pending_order':
      return store.cancel(String(a.order_id), String(a.reason));
    case 'modify_pending_order_address':
      return store.modifyOrderAddress(String(a.order_id), address(a));
    case 'modify_user_address':
      return store.modifyUserAddress(String(a.user_id), address(a));
    case 'modify_pending_order_payment':
      return store.modifyPayment(String(a.order_id), String(a.payment_method_id));
    case 'modify_pending_order_items':
      return store.modifyItems(itemSwap(a, difference));
    case 'return_delivered_order_items':
      return store.returnItems(String(a.order_id), a.item_ids as string[], String(a.payment_method_id));
    case 'exchange_delivered_order_items':
      return store.exchangeItems(itemSwap(a, difference));
    default:
      return `Error: unknown tool ${name}`;
  }
}
