/**
 * Checks every tool call the model asks for against the tenant's policy BEFORE it runs. The model is not
 * trusted: whatever it was told (by the prompt or by text a customer wrote), a call that touches another
 * customer's data, acts on an order in the wrong state, moves more money than the policy allows or pays
 * with someone else's method is refused here.
 */
import type { RetailPolicy } from './retail-policy.js';
import type { RetailStore } from './retail-store.js';

export const READ_TOOLS = new Set([
  'find_user_id_by_email',
  'find_user_id_by_name_zip',
  'get_user_details',
  'get_order_details',
  'get_product_details',
  'list_all_product_types',
  'think',
]);
export const WRITE_TOOLS = new Set([
  'cancel_pending_order',
  'modify_pending_order_address',
  'modify_pending_order_items',
  'modify_pending_order_payment',
  'modify_user_address',
  'return_delivered_order_items',
  'exchange_delivered_order_items',
]);
export const HANDOFF_TOOL = 'transfer_to_human_agents';

export interface GuardSession {
  store: RetailStore;
  policy: RetailPolicy;
  /** The user the ticket's customer is (from the channel's verified email), or the one the model authenticated. */
  userId: string | null;
  /** True when the ticket's customer was matched to a store user before the model ran. */
  userFixedByTicket: boolean;
  /** The customer's latest message explicitly confirms (yes / ja / oui ...). */
  confirmed: boolean;
  /** Once a human touched the ticket, the AI only drafts: no actions. */
  humanTouched: boolean;
  /** Money already sent back on this ticket by earlier calls. */
  refundedSoFar: number;
}

/**
 * `forbidden`: against policy; the call does not run and the ticket goes to a human with the reason.
 * `invalid`: a mistake the model can fix (unknown id, missing field, not confirmed yet); it is told why.
 */
export type GuardVerdict =
  { ok: true; refund?: number; difference?: number } | { ok: false; severity: 'forbidden' | 'invalid'; reason: string };

const forbidden = (reason: string): GuardVerdict => ({ ok: false, severity: 'forbidden', reason });
const invalid = (reason: string): GuardVerdict => ({ ok: false, severity: 'invalid', reason });

const str = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const strArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string');

export function checkToolCall(name: string, args: Record<string, unknown>, s: GuardSession): GuardVerdict {
  if (name === HANDOFF_TOOL || name === 'think' || name === 'list_all_product_types') return { ok: true };
  if (name === 'get_product_details') return str(args.product_id) ? { ok: true } : invalid('product_id is required.');
  if (name === 'find_user_id_by_email' || name === 'find_user_id_by_name_zip') {
    const found =
      name === 'find_user_id_by_email'
        ? str(args.email)
          ? s.store.userIdByEmail(args.email)
          : null
        : str(args.first_name) && str(args.last_name) && str(args.zip)
          ? s.store.userIdByNameZip(args.first_name, args.last_name, args.zip)
          : null;
    if (found && s.userId && found !== s.userId) {
      return forbidden(
        `${name} looked up a different customer (${found}) than the one on this ticket; the AI may only help the ticket's own customer.`,
      );
    }
    return { ok: true };
  }
  if (!READ_TOOLS.has(name) && !WRITE_TOOLS.has(name)) return invalid(`There is no tool named ${name}.`);
  if (!s.userId) return invalid('Authenticate the customer first (find_user_id_by_email or find_user_id_by_name_zip).');

  if (name === 'get_user_details' || name === 'modify_user_address') {
    if (!str(args.user_id)) return invalid('user_id is required.');
    if (args.user_id !== s.userId)
      return forbidden(`${name} asked for user ${args.user_id}, who is not this ticket's customer.`);
    if (name === 'get_user_details') return { ok: true };
    return (
      writeAllowed(name, s) ??
      (addressComplete(args)
        ? { ok: true }
        : invalid('A full address is required (address1, address2, city, state, country, zip).'))
    );
  }

  if (!str(args.order_id)) return invalid('order_id is required.');
  const order = s.store.order(args.order_id);
  if (!order) return invalid(`Order ${args.order_id} was not found.`);
  if (order.user_id !== s.userId)
    return forbidden(`${name} on order ${args.order_id}, which belongs to another customer.`);
  if (name === 'get_order_details') return { ok: true };

  const notNow = writeAllowed(name, s);
  if (notNow) return notNow;
  const states = s.policy.actionsByStatus[name] ?? [];
  if (!states.includes(order.status)) {
    return forbidden(
      `${name} is not allowed for order ${order.order_id} in status "${order.status}" (allowed: ${states.join(', ') || 'never'}).`,
    );
  }
  const user = s.store.user(s.userId)!;
  const ownMethod = (id: unknown) => str(id) && user.payment_methods[id] !== undefined;

  switch (name) {
    case 'cancel_pending_order': {
      if (!str(args.reason) || !s.policy.cancelReasons.includes(args.reason)) {
        return invalid(`The cancellation reason must be one of: ${s.policy.cancelReasons.join(', ')}.`);
      }
      return withinRefundCap(s.store.paidTotal(order), s);
    }
    case 'modify_pending_order_address':
      return addressComplete(args)
        ? { ok: true }
        : invalid('A full address is required (address1, address2, city, state, country, zip).');
    case 'modify_pending_order_payment': {
      if (!ownMethod(args.payment_method_id))
        return forbidden(`Payment method ${String(args.payment_method_id)} is not one of this customer's.`);
      const current = order.payment_history.find((p) => p.transaction_type === 'payment')?.payment_method_id;
      if (current === args.payment_method_id)
        return invalid('The new payment method must differ from the current one.');
      const pm = user.payment_methods[args.payment_method_id as string]!;
      if (pm.source === 'gift_card' && (pm.balance ?? 0) < s.store.paidTotal(order))
        return forbidden('The gift card balance does not cover the order total.');
      return { ok: true };
    }
    case 'return_delivered_order_items': {
      if (!strArray(args.item_ids)) return invalid('item_ids must be a non-empty list.');
      const items = itemsOf(order.items, args.item_ids);
      if (!items) return forbidden(`Some of the items ${args.item_ids.join(', ')} are not in order ${order.order_id}.`);
      const original = order.payment_history.find((p) => p.transaction_type === 'payment')?.payment_method_id;
      const pm = str(args.payment_method_id) ? user.payment_methods[args.payment_method_id] : undefined;
      if (!pm) return forbidden(`Payment method ${String(args.payment_method_id)} is not one of this customer's.`);
      if (pm.id !== original && pm.source !== 'gift_card')
        return forbidden('A refund goes to the original payment method or an existing gift card only.');
      return withinRefundCap(
        items.reduce((t, it) => t + it.price, 0),
        s,
      );
    }
    case 'exchange_delivered_order_items':
    case 'modify_pending_order_items': {
      if (
        !strArray(args.item_ids) ||
        !strArray(args.new_item_ids) ||
        args.item_ids.length !== args.new_item_ids.length
      ) {
        return invalid('item_ids and new_item_ids must be lists of the same length.');
      }
      const items = itemsOf(order.items, args.item_ids);
      if (!items) return forbidden(`Some of the items ${args.item_ids.join(', ')} are not in order ${order.order_id}.`);
      let difference = 0;
      for (const [i, item] of items.entries()) {
        const next = s.store.variant(args.new_item_ids[i]!);
        if (!next || next.product.product_id !== item.product_id)
          return forbidden(`Item ${args.new_item_ids[i]} is not a variant of the same product as ${item.item_id}.`);
        if (!next.variant.available) return invalid(`Item ${next.variant.item_id} is not available.`);
        if (next.variant.item_id === item.item_id)
          return invalid(`Item ${item.item_id} would be exchanged for itself.`);
        difference += next.variant.price - item.price;
      }
      if (!ownMethod(args.payment_method_id))
        return forbidden(`Payment method ${String(args.payment_method_id)} is not one of this customer's.`);
      const pm = user.payment_methods[args.payment_method_id as string]!;
      if (pm.source === 'gift_card' && difference > 0 && (pm.balance ?? 0) < difference)
        return forbidden('The gift card balance does not cover the price difference.');
      if (difference < 0) {
        const cap = withinRefundCap(-difference, s);
        if (!cap.ok) return cap;
      }
      return { ok: true, difference: Math.round(difference * 100) / 100 };
    }
  }
  return invalid(`${name} is not handled.`);
}

