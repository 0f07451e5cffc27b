import { describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/child-process.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { whileHolding } from '../helpers/e2e-host-calls.js';
import { waitForAiDecision } from '../helpers/e2e-tickets.js';

const TICKETS = [
  {
    subject: 'Karte gesperrt',
    text: 'Meine Karte wurde gesperrt, nachdem ich dreimal die falsche PIN eingegeben habe. Was nun?',
  },
  { subject: 'カードが届きません', text: '新しいカードがまだ届いていません。いつ届きますか？' },
  { subject: 'บัตรถูกระงับ', text: 'บัตรของฉันถูกระงับ ฉันต้องการคืนเงินค่าธรรมเนียม' },
];

/** A reviewer with no network: search, filter and annotate the cached conversations, then reconnect. */
describe('offline review in the browser', () => {
  const ids: string[] = [];
  const e2e = consoleInBrowserPerFile({
    async whenOpen(_page, stack) {
      for (const ticket of TICKETS) ids.push((await stack.postTicket(ticket.subject, ticket.text)).ticket.id);
      // Wait for the AI to decide them, so language and intent are known.
      for (const id of ids) await waitForAiDecision(stack, id);
    },
    // Generous: starting the queue, the console and its AI engine takes minutes on a loaded two-core machine.
    setupTimeoutMs: 480_000,
  });

  const row = (id: string) => e2e.page.locator(`[data-testid="review-item"][data-ticket-id="${id}"]`);
  /** The customer's rating shown on a ticket's row. */
  const rating = (id: string) => row(id).getByTestId('review-csat');
  const shownIds = async () =>
    e2e.page
      .locator('[data-testid="review-item"]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-ticket-id')));

  it('searches (Japanese, Thai, German), filters and annotates with the queue down; the note goes out on reconnect', async () => {
    const { page, stack } = e2e;
    await page.getByTestId('nav-review').click();
    await waitFor(
      async () => {
        await page.getByTestId('review-submit').click();
        return (await row(ids[2] ?? '').count()) > 0 && (await stack.getTicket(ids[2] ?? '')).ticket.language !== null;
      },
      15_000,
      'the tickets in the cache',
    );

    // Customers rate two of them once resolved: a happy 5 and an unhappy 2; the Thai one stays unrated.
    let mutationId = 0;
    for (const [index, score] of [
      [0, 5],
      [1, 2],
    ] as const) {
      const id = ids[index] ?? '';
      if ((await stack.getTicket(id)).ticket.status !== 'ai_resolved') {
        const createdAt = new Date().toISOString();
        const resolve = {
          id: ++mutationId,
          type: 'agent_reply',
          ticketId: id,
          messageId: `resolve-${id}`,
          text: 'Sorted, thank you.',
          resolve: true,
          agentName: 'Sam',
          createdAt,
        };
        expect((await stack.pushAs('other-console', [resolve])).results[0]?.status).toBe('applied');
      }
      await stack.rateTicket(id, score, score < 3 ? 'Took too long.' : undefined);
    }
    // Both ratings must be in the console's cache before the queue goes down. Asked until an answer shows
    // them on their rows: the list on screen before an answer (which holds these tickets too) has no ratings.
    const ratingShown = async (id: string) => (await rating(id).allInnerTexts()).join('|');
    await waitFor(
      async () => {
        await page.getByTestId('review-submit').click();
        return (
          (await ratingShown(ids[0] ?? '')) === 'Rated 5 of 5' && (await ratingShown(ids[1] ?? '')) === 'Rated 2 of 5'
        );
      },
      30_000,
      'both ratings in the cache',
    );

    await stack.stopQueue();
    await expect
      .poll(() => page.getByTestId('connection-status').getAttribute('data-online'), { timeout: 15_000 })
      .toBe('false');

    const search = async (text: string) => {
      await page.getByTestId('review-search').fill(text);
      await page.getByTestId('review-submit').click();
    };
    await search('届いて');
    await expect.poll(shownIds).toEqual([ids[1]]);
    const excerpt = row(ids[1] ?? '').getByTestId('review-excerpt');
    expect(await excerpt.innerText()).toContain('届いていません');
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
    // Poll for the filtered answer as a whole: the unfiltered one before it also holds the German ticket.
    await expect
      .poll(async () => {
        const shown = await shownIds();
        return shown.includes(ids[0] ?? '') && !shown.some((id) => id === ids[1] || id === ids[2]);
      })
      .toBe(true);
    await page.getByTestId('review-language').selectOption('');
    const today = new Date().toISOString().slice(0, 10);
    await page.getByTestId('review-from').fill('2000-01-01');
    await page.getByTestId('review-to').fill('2000-01-02');
    await page.getByTestId('review-submit').click();
    await expect.poll(shownIds).toEqual([]);
    await page.getByTestId('review-to').fill(today);
    await page.getByTestId('review-submit').click();
    await expect.poll(async () => (await shownIds()).length).toBeGreaterThanOrEqual(3);

    // Filter by the customer's rating, offline: 4-5, 1-3, unrated.
    const csatFilter = async (value: '' | 'high' | 'low' | 'unrated') => {
      await page.getByTestId('review-csat-filter').selectOption(value);
      await page.getByTestId('review-submit').click();
    };
    const ours = async () => (await shownIds()).filter((id) => ids.includes(id ?? ''));
    await csatFilter('high');
    await expect.poll(ours).toEqual([ids[0]]);
    expect(await rating(ids[0] ?? '').innerText()).toBe('Rated 5 of 5');
    await csatFilter('low');
    await expect.poll(ours).toEqual([ids[1]]);
    await csatFilter('unrated');
    await expect.poll(ours).toEqual([ids[2]]);
    expect(await rating(ids[2] ?? '').count()).toBe(0);
    await csatFilter('');

    // Annotate offline: a note on the Thai ticket waits in the outbox.
    await row(ids[2] ?? '').click();
    const view = page.locator(`[data-testid="ticket-view"][data-ticket-id="${ids[2]}"]`);
    await view.waitFor();
    const note = 'Reviewed offline: the refund request is legitimate.';
    await view.getByTestId('reply-editor').fill(note);
    await view.getByTestId('note-button').click();
    await expect.poll(() => page.getByTestId('unsent-count').innerText()).toBe('1');
    expect(await view.locator('[data-testid="message"][data-pending="true"][data-kind="note"]').innerText()).toContain(
      note,
    );
    await search('legitimate');
    await expect.poll(shownIds).toEqual([ids[2]]);

    await stack.startQueue();
    await expect.poll(() => page.getByTestId('unsent-count').innerText(), { timeout: 30_000 }).toBe('0');
    const stored = await stack.getTicket(ids[2] ?? '');
    expect(stored.messages.filter((m) => m.kind === 'note').map((m) => m.text)).toEqual([note]);
  }, 300_000);

  it('shows the answer to the newest search when an older, slower search is answered after it', async () => {
    const { page } = e2e;
    await page.getByTestId('nav-review').click();
    await page.getByTestId('review-view').waitFor();
    // Hold back the answer to the first search only; the second goes through.
    await whileHolding(
      page,
      'searchTickets',
      async (slow) => {
        const search = async (text: string) => {
          await page.getByTestId('review-search').fill(text);
          await page.getByTestId('review-submit').click();
        };
        await search('届いて');
        await search('คืนเงิน');
        await expect.poll(shownIds).toEqual([ids[2]]);
        slow.release();
        await slow.answered;
        // Give the renderer the chance to (wrongly) apply the stale answer before looking again.
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        expect(await shownIds()).toEqual([ids[2]]);
      },
      'first',
    );
  }, 60_000);
});
