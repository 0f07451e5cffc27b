import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { waitFor } from '../helpers/child-process.js';
import { startStack, type Stack } from '../helpers/switchboard-stack.js';

const TICKETS = [
  { subject: 'Karte gesperrt', text: 'Meine Karte wurde gesperrt, nachdem ich dreimal die falsche PIN eingegeben habe. Was nun?' },
  { subject: 'カードが届きません', text: '新しいカードがまだ届いていません。いつ届きますか？' },
  { subject: 'บัตรถูกระงับ', text: 'บัตรของฉันถูกระงับ ฉันต้องการคืนเงินค่าธรรมเนียม' },
];

/** A reviewer with no network: search, filter and annotate the cached conversations, then reconnect. */
describe('offline review in the browser', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  const ids: string[] = [];

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(stack.consoleUrl);
    await page.getByTestId('connection-status').and(page.locator('[data-online="true"]')).waitFor({ timeout: 20_000 });
    for (const ticket of TICKETS) ids.push((await stack.postTicket(ticket.subject, ticket.text)).ticket.id);
    // Wait for the AI to decide them, so language and intent are known.
    for (const id of ids) {
      await waitFor(async () => ((await stack.getTicket(id)).ticket.status === 'new' ? null : true), 20_000, `the AI decision on ${id}`);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const row = (id: string) => page.locator(`[data-testid="review-item"][data-ticket-id="${id}"]`);
  const shownIds = async () => page.locator('[data-testid="review-item"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-ticket-id')));

  it('searches (Japanese, Thai, German), filters and annotates with the queue down; the note goes out on reconnect', async () => {
    await page.getByTestId('nav-review').click();
    await waitFor(
      async () => {
        await page.getByTestId('review-submit').click();
        return (await row(ids[2] ?? '').count()) > 0 && (await stack.getTicket(ids[2] ?? '')).ticket.language !== null;
      },
      15_000,
      'the tickets in the cache',
    );

    await stack.stopQueue();
    await expect.poll(() => page.getByTestId('connection-status').getAttribute('data-online'), { timeout: 15_000 }).toBe('false');

    const search = async (text: string) => {
      await page.getByTestId('review-search').fill(text);
      await page.getByTestId('review-submit').click();
    };
    await search('届いて');
    await expect.poll(shownIds).toEqual([ids[1]]);
    expect(await row(ids[1] ?? '').getByTestId('review-excerpt').innerText()).toContain('届いていません');
    await search('คืนเงิน');
    await expect.poll(shownIds).toEqual([ids[2]]);
    await search('falsche PIN');
    await expect.poll(shownIds).toEqual([ids[0]]);
    await search('PIN Lieferung');
    await expect.poll(shownIds).toEqual([]);

    // Filters: the language the AI detected for the German ticket narrows an empty search to it.
    const german = (await stack.getTicket(ids[0] ?? '').catch(() => null))?.ticket.language;
    expect(german).toBeUndefined(); // the queue is down: the console answers alone
    await search('');
    await page.getByTestId('review-language').selectOption('de');
    await page.getByTestId('review-submit').click();
    await expect.poll(async () => (await shownIds()).includes(ids[0] ?? '')).toBe(true);
    expect((await shownIds()).some((id) => id === ids[1] || id === ids[2])).toBe(false);
    await page.getByTestId('review-language').selectOption('');
    const today = new Date().toISOString().slice(0, 10);
    await page.getByTestId('review-from').fill('2000-01-01');
    await page.getByTestId('review-to').fill('2000-01-02');
    await page.getByTestId('review-submit').click();
    await expect.poll(shownIds).toEqual([]);
    await page.getByTestId('review-to').fill(today);
    await page.getByTestId('review-submit').click();
    await expect.poll(async () => (await shownIds()).length).toBeGreaterThanOrEqual(3);

    // Annotate offline: a note on the Thai ticket waits in the outbox.
    await row(ids[2] ?? '').click();
    const view = page.locator(`[data-testid="ticket-view"][data-ticket-id="${ids[2]}"]`);
    await view.waitFor();
    const note = 'Reviewed offline: the refund request is legitimate.';
    await view.getByTestId('reply-editor').fill(note);
    await view.getByTestId('note-button').click();
    await expect.poll(() => page.getByTestId('unsent-count').innerText(), { timeout: 5_000 }).toBe('1');
    expect(await view.locator('[data-testid="message"][data-pending="true"][data-kind="note"]').innerText()).toContain(note);
    await search('legitimate');
    await expect.poll(shownIds).toEqual([ids[2]]);

    await stack.startQueue();
    await expect.poll(() => page.getByTestId('unsent-count').innerText(), { timeout: 30_000 }).toBe('0');
    const stored = await stack.getTicket(ids[2] ?? '');
    expect(stored.messages.filter((m) => m.kind === 'note').map((m) => m.text)).toEqual([note]);
  });
});
