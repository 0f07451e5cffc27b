import { describe, expect, it } from 'vitest';
import { activeTestId } from '../helpers/console-page.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { openShortcutsHelp, pickByKeyboard, waitForInboxRows } from '../helpers/e2e-page-steps.js';
import { postTickets, waitForTicket, waitForTicketWith } from '../helpers/e2e-tickets.js';
import { CARD_PAYMENT_NOT_MADE, WANTS_A_HUMAN } from '../helpers/e2e-customer-texts.js';

/** The agent's actions that the shortcuts help lists, each with its key. */
const ACTIONS_WITH_KEYS = [
  'next',
  'prev',
  'focusEditor',
  'send',
  'sendResolve',
  'note',
  'take',
  'reassign',
  'snooze',
  'handback',
  'reopen',
  'macro',
  'search',
  'palette',
];

/** Take, reassign, snooze, a macro and the hand-back to the AI, each by keyboard alone. */
describe('agent actions by keyboard alone', () => {
  const e2e = consoleInBrowserPerFile({
    prepare: (stack) =>
      postTickets(stack, 'Needs a person', [
        CARD_PAYMENT_NOT_MADE,
        WANTS_A_HUMAN,
        'Someone charged 95 EUR on my card in a shop I have never visited, please help.',
      ]),
    whenOpen: (page) => waitForInboxRows(page, 3),
  });

  /** Opens the inbox row of a ticket with j/k and Enter only, waiting for each move to show before the next. */
  async function openByKeyboard(ticketId: string): Promise<void> {
    const { page } = e2e;
    await page.keyboard.press('Escape');
    await page.keyboard.press('g');
    await page.keyboard.press('i');
    const rows = page.locator('[data-testid="inbox-item"]');
    const selected = () =>
      page
        .locator('[data-testid="inbox-item"][aria-selected="true"]')
        .getAttribute('data-ticket-id', { timeout: 1000 })
        .catch(() => null);
    await expect
      .poll(async () =>
        (await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-ticket-id')))).includes(ticketId),
      )
      .toBe(true);
    await expect.poll(selected).not.toBeNull();
    for (let step = 0; step < 6; step++) {
      const current = await selected();
      if (current === ticketId) break;
      const order = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-ticket-id')));
      await page.keyboard.press(order.indexOf(ticketId) > order.indexOf(current) ? 'j' : 'k');
      await expect.poll(selected).not.toBe(current);
    }
    expect(await selected()).toBe(ticketId);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('ticket-view').getAttribute('data-ticket-id')).toBe(ticketId);
    await page.getByTestId('customer-panel').waitFor();
  }

  it('shows new, unread and due-time cues, and reads a ticket once opened', async () => {
    const { page, prepared: ids } = e2e;
    const rows = page.getByTestId('inbox-item');
    expect(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-new')))).toEqual([
      'true',
      'true',
      'true',
    ]);
    const due = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-due-at') ?? ''));
    expect([...due].sort()).toEqual(due);
    await openByKeyboard(ids[0] ?? '');
    await expect
      .poll(() => page.locator(`[data-testid="inbox-item"][data-ticket-id="${ids[0]}"]`).getAttribute('data-unread'))
      .toBe('false');
  });

  it('takes a ticket and reassigns it to another queue', async () => {
    const { page, stack, prepared: ids } = e2e;
    const id = ids[0] ?? '';
    await openByKeyboard(id);
    await page.keyboard.press('t');
    await expect.poll(() => page.getByTestId('ticket-assignee').textContent()).toBe('Demo agent');
    expect(await activeTestId(page)).toBe('ticket-view');

    await pickByKeyboard(page, 'a', 'reassign-dialog', 'complaints');
    // The console moves the focus back to the view just after the dialog goes (a scheduled move): wait for it.
    await expect.poll(() => activeTestId(page)).toBe('ticket-view');
    const stored = await waitForTicketWith(stack, id, { ownerQueue: 'complaints' }, 15_000);
    expect(stored.ticket.assignee).toBe('Demo agent');
    expect(stored.ticket.humanTouched).toBe(true);
    expect(stored.messages.filter((m) => m.kind === 'note').map((m) => m.text)).toEqual([
      'Assigned to Demo agent.',
      'Reassigned to complaints.',
    ]);
  });

  it('inserts a macro with its variables filled in', async () => {
    const { page, prepared: ids } = e2e;
    const id = ids[0] ?? '';
    await pickByKeyboard(page, 'm', 'macro-dialog', 'refund');
    await expect.poll(() => activeTestId(page)).toBe('reply-editor');
    const text = await page.getByTestId('reply-editor').inputValue();
    expect(text).toContain('Hello Dana,');
    expect(text).toContain(`ticket ${id}`);
    expect(text).toContain('Demo agent');
    expect(text).not.toContain('{{');
  });

  it('snoozes a ticket out of the inbox', async () => {
    const { page, stack, prepared: ids } = e2e;
    const id = ids[2] ?? '';
    await openByKeyboard(id);
    await page.keyboard.press('s');
    await page.getByTestId('snooze-dialog').waitFor();
    await page.keyboard.press('Enter'); // the first choice: an hour
    await expect.poll(() => page.getByTestId('ticket-snoozed-until').count()).toBe(1);
    expect(await activeTestId(page)).toBe('ticket-view');
    await expect.poll(() => page.locator(`[data-testid="inbox-item"][data-ticket-id="${id}"]`).count()).toBe(0);
    const stored = await waitForTicket(
      stack,
      id,
      (found) => Boolean(found.ticket.snoozedUntil),
      15_000,
      'the snooze to reach the queue',
    );
    const until = Date.parse(stored.ticket.snoozedUntil ?? '');
    expect(until - Date.now()).toBeGreaterThan(50 * 60_000);
    expect(until - Date.now()).toBeLessThan(61 * 60_000);

    // The snoozed view finds it again.
    await page.keyboard.press('Escape');
    await page.keyboard.press('v');
    await page.getByTestId('views-dialog').waitFor();
    await page.keyboard.type('snoozed');
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page
          .locator('[data-testid="inbox-item"]')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-ticket-id'))),
      )
      .toEqual([id]);
    await page.keyboard.press('v');
    await page.getByTestId('views-dialog').waitFor();
    await page.keyboard.type('all');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('inbox-item').count()).toBe(2);
  });

  it('hands a ticket back to the AI from the command palette, and the AI decides it again', async () => {
    const { page, stack, prepared: ids } = e2e;
    const id = ids[1] ?? '';
    await openByKeyboard(id);
    await page.keyboard.press('t');
    await waitForTicketWith(stack, id, { humanTouched: true }, 15_000);
    // The open view shows the take too, answered: the palette's ticket actions need the loaded ticket, and an
    // action asked for while another is still under way is dropped. (The take button alone is also disabled
    // while the take is under way, so it cannot tell the two apart.)
    await expect
      .poll(() =>
        page.evaluate(() => ({
          assignee: document.querySelector('[data-testid="ticket-assignee"]')?.textContent ?? null,
          busy: document.querySelectorAll('[data-testid="ticket-view"] [aria-busy="true"]').length,
        })),
      )
      .toEqual({ assignee: 'Demo agent', busy: 0 });

    await pickByKeyboard(page, 'Control+k', 'command-palette', 'hand back');
    await expect.poll(() => activeTestId(page)).toBe('ticket-view');

    // The autopilot claims it again: a new decision on a ticket no human holds any more.
    const decided = await waitForTicket(
      stack,
      id,
      (found) =>
        found.messages.some((m) => m.kind === 'note' && m.text === 'Handed back to the AI.') &&
        found.ticket.status !== 'new',
      60_000,
      'the AI to decide the handed-back ticket',
    );
    expect(decided.ticket.humanTouched).toBe(false);
    expect(decided.ticket.assignee ?? null).toBeNull();
    // The AI answered (resolved) or drafted again for a human (escalated with a draft).
    if (decided.ticket.status === 'ai_resolved') expect(decided.messages.at(-1)?.author).toBe('ai');
    else expect(decided.ticket).toMatchObject({ status: 'escalated' });
    await expect
      .poll(() => page.getByTestId('ticket-status').getAttribute('data-status'), { timeout: 15_000 })
      .toBe(decided.ticket.status);
  });

  it('lists every action with its key in the help overlay', async () => {
    const { page } = e2e;
    await page.keyboard.press('Escape');
    const help = await openShortcutsHelp(page);
    const commands = await help
      .locator('tr[data-command]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-command')));
    for (const command of ACTIONS_WITH_KEYS) expect(commands).toContain(command);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
  });
});