function writeAllowed(name: string, s: GuardSession): GuardVerdict | null {
  if (s.humanTouched)
    return invalid(
      `${name}: a human already handles this ticket, so the AI may only draft a reply; it takes no actions.`,
    );
  if (!s.confirmed)
    return invalid(
      `${name} changes the order: list the details and ask the customer for an explicit "yes" first; the latest customer message is not a confirmation.`,
    );
  return null;
}

function withinRefundCap(amount: number, s: GuardSession): GuardVerdict {
  const total = Math.round((s.refundedSoFar + amount) * 100) / 100;
  if (total > s.policy.maxRefundPerTicket) {
    return forbidden(
      `Refunding ${amount.toFixed(2)} ${s.policy.currency} would bring this ticket to ${total.toFixed(2)}, above the policy limit of ${s.policy.maxRefundPerTicket} ${s.policy.currency} for the AI.`,
    );
  }
  return { ok: true, refund: Math.round(amount * 100) / 100 };
}

function itemsOf<T extends { item_id: string }>(items: T[], ids: string[]): T[] | null {
  const pool = [...items];
  const out: T[] = [];
  for (const id of ids) {
    const at = pool.findIndex((it) => it.item_id === id);
    if (at < 0) return null;
    out.push(pool.splice(at, 1)[0]!);
  }
  return out;
}

function addressComplete(a: Record<string, unknown>): boolean {
  return ['address1', 'city', 'state', 'country', 'zip'].every((k) => str(a[k])) && typeof a.address2 === 'string';
}

const CONFIRM =
  /^\s*(?:yes|yep|yeah|y|sure|ok(?:ay)?|confirm(?:ed)?|i confirm|please do|go ahead|ja|jawohl|oui|sí|sì|si|sim|tak|да|はい|是的?|好的?|네|예|evet|ναι|نعم|כן|igen|ano|áno|da|kyllä|joo|jup)(?![\p{L}\p{N}])(?![ \t,]*(?:but|aber|mais|pero|ma|mas|maar|men)\b)/iu;

/** An explicit yes at the start of the customer's latest message, as the policy requires before changes. */
export function isExplicitConfirmation(text: string): boolean {
  return CONFIRM.test(text) && !/\b(?:no|not|don't|nicht|non|nein)\b/i.test(text.split(/[.!?\n]/)[0] ?? '');
}
