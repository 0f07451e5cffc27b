import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createToolBox } from '../../../engine/tools/index.js';
import { startRetailApi, type RetailApi } from '../../../examples/retail-api/retail-api-server.js';
import { retailCustomerTicket, retailToolApi } from '../../helpers/retail-tool-api.js';

/**
 * The retail demo's policy, now an OpenAPI document's x-switchboard policies checked by the generic guard before the
 * demo shop's API is called over HTTP (the cases of the wired-in guard's test, each still refused or allowed: by the
 * guard, `forbidden`/`invalid`, or by the shop's API, `failed` with its message).
 */
let api: RetailApi;

function session(
  over: { email?: string | null; text?: string; humanTouched?: boolean; mode?: 'live' | 'shadow' } = {},
) {
  return createToolBox([retailToolApi(api.baseUrl)]).session({
    ticket: retailCustomerTicket(over.email, { humanTouched: over.humanTouched ?? false }),
    latestCustomerText: over.text ?? 'Yes, please go ahead.',
    mode: over.mode ?? 'live',
  });
}

const returnItem = (orderId: string, itemId: string, paymentMethodId: string, s = session()) =>
  s.call('return_delivered_order_items', { order_id: orderId, item_ids: [itemId], payment_method_id: paymentMethodId });
const exchangeShirtFor = (newItemId: string, s = session()) =>
  s.call('exchange_delivered_order_items', {
    order_id: '#W3223435',
    item_ids: ['3799046073'],
    new_item_ids: [newItemId],
    payment_method_id: 'gift_card_9708163',
  });

beforeAll(async () => {
  api = await startRetailApi();
});
afterAll(async () => {
  await api.close();
});
beforeEach(() => api.reset());

