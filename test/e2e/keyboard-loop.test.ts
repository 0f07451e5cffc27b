import { describe, expect, it } from 'vitest';
import { activeTestId } from '../helpers/console-page.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { openShortcutsHelp, waitForInboxRows } from '../helpers/e2e-page-steps.js';
import { postTickets, waitForTicketWith } from '../helpers/e2e-tickets.js';
import { CARD_PAYMENT_NOT_MADE, WANTS_A_HUMAN } from '../helpers/e2e-customer-texts.js';

describe('the working loop by keyboard alone', () => {
  const e2e = consoleInBrowserPerFile({
    prepare: (stack) => postTickets(stack, 'Needs a person', [CARD_PAYMENT_NOT_MADE, WANTS_A_HUMAN]),
    whenOpen: (page) => waitForInboxRows(page, 2),
  });

  it('opens the next escalation, edits, adds a note, sends and resolves, and moves on without touching the mouse', async () => {
    const { page, stack, prepared: ids } = e2e;
    await page.keyboard.press('g');
    await page.keyboard.press('i');
    await page.keyboard.press('Enter');
    const view = page.getByTestId('ticket-view');
    await view.waitFor();
    const firstId = await view.getAttribute('data-ticket-id');
    expect(ids).toContain(firstId);
    await view.getByTestId('escalation-reason').waitFor();

    // A note first: r focuses the editor, Ctrl+Alt+Enter files its text as an internal note.
    await page.keyboard.press('r');
    // r schedules the focus move: the keys below must not be sent before the editor has it.
    await expect.poll(() => activeTestId(page)).toBe('reply-editor');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Checked the card log: merchant unknown.');
    await page.keyboard.press('Control+Alt+Enter');
    // The note shown and its filing answered (the editor is read-only and still holds the note's text until
    // then; the note can show first, fetched on the host's change event).
    await expect
      .poll(async () => ({
        notes: await view.locator('[data-testid="message"][data-kind="note"]').count(),
        busy: await view.getByTestId('reply-editor').getAttribute('aria-busy'),
      }))
      .toEqual({ notes: 1, busy: 'false' });
    expect(await activeTestId(page)).toBe('reply-editor');

    // Then the reply: edit what the editor holds (the AI draft, if any) and send and resolve.
    const before = await view.getByTestId('reply-editor').inputValue();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' We have blocked the card and opened a dispute.');
    expect(await view.getByTestId('reply-editor').inputValue()).toBe(
      `${before} We have blocked the card and opened a dispute.`,
    );
    await page.keyboard.press('Control+Shift+Enter');
    await expect
      .poll(() => view.locator('[data-testid="message"][data-author="agent"][data-kind="reply"]').count())
      .toBe(1);
    expect(await activeTestId(page)).not.toBe('BODY');

    const stored = await waitForTicketWith(stack, firstId ?? '', { status: 'resolved' }, 30_000);
    expect(stored.messages.filter((m) => m.kind === 'note').map((m) => m.text)).toEqual([
      'Checked the card log: merchant unknown.',
    ]);
    expect(stored.messages.filter((m) => m.author === 'agent' && m.kind === 'reply').map((m) => m.text.trim())).toEqual(
      [`${before} We have blocked the card and opened a dispute.`.trim()],
    );

    // Move on: back to the list, which now holds only the other escalation, and open it.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('inbox-item').count()).toBe(1);
    // The list takes the focus on the next animation frame (the count above may already have been 1 before Esc).
    await expect.poll(() => activeTestId(page)).not.toBe('BODY');
    await page.keyboard.press('Enter');
    await expect.poll(() => view.getAttribute('data-ticket-id')).toBe(ids.find((id) => id !== firstId));
  });

  it('lists every shortcut in a help overlay opened with ?', async () => {
    const { page } = e2e;
    await page.keyboard.press('Escape');
    const help = await openShortcutsHelp(page);
    const text = await help.innerText();
    for (const line of [
      'Ctrl/⌘ + Enter\tSend',
      'Ctrl/⌘ + Shift + Enter\tSend and resolve',
      'Ctrl/⌘ + Alt + Enter\tAdd the text as an internal note',
      'Go to the inbox',
    ]) {
      expect(text).toContain(line);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
  });
});
