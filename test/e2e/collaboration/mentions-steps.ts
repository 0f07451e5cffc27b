/**
 * Mentions (issue 19, H4) on the collaboration stack: Ana writes a note on a ticket and mentions Ben with the editor's
 * `@` completion, by keyboard only; the queue keeps Ben's id with the note; Ben's console shows the notice, and its
 * Mentions view (`g m`) lists the ticket unread until he opens it from there.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Customer } from '../../../shared/domain/ticket.js';
import { expectAxeClean, openTicket, type TwoConsoles } from './two-consoles.js';

const CUSTOMER: Customer = { id: 'cus_mentions_mo', name: 'Mo Mention', tier: 'standard' };
const SUBJECT = 'Chargeback on order 4471';

/** Waits until the page shows the ticket loaded in its ticket view. */
async function waitForLoadedTicket(page: Page, id: string): Promise<void> {
  await page.locator(`[data-testid="ticket-view"][data-ticket-id="${id}"] [data-testid="ticket-status"]`).waitFor();
}

/** Presses keys with the focus outside any text field, as a shortcut is typed. */
async function pressShortcut(page: Page, ...keys: string[]): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (const key of keys) await page.keyboard.press(key);
}

export async function mentionsSteps(c: TwoConsoles): Promise<void> {
  const ticketId = await c.escalate({ subject: SUBJECT, text: 'I never got the goods.', customer: CUSTOMER });
  const ana = c.ana.page;
  await openTicket(ana, ticketId);
  const editor = ana.getByTestId('reply-editor');
  await editor.focus();
  await ana.keyboard.type('Could @be');
  const options = ana.getByTestId('mention-option');
  await expect.poll(() => options.allTextContents()).toEqual(['Ben Agent']);
  await expect.poll(() => editor.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
  await expectAxeClean(ana);
  // Esc closes the list (not the ticket); typing on after the `@` brings no list back until another `@`.
  await ana.keyboard.press('Escape');
  await ana.getByTestId('mention-completion').waitFor({ state: 'detached' });
  await waitForLoadedTicket(ana, ticketId);
  await ana.keyboard.press('Backspace');
  await ana.keyboard.press('Backspace');
  await ana.keyboard.press('Backspace');
  await ana.keyboard.type('@B');
  await options.first().waitFor();
  await ana.keyboard.press('ArrowDown');
  await ana.keyboard.press('Tab');
  await expect.poll(() => editor.inputValue()).toBe('Could @Ben Agent ');
  await ana.keyboard.type('check the chargeback?');
  await ana.keyboard.press('Control+Alt+Enter');
  await expect.poll(() => editor.inputValue()).toBe('');

  // The queue keeps the note with Ben's id.
  await expect
    .poll(async () => (await c.ticket(ticketId)).messages.find((m) => m.kind === 'note')?.mentions, { timeout: 15_000 })
    .toEqual([c.ben.user.id]);

  // Ben's console: the notice, then the Mentions view lists the ticket unread, and opening it from there reads it.
  const ben = c.ben.page;
  const notice = ben.getByTestId('mention-notice').filter({ hasText: SUBJECT });
  await notice.waitFor({ timeout: 15_000 });
  await expect.poll(() => notice.textContent()).toContain('Ana Agent mentioned you');
  await pressShortcut(ben, 'g', 'm');
  const row = ben.locator(`[data-testid="mention-row"][data-ticket="${ticketId}"]`);
  await row.waitFor();
  expect(await row.getAttribute('data-read')).toBe('false');
  expect(await row.textContent()).toContain('Could @Ben Agent check the chargeback?');
  await expect.poll(() => ben.getByTestId('nav-mentions').locator('.badge').textContent()).not.toBe('0');
  await expectAxeClean(ben);
  await row.getByRole('button').focus();
  await ben.keyboard.press('Enter');
  await waitForLoadedTicket(ben, ticketId);
  await expect.poll(() => row.getAttribute('data-read')).toBe('true');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await notice.waitFor({ state: 'detached' });
  await pressShortcut(ben, 'g', 'i');
  await ben.getByTestId('mentions-view').waitFor({ state: 'detached' });
}
