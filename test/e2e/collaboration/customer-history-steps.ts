/**
 * Customer history (issue 19): the customer panel lists the customer's earlier tickets with status, CSAT and date,
 * searches them and opens one, with Ben's console offline (it reads its own cache).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { CustomerTicket } from '../../../shared/api/customer-history-console.js';
import type { Customer } from '../../../shared/domain/ticket.js';
import { activeTestId } from '../../helpers/console-page.js';
import { callConsoleHost } from '../../helpers/e2e-host-calls.js';
import { expectAxeClean, openTicket, type TwoConsoles } from './two-consoles.js';

const HANA: Customer = { id: 'cus_collab_history_hana', name: 'Hana Historia', tier: 'premium' };

/** The customer's tickets as a console's host lists them (the page's own call). */
async function historyAt(consoleUrl: string): Promise<CustomerTicket[]> {
  const answer = (await callConsoleHost(consoleUrl, 'listCustomerTickets', { customerId: HANA.id })) as {
    ok: boolean;
    value?: { tickets: CustomerTicket[] };
  };
  return answer.value?.tickets ?? [];
}

/** The date as the page's UI language writes it (the panel's formatters use Intl with the same options). */
const dateInPage = (page: Page, iso: string) =>
  page.evaluate(
    (at) => new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'medium' }).format(new Date(at)),
    iso,
  );

export async function customerHistorySteps(c: TwoConsoles): Promise<void> {
  const { ana, ben } = c;
  // Hana's earlier tickets: one Ana resolved and Hana rated 2 of 5, one still escalated; then today's.
  const hotel = await c.escalate({
    subject: 'Charged twice for the hotel',
    text: 'The hotel in Lisbon charged my card twice.',
    customer: HANA,
  });
  const pin = await c.escalate({ subject: 'PIN letter missing', text: 'My PIN letter never came.', customer: HANA });
  const today = await c.escalate({ subject: 'Card arrived bent', text: 'The new card is bent.', customer: HANA });
  await expect.poll(async () => (await historyAt(ana.url)).some((ticket) => ticket.id === hotel)).toBe(true);
  expect(
    await callConsoleHost(ana.url, 'sendReply', {
      ticketId: hotel,
      text: 'The second charge is refunded.',
      resolve: true,
    }),
  ).toMatchObject({ ok: true });
  await expect.poll(async () => (await c.ticket(hotel)).ticket.status).toBe('resolved');
  await c.admin('POST', `/tickets/${hotel}/rating`, { score: 2 });
  // Ben's console has all three, the rating included, before it loses the queue.
  await expect
    .poll(async () => (await historyAt(ben.url)).map((ticket) => [ticket.id, ticket.status, ticket.csat]))
    .toEqual([
      [today, 'escalated', null],
      [pin, 'escalated', null],
      [hotel, 'resolved', 2],
    ]);

  await ben.goOffline();
  const page = ben.page;
  await openTicket(page, today);
  const panel = page.getByTestId('customer-history');
  const items = panel.getByTestId('customer-history-item');
  await expect
    .poll(() => items.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-ticket-id'))))
    .toEqual([today, pin, hotel]);
  // The open one is marked; each shows its status, rating and date in the UI language.
  await expect.poll(() => panel.locator('[aria-current="true"]').getAttribute('data-ticket-id')).toBe(today);
  const rated = panel.locator(`[data-testid="customer-history-item"][data-ticket-id="${hotel}"]`);
  expect(await rated.getByTestId('customer-history-status').textContent()).toBe('Resolved');
  expect(await rated.getByTestId('customer-history-csat').textContent()).toBe('Rated 2 of 5');
  const hotelTicket = (await c.ticket(hotel)).ticket;
  expect(await rated.getByTestId('customer-history-date').getAttribute('datetime')).toBe(hotelTicket.createdAt);
  expect(await rated.getByTestId('customer-history-date').textContent()).toBe(
    `Created ${await dateInPage(page, hotelTicket.createdAt)}`,
  );
  expect(await panel.getByTestId('customer-history-count').textContent()).toBe('Tickets: 3');
  await expectAxeClean(page, '[data-testid="customer-history"]');

  // `c` focuses the search; the words of a message find the hotel ticket offline; ↓ and Enter open it.
  await page.getByTestId('ticket-view').focus();
  await page.keyboard.press('c');
  await expect.poll(() => activeTestId(page)).toBe('customer-history-search');
  await page.keyboard.type('lisbon card');
  await expect
    .poll(() => items.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-ticket-id'))))
    .toEqual([hotel]);
  expect(await panel.getByTestId('customer-history-count').textContent()).toBe('Tickets with these words: 1');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-ticket-id'))).toBe(hotel);
  await page.keyboard.press('Enter');
  await page.locator(`[data-testid="ticket-view"][data-ticket-id="${hotel}"] [data-testid="ticket-status"]`).waitFor();
  expect(await page.getByTestId('ticket-subject').textContent()).toBe('Charged twice for the hotel');
  expect(await page.getByTestId('connection-status').getAttribute('data-online')).toBe('false');

  // A search the contract does not take is said on the field; the list stays.
  await page.keyboard.press('c');
  await page.getByTestId('customer-history-search').fill('x'.repeat(201));
  await page.getByTestId('customer-history-problem').waitFor();
  expect(await page.getByTestId('customer-history-search').getAttribute('aria-invalid')).toBe('true');
  await expectAxeClean(page, '[data-testid="customer-history"]');
  await page.getByTestId('customer-history-search').fill('');
  await page.keyboard.press('Escape');
  await ben.goOnline();
}
