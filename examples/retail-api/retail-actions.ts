/**
 * What each operation of the retail demo API does (its operationIds are τ-bench's tool names), with the business
 * checks only the shop can make: an order's state, a variant of the same product and in stock, a gift card's balance,
 * where a refund may go. A refused request is a RetailApiError (status and message); Switchboard's guard has already
 * checked whose data it is, the confirmation and the money limits before the call reaches the shop.
 */
import type { Address, ItemSwap, OrderItem, RetailOrder, RetailStore } from './retail-store.js';

export class RetailApiError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

type Args = Record<string, unknown>;

const text = (a: Args, name: string): string => {
  const v = a[name];
  if (typeof v !== 'string' || v.trim() === '') throw new RetailApiError(400, `${name} is required.`);
  return v;
};
const texts = (a: Args, name: string): string[] => {
  const v = a[name];
  if (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === 'string'))
    throw new RetailApiError(400, `${name} must be a non-empty list of ids.`);
  return v as string[];
};
const round2 = (n: number) => Math.round(n * 100) / 100;

function address(a: Args): Address {
  const address2 = a.address2;
  if (typeof address2 !== 'string') throw new RetailApiError(400, 'address2 is required (it may be empty).');
  return {
    address1: text(a, 'address1'),
    address2,
    city: text(a, 'city'),
    state: text(a, 'state'),
    country: text(a, 'country'),
    zip: text(a, 'zip'),
  };
}

function orderIn(store: RetailStore, a: Args, states: readonly string[]): RetailOrder {
  const id = text(a, 'order_id');
  const order = store.order(id);
  if (!order) throw new RetailApiError(404, `Order ${id} was not found.`);
  if (!states.includes(order.status))
    throw new RetailApiError(409, `Order ${id} is ${order.status}; this needs it ${states.join(' or ')}.`);
  return order;
}

/** The order's items named (each once per mention, as an order may hold the same item twice). */
function itemsOf(order: RetailOrder, ids: readonly string[]): OrderItem[] {
  const pool = [...order.items];
  return ids.map((id) => {
    const at = pool.findIndex((item) => item.item_id === id);
    if (at < 0) throw new RetailApiError(400, `Item ${id} is not in order ${order.order_id}.`);
    return pool.splice(at, 1)[0]!;
  });
}

function paymentMethod(store: RetailStore, order: RetailOrder, id: string) {
  const method = store.user(order.user_id)?.payment_methods[id];
  if (!method) throw new RetailApiError(400, `Payment method ${id} is not one of the customer's.`);
  return method;
}

/** Items swapped for other variants of the same products, and what the customer pays (negative: gets back). */
function itemSwap(store: RetailStore, order: RetailOrder, a: Args): ItemSwap {
  const itemIds = texts(a, 'item_ids');
  const newItemIds = texts(a, 'new_item_ids');
  if (itemIds.length !== newItemIds.length)
    throw new RetailApiError(400, 'item_ids and new_item_ids must be lists of the same length.');
  let difference = 0;
  for (const [i, item] of itemsOf(order, itemIds).entries()) {
    const next = store.variant(newItemIds[i]!);
    if (!next || next.product.product_id !== item.product_id)
      throw new RetailApiError(400, `Item ${newItemIds[i]} is not a variant of the same product as ${item.item_id}.`);
    if (!next.variant.available) throw new RetailApiError(409, `Item ${next.variant.item_id} is not available.`);
    if (next.variant.item_id === item.item_id)
      throw new RetailApiError(400, `Item ${item.item_id} would be exchanged for itself.`);
    difference += next.variant.price - item.price;
  }
  const paymentMethodId = text(a, 'payment_method_id');
  const method = paymentMethod(store, order, paymentMethodId);
  if (method.source === 'gift_card' && difference > 0 && (method.balance ?? 0) < difference)
    throw new RetailApiError(409, 'The gift card balance does not cover the price difference.');
  return { orderId: order.order_id, itemIds, newItemIds, paymentMethodId, difference: round2(difference) };
}

const firstPayment = (order: RetailOrder) =>
  order.payment_history.find((p) => p.transaction_type === 'payment')?.payment_method_id;

