import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRetailPolicy } from '../../../engine/openai/retail-policy.js';
import { RetailStore } from '../../../engine/openai/retail-store.js';
import { checkToolCall, isExplicitConfirmation, type GuardSession } from '../../../engine/openai/tool-guard.js';
import { RateLimitExceeded, TenantRateLimiter } from '../../../engine/openai/rate-limiter.js';
import { backoffMs, parseRetryAfter } from '../../../engine/openai/retry.js';

const dir = join(import.meta.dirname, '../../../resources/tenants/retail');
const base = RetailStore.load(dir);
const policy = loadRetailPolicy(dir);
const session = (over: Partial<GuardSession> = {}): GuardSession => ({
  store: base.clone(),
  policy,
  userId: 'aarav_davis_4756',
  userFixedByTicket: true,
  confirmed: true,
  humanTouched: false,
  refundedSoFar: 0,
  ...over,
});

/** The guard's verdict on returning one item of an order, refunded to a payment method. */
const returnItem = (orderId: string, itemId: string, paymentMethodId: string, over: Partial<GuardSession> = {}) =>
  checkToolCall(
    'return_delivered_order_items',
    { order_id: orderId, item_ids: [itemId], payment_method_id: paymentMethodId },
    session(over),
  );
/** The guard's verdict on exchanging the shirt of delivered order #W3223435 for another item, paid by gift card. */
const exchangeShirtFor = (newItemId: string, s: GuardSession) =>
  checkToolCall(
    'exchange_delivered_order_items',
    {
      order_id: '#W3223435',
      item_ids: ['3799046073'],
      new_item_ids: [newItemId],
      payment_method_id: 'gift_card_9708163',
    },
    s,
  );

describe('tool guard: the policy, not the model, decides', () => {
  it('refuses lookups of another customer and reads of their orders', () => {
    expect(checkToolCall('find_user_id_by_email', { email: 'anya.brown8893@example.com' }, session())).toMatchObject({
      ok: false,
      severity: 'forbidden',
    });
    expect(checkToolCall('get_user_details', { user_id: 'anya_brown_2024' }, session())).toMatchObject({
      ok: false,
      severity: 'forbidden',
    });
    expect(checkToolCall('get_order_details', { order_id: '#W8883368' }, session())).toMatchObject({
      ok: false,
      severity: 'forbidden',
    });
    expect(checkToolCall('get_order_details', { order_id: '#W2403075' }, session())).toEqual({ ok: true });
  });

  it('needs an authenticated customer before any order tool', () => {
    expect(checkToolCall('get_order_details', { order_id: '#W2403075' }, session({ userId: null }))).toMatchObject({
      ok: false,
      severity: 'invalid',
    });
  });

  it('allows actions only in the order states the policy names', () => {
    expect(
      checkToolCall('cancel_pending_order', { order_id: '#W3223435', reason: 'no longer needed' }, session()),
    ).toMatchObject({
      ok: false,
      severity: 'forbidden',
      reason: expect.stringMatching(/status "delivered"/),
    });
    expect(returnItem('#W2403075', '3320557165', 'gift_card_9708163')).toMatchObject({
      ok: false,
      severity: 'forbidden',
    });
    expect(
      checkToolCall('cancel_pending_order', { order_id: '#W2403075', reason: 'no longer needed' }, session()),
    ).toEqual({ ok: true, refund: 188.67 });
    expect(
      checkToolCall('cancel_pending_order', { order_id: '#W2403075', reason: 'too expensive' }, session()),
    ).toMatchObject({ ok: false, severity: 'invalid' });
  });

  it('keeps refunds within the policy limit per ticket', () => {
    const s = session({ userId: 'aarav_anderson_8794' });
    const order = s.store.order('#W9311069')!; // delivered, 4335.53
    const verdict = checkToolCall(
      'return_delivered_order_items',
      {
        order_id: '#W9311069',
        item_ids: order.items.map((i) => i.item_id),
        payment_method_id: order.payment_history[0]!.payment_method_id,
      },
      s,
    );
    expect(verdict).toMatchObject({
      ok: false,
      severity: 'forbidden',
      reason: expect.stringMatching(/above the policy limit of 2000 USD/),
    });
    const small = returnItem('#W3223435', '3799046073', 'gift_card_9708163', { refundedSoFar: 1990 });
    expect(small).toMatchObject({ ok: false, severity: 'forbidden' });
    expect(returnItem('#W3223435', '3799046073', 'gift_card_9708163')).toEqual({ ok: true, refund: 53.27 });
  });

  it("pays and refunds only with the customer's own methods, and only items of that order", () => {
    expect(returnItem('#W3223435', '3799046073', 'credit_card_3414703')).toMatchObject({
      ok: false,
      severity: 'forbidden',
    });
    expect(returnItem('#W3223435', '5510402676', 'gift_card_9708163')).toMatchObject({
      ok: false,
      severity: 'forbidden',
    });
  });

  it('exchanges only to an available variant of the same product', () => {
    const s = session();
    const shirt = s.store.product('9523456873')!;
    const other = Object.values(shirt.variants).find((v) => v.available && v.item_id !== '3799046073')!;
    expect(exchangeShirtFor(other.item_id, s)).toMatchObject({ ok: true });
    expect(exchangeShirtFor('3320557165', s)).toMatchObject({
      ok: false,
      severity: 'forbidden',
      reason: expect.stringMatching(/same product/),
    });
  });

  it('makes no changes without an explicit yes, and none once a human owns the ticket (the model is told to draft)', () => {
    expect(
      checkToolCall(
        'cancel_pending_order',
        { order_id: '#W2403075', reason: 'no longer needed' },
        session({ confirmed: false }),
      ),
    ).toMatchObject({ ok: false, severity: 'invalid' });
    expect(
      checkToolCall(
        'cancel_pending_order',
        { order_id: '#W2403075', reason: 'no longer needed' },
        session({ humanTouched: true }),
      ),
    ).toMatchObject({ ok: false, severity: 'invalid', reason: expect.stringMatching(/only draft/) });
    expect(
      ['Yes, please', 'ja bitte', 'Oui', 'sí, adelante', 'はい', 'نعم'].filter((t) => !isExplicitConfirmation(t)),
    ).toEqual([]);
    expect(['no', 'Why?', 'yes but not now', 'I said yesterday that'].filter((t) => isExplicitConfirmation(t))).toEqual(
      [],
    );
  });
});

