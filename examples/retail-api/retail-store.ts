/**
 * The retail demo tenant's own system (τ-bench retail data): users, orders, products, and the changes its API makes.
 * In memory, loaded from resources/tenants/retail; the demo API (retail-api-server.ts) serves it over HTTP.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Address {
  address1: string;
  address2: string;
  city: string;
  state: string;
  country: string;
  zip: string;
}
export interface PaymentMethod {
  id: string;
  source: 'gift_card' | 'paypal' | 'credit_card' | string;
  balance?: number;
  brand?: string;
  last_four?: string;
}
export interface RetailUser {
  name: { first_name: string; last_name: string };
  address: Address;
  email: string;
  payment_methods: Record<string, PaymentMethod>;
  orders: string[];
}
export interface OrderItem {
  name: string;
  product_id: string;
  item_id: string;
  price: number;
  options: Record<string, string>;
}
export interface Payment {
  transaction_type: 'payment' | 'refund';
  amount: number;
  payment_method_id: string;
}
export interface RetailOrder {
  order_id: string;
  user_id: string;
  address: Address;
  items: OrderItem[];
  fulfillments: { tracking_id: string[]; item_ids: string[] }[];
  status: string;
  payment_history: Payment[];
  cancel_reason?: string;
  return_items?: string[];
  return_payment_method_id?: string;
  exchange_items?: string[];
  exchange_new_items?: string[];
  exchange_payment_method_id?: string;
  exchange_price_difference?: number;
}
export interface Variant {
  item_id: string;
  options: Record<string, string>;
  available: boolean;
  price: number;
}
export interface Product {
  name: string;
  product_id: string;
  variants: Record<string, Variant>;
}

export interface RetailData {
  users: Record<string, RetailUser>;
  orders: Record<string, RetailOrder>;
  products: Record<string, Product>;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Items of an order swapped for other variants (a modification or an exchange), and who pays the difference. */
export interface ItemSwap {
  orderId: string;
  itemIds: string[];
  /** The variant each item becomes, in the same order. */
  newItemIds: string[];
  paymentMethodId: string;
  /** What the customer pays (negative: gets back). */
  difference: number;
}

export class RetailStore {
  constructor(readonly data: RetailData) {}

  static load(tenantDir: string): RetailStore {
    const read = <T>(f: string) => JSON.parse(readFileSync(join(tenantDir, f), 'utf8')) as T;
    return new RetailStore({ users: read('users.json'), orders: read('orders.json'), products: read('products.json') });
  }

  clone(): RetailStore {
    return new RetailStore(structuredClone(this.data));
  }

  userIdByEmail(email: string): string | null {
    const e = email.trim().toLowerCase();
    return Object.entries(this.data.users).find(([, u]) => u.email.toLowerCase() === e)?.[0] ?? null;
  }

  userIdByNameZip(first: string, last: string, zip: string): string | null {
    const f = first.trim().toLowerCase();
    const l = last.trim().toLowerCase();
    return (
      Object.entries(this.data.users).find(
        ([, u]) =>
          u.name.first_name.toLowerCase() === f && u.name.last_name.toLowerCase() === l && u.address.zip === zip.trim(),
      )?.[0] ?? null
    );
  }

  user(id: string): RetailUser | undefined {
    return this.data.users[id];
  }
  order(id: string): RetailOrder | undefined {
    return this.data.orders[id];
  }
  product(id: string): Product | undefined {
    return this.data.products[id];
  }
  variant(itemId: string): { product: Product; variant: Variant } | undefined {
    for (const product of Object.values(this.data.products)) {
      const variant = product.variants[itemId];
      if (variant) return { product, variant };
    }
    return undefined;
  }

  /** Sum of the order's payments less its refunds: what a cancellation gives back. */
  paidTotal(order: RetailOrder): number {
    return round2(
      order.payment_history.reduce((s, p) => s + (p.transaction_type === 'payment' ? p.amount : -p.amount), 0),
    );
  }

  cancel(orderId: string, reason: string): RetailOrder {
    const order = this.data.orders[orderId]!;
    const refunds = order.payment_history
      .filter((p) => p.transaction_type === 'payment')
      .map((p) => ({ transaction_type: 'refund' as const, amount: p.amount, payment_method_id: p.payment_method_id }));
    for (const r of refunds) this.creditGiftCard(order.user_id, r.payment_method_id, r.amount);
    order.payment_history.push(...refunds);
    order.status = 'cancelled';
    order.cancel_reason = reason;
    return order;
  }

  returnItems(orderId: string, itemIds: string[], paymentMethodId: string): RetailOrder {
    const order = this.data.orders[orderId]!;
    order.status = 'return requested';
    order.return_items = [...itemIds].sort();
    order.return_payment_method_id = paymentMethodId;
    return order;
  }

  exchangeItems({ orderId, itemIds, newItemIds, paymentMethodId, difference }: ItemSwap): RetailOrder {
    const order = this.data.orders[orderId]!;
    order.status = 'exchange requested';
    order.exchange_items = [...itemIds].sort();
    order.exchange_new_items = [...newItemIds].sort();
    order.exchange_payment_method_id = paymentMethodId;
    order.exchange_price_difference = round2(difference);
    return order;
  }

  modifyItems({ orderId, itemIds, newItemIds, paymentMethodId, difference }: ItemSwap): RetailOrder {
    const order = this.data.orders[orderId]!;
    itemIds.forEach((itemId, i) => {
      const item = order.items.find((it) => it.item_id === itemId)!;
      const next = this.variant(newItemIds[i]!)!.variant;
      item.item_id = next.item_id;
      item.price = next.price;
      item.options = next.options;
    });
    order.payment_history.push({
      transaction_type: difference >= 0 ? 'payment' : 'refund',
      amount: round2(Math.abs(difference)),
      payment_method_id: paymentMethodId,
    });
    this.creditGiftCard(order.user_id, paymentMethodId, -difference);
    order.status = 'pending (item modified)';
    return order;
  }

  modifyPayment(orderId: string, paymentMethodId: string): RetailOrder {
    const order = this.data.orders[orderId]!;
    const amount = this.paidTotal(order);
    const old = order.payment_history.find((p) => p.transaction_type === 'payment')!.payment_method_id;
    order.payment_history.push(
      { transaction_type: 'payment', amount, payment_method_id: paymentMethodId },
      { transaction_type: 'refund', amount, payment_method_id: old },
    );
    this.creditGiftCard(order.user_id, paymentMethodId, -amount);
    this.creditGiftCard(order.user_id, old, amount);
    return order;
  }

  modifyOrderAddress(orderId: string, address: Address): RetailOrder {
    const order = this.data.orders[orderId]!;
    order.address = address;
    return order;
  }

  modifyUserAddress(userId: string, address: Address): RetailUser {
    const user = this.data.users[userId]!;
    user.address = address;
    return user;
  }

  private creditGiftCard(userId: string, paymentMethodId: string, amount: number): void {
    const pm = this.data.users[userId]?.payment_methods[paymentMethodId];
    if (pm?.source === 'gift_card' && pm.balance !== undefined) pm.balance = round2(pm.balance + amount);
  }
}