/** An order as the API shows it: the τ-bench record and what was paid for it (payments less refunds). */
export const orderView = (store: RetailStore, order: RetailOrder) => ({ ...order, paid_total: store.paidTotal(order) });

const ACTIONS: Record<string, (store: RetailStore, a: Args) => unknown> = {
  find_user_id_by_email: (store, a) => {
    const userId = store.userIdByEmail(text(a, 'email'));
    if (!userId) throw new RetailApiError(404, 'No customer has this email.');
    return { user_id: userId };
  },
  find_user_id_by_name_zip: (store, a) => {
    const userId = store.userIdByNameZip(text(a, 'first_name'), text(a, 'last_name'), text(a, 'zip'));
    if (!userId) throw new RetailApiError(404, 'No customer has this name and zip code.');
    return { user_id: userId };
  },
  get_user_details: (store, a) => {
    const user = store.user(text(a, 'user_id'));
    if (!user) throw new RetailApiError(404, `User ${String(a.user_id)} was not found.`);
    return user;
  },
  get_order_details: (store, a) => {
    const order = store.order(text(a, 'order_id'));
    if (!order) throw new RetailApiError(404, `Order ${String(a.order_id)} was not found.`);
    return orderView(store, order);
  },
  get_product_details: (store, a) => {
    const product = store.product(text(a, 'product_id'));
    if (!product) throw new RetailApiError(404, `Product ${String(a.product_id)} was not found.`);
    return product;
  },
  list_all_product_types: (store) =>
    Object.fromEntries(
      Object.values(store.data.products)
        .map((p) => [p.name, p.product_id])
        .sort(),
    ),
  cancel_pending_order: (store, a) => {
    const order = orderIn(store, a, ['pending']);
    const reason = text(a, 'reason');
    if (!['no longer needed', 'ordered by mistake'].includes(reason))
      throw new RetailApiError(400, 'The reason is "no longer needed" or "ordered by mistake".');
    return orderView(store, store.cancel(order.order_id, reason));
  },
  modify_pending_order_address: (store, a) =>
    orderView(store, store.modifyOrderAddress(orderIn(store, a, ['pending']).order_id, address(a))),
  modify_user_address: (store, a) => {
    const userId = text(a, 'user_id');
    if (!store.user(userId)) throw new RetailApiError(404, `User ${userId} was not found.`);
    return store.modifyUserAddress(userId, address(a));
  },
  modify_pending_order_payment: (store, a) => {
    const order = orderIn(store, a, ['pending']);
    const id = text(a, 'payment_method_id');
    const method = paymentMethod(store, order, id);
    if (firstPayment(order) === id)
      throw new RetailApiError(400, 'The new payment method must differ from the current one.');
    if (method.source === 'gift_card' && (method.balance ?? 0) < store.paidTotal(order))
      throw new RetailApiError(409, 'The gift card balance does not cover the order total.');
    return orderView(store, store.modifyPayment(order.order_id, id));
  },
  modify_pending_order_items: (store, a) => {
    const order = orderIn(store, a, ['pending']);
    return orderView(store, store.modifyItems(itemSwap(store, order, a)));
  },
  return_delivered_order_items: (store, a) => {
    const order = orderIn(store, a, ['delivered']);
    const itemIds = texts(a, 'item_ids');
    itemsOf(order, itemIds);
    const id = text(a, 'payment_method_id');
    if (id !== firstPayment(order) && paymentMethod(store, order, id).source !== 'gift_card')
      throw new RetailApiError(400, 'A refund goes to the original payment method or an existing gift card only.');
    return orderView(store, store.returnItems(order.order_id, itemIds, id));
  },
  exchange_delivered_order_items: (store, a) => {
    const order = orderIn(store, a, ['delivered']);
    return orderView(store, store.exchangeItems(itemSwap(store, order, a)));
  },
};

export const RETAIL_OPERATION_IDS = Object.keys(ACTIONS);

/** Runs one operation on the store; throws RetailApiError when the shop refuses it. */
export function runRetailAction(store: RetailStore, operationId: string, args: Args): unknown {
  const action = ACTIONS[operationId];
  if (!action) throw new RetailApiError(404, `There is no operation ${operationId}.`);
  return action(store, args);
}
