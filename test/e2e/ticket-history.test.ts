import { describe, expect, it } from 'vitest';
import { openFromReview } from '../helpers/console-page.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';

/** The ticket view's history panel: the queue's audit trail of the ticket, opened from the keyboard. */
describe('ticket history in the browser', () => {
  const e2e = consoleInBrowserPerFile({ autopilot: false });

  it('shows who did what and why, refused attempts marked, and follows new changes while open', async () => {
    const { page, stack } = e2e;
    const posted = await stack.postTicket('Lost card', 'I lost my card yesterday, please block it.');
    const id = posted.ticket.id;
    const at = new Date().toISOString();
    await stack.pushAs(
      'history-lead',
      [
        {
          id: 1,
          type: 'note',
          ticketId: id,
          createdAt: at,
          messageId: 'history-note-1',
          text: 'Blocked it in the core system.',
          agentName: 'Lee Lead',
        },
      ],
      'lead',
    );
    // A review of a ticket nobody handled yet is refused by the queue, and recorded as refused.
    await stack.pushAs(
      'history-lead',
      [{ id: 2, type: 'review', ticketId: id, createdAt: at, verdict: 'approve', reviewerName: 'Lee Lead' }],
      'lead',
    );

    await openFromReview(page, id);

    const toggle = page.getByTestId('ticket-history-toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const events = page.getByTestId('history-event');
    await expect
      .poll(() => events.evaluateAll((items) => items.map((item) => item.getAttribute('data-action'))), {
        timeout: 30_000,
      })
      .toEqual(['ticket_intake', 'note', 'review']);
    // The actor is the token's person (the demo lead); the name the console sent is replaced by the queue, never shown.
    expect(await events.nth(1).getByTestId('history-actor').innerText()).toBe('Demo lead');
    expect(await events.nth(1).getByTestId('history-claimed-name').count()).toBe(0);
    expect(await events.nth(1).innerText()).not.toContain('Lee Lead');
    expect(await events.nth(1).innerText()).toContain('Internal note');
    expect(await events.nth(2).getAttribute('data-refused')).toBe('true');
    expect(await events.nth(2).innerText()).toMatch(/refused[\s\S]*nothing to review/);

    // Still open, another change arrives: the panel shows it after the ticket refreshes.
    await stack.pushAs('history-agent', [
      {
        id: 1,
        type: 'agent_reply',
        ticketId: id,
        createdAt: new Date().toISOString(),
        messageId: 'history-reply-1',
        text: 'Your card is blocked.',
        resolve: true,
        agentName: 'Sam Agent',
      },
    ]);
    await expect.poll(() => events.count(), { timeout: 15_000 }).toBe(4);
    expect(await events.nth(3).getAttribute('data-action')).toBe('send_and_resolve');
    expect(await events.nth(3).innerText()).toContain('Replied and resolved');
    expect(await events.nth(3).getByTestId('history-actor').innerText()).toBe('Demo agent');
    expect(await events.nth(3).getByTestId('history-claimed-name').count()).toBe(0);
    expect(await events.nth(3).innerText()).not.toContain('Sam Agent');
    expect(await toggle.evaluate((element) => element === document.activeElement)).toBe(true);
  });
});
