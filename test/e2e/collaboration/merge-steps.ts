/**
 * Merge (issue 19, H2) on the collaboration stack: Ana merges one of a customer's tickets into the other from the
 * ticket view by keyboard (Shift+M, the target chosen by typing, Enter, Enter to confirm); her console opens the target
 * with its Undo bar and one thread; Ben's console shows the same one thread, the merged ticket its pointer; the queue's
 * history of both tickets records the merge. After a reload Ana's Undo bar is still there and undoes it. Axe clean on
 * the dialog, the confirmation and the banners.
 */
import { expect } from 'vitest';
import type { TicketHistory } from '../../../shared/api/ticket-history.js';
import type { Customer } from '../../../shared/domain/ticket.js';
import { openFromReview } from '../../helpers/console-page.js';
import { expectAxeClean, openTicket, waitForText, type TwoConsoles } from './two-consoles.js';

const CUSTOMER: Customer = { id: 'cus_merge_max', name: 'Max Merge', tier: 'standard' };

export async function mergeSteps(c: TwoConsoles): Promise<void> {
  const source = await c.escalate({
    subject: 'Merge: card declined',
    text: 'My card was declined twice.',
    customer: CUSTOMER,
  });
  const target = await c.escalate({
    subject: 'Merge: refund late',
    text: 'My refund is still late.',
    customer: CUSTOMER,
  });
  const page = c.ana.page;

  await openTicket(page, source);
  await page.keyboard.press('Shift+M');
  const dialog = page.getByTestId('merge-dialog');
  await waitForText(dialog, 'Merge: refund late');
  await expectAxeClean(page, '[data-testid="merge-dialog"]');
  await page.keyboard.type('refund late');
  await page.keyboard.press('Enter');
  const confirm = page.getByTestId('merge-confirm');
  await confirm.waitFor();
  await expectAxeClean(page, '[data-testid="merge-confirm"]');
  await page.keyboard.press('Enter');

  // Ana's console opens the target with one thread and the Undo bar.
  await page.locator(`[data-testid="ticket-view"][data-ticket-id="${target}"]`).waitFor();
  await page.getByTestId('merge-undo').waitFor();
  const view = page.getByTestId('ticket-view');
  await waitForText(view, 'My card was declined twice.');
  await waitForText(view, 'My refund is still late.');
  await expectAxeClean(page, '[data-testid="ticket-view"]');

  // Ben's console: the same one thread on the target, the pointer on the merged ticket.
  await openTicket(c.ben.page, target);
  await waitForText(c.ben.page.getByTestId('ticket-view'), 'My card was declined twice.');
  // The merged ticket is resolved: out of the inbox, found in Review.
  await openFromReview(c.ben.page, source);
  await waitForText(c.ben.page.getByTestId('merge-pointer'), target);
  await expectAxeClean(c.ben.page, '[data-testid="ticket-view"]');

  // The queue: one thread on the target, the merge in both tickets' history.
  const thread = await c.ticket(target);
  expect(thread.messages.map((message) => message.text)).toEqual(
    expect.arrayContaining(['My card was declined twice.', 'My refund is still late.']),
  );
  expect((await c.ticket(source)).ticket).toMatchObject({ status: 'resolved', mergedInto: target });
  for (const id of [source, target]) {
    const history = await c.admin<TicketHistory>('GET', `/tickets/${id}/history`);
    expect(history.events.map((event) => event.action)).toContain('ticket_merged');
  }

  // Ana reloads her console within the window: the Undo bar is still on the target, and undoing splits the thread.
  await page.reload();
  await openTicket(page, target);
  await page.getByTestId('merge-undo').waitFor();
  await page.getByTestId('merge-undo-button').click();
  await page.getByTestId('merge-undo').waitFor({ state: 'detached' });
  await expect.poll(async () => (await c.ticket(source)).ticket.status).toBe('escalated');
  expect((await c.ticket(source)).ticket.mergedInto ?? null).toBeNull();
  expect((await c.ticket(target)).messages.map((message) => message.text)).not.toContain('My card was declined twice.');
  const undone = await c.admin<TicketHistory>('GET', `/tickets/${target}/history`);
  expect(undone.events.map((event) => event.action)).toContain('ticket_merge_undone');
  // Ben's console follows: the source shows no pointer any more.
  await expect.poll(() => c.ben.page.getByTestId('merge-pointer').count(), { timeout: 15_000 }).toBe(0);
  // Nothing offers the undo again after another reload.
  await page.reload();
  await openTicket(page, target);
  expect(await page.getByTestId('merge-undo').count()).toBe(0);
}
