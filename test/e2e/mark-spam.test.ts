import { describe, expect, it } from 'vitest';
import { openFromInbox, openFromReview, scheduledFocusMovesDone } from '../helpers/console-page.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { PIN_QUESTION } from '../helpers/e2e-customer-texts.js';
import { waitForAiDecision, waitForTicketWith } from '../helpers/e2e-tickets.js';

const SPAM = {
  subject: 'You have won',
  text: 'Congratulations, a card payment of 5000 EUR is waiting for you; send me your account number to collect it.',
};

/** "Mark as spam" by its key (`!`): it resolves a ticket a person holds, and is not offered on an AI resolution. */
describe('mark as spam', () => {
  const e2e = consoleInBrowserPerFile();

  /** Leaves the focus on the open ticket's view (not a text field), where plain keys are shortcuts. */
  async function focusTicketView(): Promise<void> {
    const { page } = e2e;
    await scheduledFocusMovesDone(page);
    await page.getByTestId('ticket-view').focus();
  }

  it('lists its key in the shortcuts help', async () => {
    const { page } = e2e;
    await page.keyboard.press('?');
    const row = page.locator('[data-testid="shortcuts-help"] tr[data-command="spam"]');
    expect(await row.locator('kbd').innerText()).toBe('!');
    expect(await row.innerText()).toContain('Mark as spam');
    await page.keyboard.press('Escape');
    await page.getByTestId('shortcuts-help').waitFor({ state: 'detached' });
  });

  it('! on an escalated ticket resolves it with an internal note, and it leaves the inbox', async () => {
    const { page, stack } = e2e;
    const posted = await stack.postTicket(SPAM.subject, SPAM.text);
    await page.getByTestId('nav-inbox').click();
    await openFromInbox(page, posted.ticket.id);
    await focusTicketView();
    await page.keyboard.press('!');

    const note = page.locator('[data-testid="message"][data-kind="note"]', { hasText: 'Marked as spam.' });
    await note.waitFor();
    await expect.poll(() => page.getByTestId('ticket-status').getAttribute('data-status')).toBe('resolved');
    const row = page.locator(`[data-testid="inbox-item"][data-ticket-id="${posted.ticket.id}"]`);
    await expect.poll(() => row.count()).toBe(0);

    const stored = await waitForTicketWith(stack, posted.ticket.id, { status: 'resolved' }, 60_000);
    expect(stored.messages.at(-1)).toMatchObject({ author: 'agent', kind: 'note', text: 'Marked as spam.' });
    expect(stored.messages.filter((m) => m.author === 'agent' && m.kind === 'reply')).toEqual([]);
  });

  it('on an AI-resolved ticket the button is disabled with the reason, and ! is refused, saying why', async () => {
    const { page, stack } = e2e;
    const posted = await stack.postTicket(PIN_QUESTION.subject, PIN_QUESTION.text);
    const decided = await waitForAiDecision(stack, posted.ticket.id);
    expect(decided.ticket.status).toBe('ai_resolved');
    await openFromReview(page, posted.ticket.id);

    const button = page.getByTestId('spam-button');
    expect(await button.isDisabled()).toBe(true);
    expect(await button.getAttribute('title')).toBe(
      'Only a ticket a person holds can be marked as spam; a team lead reopens an AI resolution first.',
    );
    await focusTicketView();
    await page.keyboard.press('!');
    const error = page.locator('[data-testid="ticket-view"] [data-testid="error"]');
    await error.waitFor();
    expect(await error.getAttribute('data-error-code')).toBe('not_allowed');
    expect(await error.innerText()).toContain('a team lead can reopen it after review');
    expect(await page.getByTestId('ticket-status').getAttribute('data-status')).toBe('ai_resolved');
    expect((await stack.getTicket(posted.ticket.id)).ticket.status).toBe('ai_resolved');
  });
});
