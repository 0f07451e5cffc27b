import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/browser-axe.js';
import { activeTestId, escalateAsAi, openFromInbox, scheduledFocusMovesDone } from '../helpers/console-page.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { UNSURE_ENGLISH } from '../helpers/e2e-escalations.js';
import { whileHolding } from '../helpers/e2e-host-calls.js';
import {
  answerHeldTake,
  expectNoActionUnderWay,
  pickByKeyboard,
  screenshotPath,
  sendByKeyboard,
} from '../helpers/e2e-page-steps.js';
import { agentReplies } from '../helpers/e2e-tickets.js';

/** The dialog that has the focus, by its test id (null when the focus is outside every dialog). */
const focusedDialog = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[role="dialog"]')?.getAttribute('data-testid') ?? null);

/**
 * An action's answer can arrive late (a busy console host, a slow disk). When it does, the console moves the
 * focus back to the ticket view; if the agent has opened a dialog meanwhile, that move must not take the keys
 * away from it, or what they type next goes nowhere.
 */
describe('focus while an action is still under way', () => {
  const ids: string[] = [];
  const e2e = consoleInBrowserPerFile({
    autopilot: false,
    async prepare(stack) {
      const texts = [
        'My card payment of 40 EUR was declined twice today.',
        'A transfer of 250 EUR has not arrived after five days.',
        'I was charged twice for the same order.',
        'Please close my savings account.',
        'Where is my refund for the returned shoes?',
      ];
      for (const [i, text] of texts.entries()) {
        ids.push(
          await escalateAsAi(
            stack,
            `worker-${i}`,
            { subject: `Needs a person ${i}`, text },
            { ...UNSURE_ENGLISH, summary: 'A payment problem.' },
          ),
        );
      }
    },
  });

  /** Opens the `n`th of the escalated tickets from the inbox; resolves with its id. */
  async function openCase(n: number): Promise<string> {
    const id = ids[n] ?? '';
    await openFromInbox(e2e.page, id);
    return id;
  }

  const STILL_WORKING = 'Still working on the previous action — try again in a moment.';
  /** The text of the "still working" notice near the ticket actions or the editor ('' when it says nothing). */
  const noticeText = (near: 'actions' | 'editor') => e2e.page.getByTestId(`busy-notice-${near}`).innerText();

  it('keeps typing in the command palette when the take it followed is answered meanwhile', async () => {
    const { page } = e2e;
    await openCase(0);
    await whileHolding(page, 'assignToMe', async (take) => {
      await page.getByTestId('ticket-view').focus();
      await page.keyboard.press('t');
      await page.keyboard.press('Control+k');
      await page.getByTestId('command-palette').waitFor();

      // The take is answered while the palette is open: the view shows it, the palette keeps the focus.
      await answerHeldTake(page, take);
      expect(await focusedDialog(page)).toBe('command-palette');

      await page.keyboard.type('snooze');
      expect(await page.getByTestId('command-palette-input').inputValue()).toBe('snooze');
      await page.keyboard.press('Enter');
      await page.getByTestId('snooze-dialog').waitFor();
      expect(await focusedDialog(page)).toBe('snooze-dialog');
      await page.keyboard.press('Escape');
      await page.getByTestId('snooze-dialog').waitFor({ state: 'detached' });
      await expect.poll(() => activeTestId(page)).toBe('ticket-view');
    });
  });

  it('keeps typing in the macro picker when a reassignment is answered meanwhile, and the macro lands in the editor', async () => {
    const { page, stack } = e2e;
    const id = await openCase(1);
    await whileHolding(page, 'reassign', async (reassign) => {
      await page.getByTestId('ticket-view').focus();
      await pickByKeyboard(page, 'a', 'reassign-dialog', 'complaints');
      await page.keyboard.press('m');
      await page.getByTestId('macro-dialog').waitFor();

      reassign.release();
      await reassign.answered;
      await expect.poll(async () => (await stack.getTicket(id)).ticket.ownerQueue).toBe('complaints');
      await expectNoActionUnderWay(page);
      await scheduledFocusMovesDone(page);
      expect(await focusedDialog(page)).toBe('macro-dialog');

      await page.keyboard.type('refund');
      await page.keyboard.press('Enter');
      await page.getByTestId('macro-dialog').waitFor({ state: 'detached' });
      await expect.poll(() => activeTestId(page)).toBe('reply-editor');
      expect(await page.getByTestId('reply-editor').inputValue()).toContain(`ticket ${id}`);
    });
  });

  it('keeps the focus in the view when an action asked for from the palette cannot run yet (the take before it is still under way)', async () => {
    const { page } = e2e;
    // Reassigned by the case before, but nobody has taken it yet.
    await openCase(1);
    await expect.poll(() => page.getByTestId('take-button').isEnabled()).toBe(true);
    await whileHolding(page, 'assignToMe', async (take) => {
      await page.getByTestId('ticket-view').focus();
      await page.keyboard.press('t');
      await pickByKeyboard(page, 'Control+k', 'command-palette', 'hand back');
      await expect.poll(() => activeTestId(page)).toBe('ticket-view');

      take.release();
      await take.answered;
      await expectNoActionUnderWay(page);
      await expect.poll(() => activeTestId(page)).toBe('ticket-view');
    });
  });

  it('says politely that h, s and a second t wait for the take still under way, runs none of them and keeps the focus', async () => {
    const { page, stack } = e2e;
    const id = await openCase(2);
    await expect.poll(() => page.getByTestId('take-button').isEnabled()).toBe(true);
    await whileHolding(page, 'assignToMe', async (take) => {
      await page.getByTestId('ticket-view').focus();
      await page.keyboard.press('t');
      await expect.poll(() => take.made('assignToMe')).toBe(1);
      expect(await noticeText('actions')).toBe('');

      await page.keyboard.press('h');
      await expect.poll(() => noticeText('actions')).toBe(STILL_WORKING);
      // Said in a polite live region inside the ticket view, and not as an error of the take.
      const region = page.getByTestId('ticket-view').getByRole('status').filter({ hasText: STILL_WORKING });
      expect(await region.count()).toBe(1);
      expect(await region.getAttribute('aria-live')).toBe('polite');
      expect(await page.getByTestId('ticket-view').getByTestId('error').count()).toBe(0);
      expect(await noticeText('editor')).toBe('');
      await scheduledFocusMovesDone(page);
      expect(await activeTestId(page)).toBe('ticket-view');

      // s would open the snooze dialog, and t would take again: neither does while the take runs.
      await page.keyboard.press('s');
      await page.keyboard.press('t');
      await scheduledFocusMovesDone(page);
      expect(await page.getByTestId('snooze-dialog').count()).toBe(0);
      expect(await activeTestId(page)).toBe('ticket-view');
      expect(await noticeText('actions')).toBe(STILL_WORKING);
      expect(await seriousViolations(page, '[data-testid="ticket-view"]')).toEqual([]);
      // The page as the agent sees it, with the notice in view (an element shot of the tall, scrolling view
      // stitches the sticky header into the middle).
      await page.getByTestId('busy-notice-actions').scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath('ticket-view-still-working-en.png') });

      // Wherever the focus is, a refused key leaves it there (here on the ticket's row in the inbox).
      await page.locator(`[data-testid="inbox-item"][data-ticket-id="${id}"]`).focus();
      await page.keyboard.press('h');
      await scheduledFocusMovesDone(page);
      expect(await activeTestId(page)).toBe('inbox-item');
      expect(await noticeText('actions')).toBe(STILL_WORKING);
      await page.getByTestId('ticket-view').focus();

      // The take is answered: the notice goes, and what was refused is not run afterwards either.
      take.release();
      await take.answered;
      // Soon, not only once its few seconds are up (which the last refusal above started just now).
      await expect.poll(() => noticeText('actions'), { timeout: 3_000 }).toBe('');
      await expect.poll(() => page.getByTestId('take-button').isDisabled()).toBe(true);
      await expectNoActionUnderWay(page);
      await scheduledFocusMovesDone(page);
      expect(await activeTestId(page)).toBe('ticket-view');
      expect(await page.getByTestId('snooze-dialog').count()).toBe(0);
      await expect.poll(async () => (await stack.getTicket(id)).ticket.assignee ?? null).toBe('Demo agent');
      const stored = (await stack.getTicket(id)).ticket;
      expect(stored.status).toBe('escalated');
      expect(stored.snoozedUntil ?? null).toBeNull();
      expect([take.made('assignToMe'), take.made('handback'), take.made('snooze')]).toEqual([1, 0, 0]);
    });
  });

  it('says so by the editor when a second send is asked for while the first is still under way, sends once, and the notice goes by itself', async () => {
    const { page, stack } = e2e;
    const id = await openCase(3);
    await whileHolding(page, 'sendReply', async (send) => {
      let sendAnswered = false;
      void send.answered.then(() => (sendAnswered = true));
      await sendByKeyboard(page, 'We are closing the account today.');
      await expect.poll(() => send.made('sendReply')).toBe(1);
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => noticeText('editor')).toBe(STILL_WORKING);
      expect(await page.getByTestId('ticket-view').getByRole('status').filter({ hasText: STILL_WORKING }).count()).toBe(
        1,
      );
      expect(await noticeText('actions')).toBe('');
      await scheduledFocusMovesDone(page);
      expect(await activeTestId(page)).toBe('reply-editor');

      // Still not answered a few seconds later: the notice has gone by itself.
      await expect.poll(() => noticeText('editor'), { timeout: 20_000 }).toBe('');
      expect(sendAnswered).toBe(false);

      send.release();
      await send.answered;
      await expect.poll(() => page.getByTestId('reply-editor').inputValue()).toBe('');
      expect(send.made('sendReply')).toBe(1);
      await expect
        .poll(async () => agentReplies(await stack.getTicket(id)))
        .toEqual(['We are closing the account today.']);
      expect(await activeTestId(page)).toBe('reply-editor');
    });
  });

  it('keeps a macro inserted while the reply before it is still being sent, and sends only that reply', async () => {
    const { page, stack } = e2e;
    const id = await openCase(4);
    await whileHolding(page, 'sendReply', async (send) => {
      await sendByKeyboard(page, 'Let me check the refund.');
      await expect.poll(() => page.getByTestId('reply-editor').getAttribute('aria-busy')).toBe('true');
      await page.getByTestId('ticket-view').focus();
      await pickByKeyboard(page, 'm', 'macro-dialog', 'refund');
      await expect.poll(() => page.getByTestId('reply-editor').inputValue()).toContain(`ticket ${id}`);

      send.release();
      await send.answered;
      await expect.poll(async () => agentReplies(await stack.getTicket(id))).toEqual(['Let me check the refund.']);
      await expect.poll(() => page.getByTestId('reply-editor').getAttribute('aria-busy')).toBe('false');
      // What was sent has left the editor; the macro put in meanwhile has not.
      const left = await page.getByTestId('reply-editor').inputValue();
      expect(left).toContain(`I checked your refund on ticket ${id}`);
      expect(left).not.toContain('Let me check the refund.');
      expect(left.startsWith('Hello ')).toBe(true);
    });
  });
});