describe('rate limit and retry timing', () => {
  it('gives each tenant its own bucket, waits for a slot, and refuses a wait that is too long', async () => {
    let now = 0;
    const slept: number[] = [];
    const limiter = new TenantRateLimiter(
      () => ({ requestsPerMinute: 2, maxWaitMs: 40_000 }),
      () => now,
      async (ms) => {
        slept.push(ms);
        now += ms;
      },
    );
    await limiter.acquire('retail');
    await limiter.acquire('retail');
    await limiter.acquire('payments'); // another tenant is not affected
    expect(slept).toEqual([]);
    await limiter.acquire('retail');
    expect(slept).toEqual([30_000]);
    await limiter.acquire('retail');
    expect(slept).toEqual([30_000, 30_000]);
    const strict = new TenantRateLimiter(
      () => ({ requestsPerMinute: 1, maxWaitMs: 10 }),
      () => now,
      async () => undefined,
    );
    await strict.acquire('x');
    await expect(strict.acquire('x')).rejects.toBeInstanceOf(RateLimitExceeded);
  });

  it('reads retry-after in seconds, as a date, and retry-after-ms', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after': '3' }))).toBe(3000);
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '250', 'retry-after': '3' }))).toBe(250);
    expect(parseRetryAfter(new Headers({ 'retry-after': new Date(10_000).toUTCString() }), 4_000)).toBe(6000);
    expect(parseRetryAfter(new Headers({}))).toBeNull();
  });

  it('backs off exponentially with jitter when the server gives no retry-after', () => {
    const p = { maxRetries: 5, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 5_000 };
    const f = { retryable: true, httpStatus: 500, message: '', retryAfterMs: null };
    expect([1, 2, 3, 4, 5].map((a) => backoffMs(p, a, f, () => 1))).toEqual([100, 200, 400, 800, 1000]);
    expect(backoffMs(p, 3, f, () => 0)).toBe(200);
    expect(backoffMs(p, 1, { ...f, retryAfterMs: 2500 })).toBe(2500);
  });
});