describe("tool guard over the retail demo API: the tenant's policy, not the model, decides", () => {
  it("binds the ticket's customer by its email and refuses another customer's lookups and orders", async () => {
    const s = session();
    expect(await s.call('find_user_id_by_email', { email: 'anya.brown8893@example.com' })).toMatchObject({
      status: 'forbidden',
    });
    expect(await s.call('get_user_details', { user_id: 'anya_brown_2024' })).toMatchObject({ status: 'forbidden' });
    expect(await s.call('get_order_details', { order_id: '#W8883368' })).toMatchObject({
      status: 'forbidden',
      reason: expect.stringMatching(/belongs to another customer/),
    });
    expect(await s.call('get_order_details', { order_id: '#W2403075' })).toMatchObject({
      status: 'ok',
      result: { order_id: '#W2403075', user_id: 'aarav_davis_4756', paid_total: 188.67 },
    });
    expect(await s.call('get_order_details', { order_id: '#W0000000' })).toMatchObject({
      status: 'invalid',
      reason: expect.stringMatching(/Order #W0000000 was not found/),
    });
  });

  it('needs an identified customer before any order tool; an identify call binds one', async () => {
    const s = session({ email: null });
    expect(await s.call('get_order_details', { order_id: '#W2403075' })).toMatchObject({
      status: 'invalid',
      reason: expect.stringMatching(
        /Identify the customer first \(find_user_id_by_email or find_user_id_by_name_zip\)/,
      ),
    });
    expect(
      await s.call('find_user_id_by_name_zip', { first_name: 'Aarav', last_name: 'Davis', zip: '76150' }),
    ).toMatchObject({ status: 'ok', result: { user_id: 'aarav_davis_4756' } });
    expect(await s.call('get_order_details', { order_id: '#W2403075' })).toMatchObject({ status: 'ok' });
    expect(await s.call('find_user_id_by_email', { email: 'anya.brown8893@example.com' })).toMatchObject({
      status: 'forbidden',
    });
  });

  it('allows actions only in the states the policy names, with reasons the API accepts', async () => {
    expect(
      await session().call('cancel_pending_order', { order_id: '#W3223435', reason: 'no longer needed' }),
    ).toMatchObject({ status: 'forbidden', reason: expect.stringMatching(/status "delivered"/) });
    expect(await returnItem('#W2403075', '3320557165', 'gift_card_9708163')).toMatchObject({ status: 'forbidden' });
    expect(
      await session().call('cancel_pending_order', { order_id: '#W2403075', reason: 'too expensive' }),
    ).toMatchObject({
      status: 'invalid',
      reason: expect.stringMatching(/arguments\.reason: "too expensive" is not one of/),
    });
    const s = session();
    expect(await s.call('cancel_pending_order', { order_id: '#W2403075', reason: 'no longer needed' })).toMatchObject({
      status: 'ok',
      result: { status: 'cancelled', cancel_reason: 'no longer needed' },
    });
    expect([...s.actionsDone]).toEqual(['cancel_pending_order']);
    expect(api.store.order('#W2403075')!.status).toBe('cancelled');
  });

  it('keeps the money moved within the policy limit per ticket', async () => {
    const s = session({ email: 'aarav.anderson9752@example.com' });
    const order = api.store.order('#W9311069')!; // delivered, 4335.53
    expect(
      await s.call('return_delivered_order_items', {
        order_id: '#W9311069',
        item_ids: order.items.map((i) => i.item_id),
        payment_method_id: order.payment_history[0]!.payment_method_id,
      }),
    ).toMatchObject({ status: 'forbidden', reason: expect.stringMatching(/above the policy limit of 2000 USD/) });
    // Cancelling 1306.75 leaves 693.25 of the 2000: a 53.27 return fits, cancelling another 1708.42 does not.
    const t = session();
    const cancel = (orderId: string) =>
      t.call('cancel_pending_order', { order_id: orderId, reason: 'no longer needed' });
    expect(await cancel('#W7430166')).toMatchObject({ status: 'ok' });
    expect(await returnItem('#W3223435', '3799046073', 'gift_card_9708163', t)).toMatchObject({ status: 'ok' });
    expect(await cancel('#W3196599')).toMatchObject({
      status: 'forbidden',
      reason: expect.stringMatching(/bringing this ticket to 3068\.44, above the policy limit/),
    });
    expect(api.store.order('#W3196599')!.status).toBe('pending');
    expect(api.store.order('#W3223435')!.return_items).toEqual(['3799046073']);
  });

  it("pays and refunds only with the customer's own methods, and only items of that order", async () => {
    expect(await returnItem('#W3223435', '3799046073', 'credit_card_3414703')).toMatchObject({
      status: 'forbidden',
      reason: expect.stringMatching(/not one of this customer's/),
    });
    expect(await returnItem('#W3223435', '5510402676', 'gift_card_9708163')).toMatchObject({
      status: 'forbidden',
      reason: expect.stringMatching(/are not in order_id #W3223435/),
    });
  });

  it('exchanges only to an available variant of the same product (the shop answers why not)', async () => {
    const shirt = api.store.product('9523456873')!;
    const other = Object.values(shirt.variants).find((v) => v.available && v.item_id !== '3799046073')!;
    expect(await exchangeShirtFor('3320557165')).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/HTTP 400.*not a variant of the same product/),
    });
    expect(api.store.order('#W3223435')!.status).toBe('delivered');
    expect(await exchangeShirtFor(other.item_id)).toMatchObject({
      status: 'ok',
      result: { status: 'exchange requested' },
    });
  });

  it('makes no changes without an explicit yes, once a person handles the ticket, or in a shadow run', async () => {
    const cancel = (s: ReturnType<typeof session>) =>
      s.call('cancel_pending_order', { order_id: '#W2403075', reason: 'no longer needed' });
    expect(await cancel(session({ text: 'Why?' }))).toMatchObject({ status: 'invalid', reason: /explicit "yes"/ });
    expect(await cancel(session({ humanTouched: true }))).toMatchObject({
      status: 'invalid',
      reason: expect.stringMatching(/only draft/),
    });
    expect(await cancel(session({ mode: 'shadow' }))).toMatchObject({ status: 'invalid', reason: /shadow run/ });
    expect(api.store.order('#W2403075')!.status).toBe('pending');
  });

  it('hands over to a person, refuses unknown tools and stops at the calls a ticket may make', async () => {
    const s = createToolBox([retailToolApi(api.baseUrl, { maxCallsPerTicket: 2 })]).session({
      ticket: retailCustomerTicket(),
      latestCustomerText: 'hi',
      mode: 'live',
    });
    expect(await s.call('transfer_to_human_agents', { summary: 'wants a person' })).toEqual({
      status: 'handoff',
      summary: 'wants a person',
    });
    expect(await s.call('calculate', {})).toMatchObject({
      status: 'invalid',
      reason: 'There is no tool named calculate.',
    });
    expect(await s.call('list_all_product_types', {})).toMatchObject({ status: 'ok' });
    expect(await s.call('get_product_details', { product_id: '9523456873' })).toMatchObject({ status: 'ok' });
    expect(await s.call('get_product_details', { product_id: '9523456873' })).toMatchObject({
      status: 'forbidden',
      reason: expect.stringMatching(/used the 2 calls/),
    });
  });
});
