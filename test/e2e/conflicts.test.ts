import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openFromReview } from '../helpers/console-page.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { agentReplies } from '../helpers/e2e-tickets.js';

/**
 * What an agent sees when the queue decides a conflict: another console answered, a lead reassigned
 * the ticket, or someone resolved it while this agent was typing. The text must never be lost.
 */
describe('conflicts in the browser', () => {
  const e2e = consoleInBrowserPerFile({ autopilot: false });
  let otherId = 0;

  /** Posts a ticket, finds it through the review tab and opens it. */
  async function openNewTicket(subject: string, text: string): Promise<{ id: string; version: number }> {
    const { page, stack } = e2e;
    const posted = await stack.postTicket(subject, text);
    // Generous: the console syncs the new ticket from the queue first (a loaded two-core machine).
    await openFromReview(page, posted.ticket.id, 30_000);
    await expect.poll(() => page.getByTestId('thread').innerText()).toContain(text);
    return { id: posted.ticket.id, version: posted.ticket.version };
  }

  function other(mutation: Record<string, unknown>) {
    otherId++;
    return {
      id: otherId,
      messageId: `other-${otherId}`,
      createdAt: new Date().toISOString(),
      agentName: 'Bo from console B',
      ...mutation,
    };
  }

  async function agentTexts(ticketId: string): Promise<string[]> {
    return agentReplies(await e2e.stack.getTicket(ticketId));
  }

  /**
   * Sends what the agent typed with `button` and waits for the console to show it refused for `reason`, with the
   * typed text kept; resolves with the refused change.
   */
  async function sendRefused(button: string, reason: string, typed: string): Promise<Locator> {
    const { page } = e2e;
    await page.getByTestId(button).click();
    const change = page.locator(`[data-testid="unsent-change"][data-reason="${reason}"]`);
    await change.waitFor({ timeout: 30_000 });
    expect(await change.getByTestId('unsent-text').innerText()).toBe(typed);
    return change;
  }

  it('another console answers first: the reply is shown as not sent with the reason, and goes back into the editor', async () => {
    const { page, stack } = e2e;
    const ticket = await openNewTicket('Double charge', 'I was charged twice for my groceries.');
    const typed = 'Hello, I am refunding the second charge right now.';
    const editor = page.getByTestId('reply-editor');
    await editor.fill(typed);

    const pushed = await stack.pushAs('console-b', [
      other({
        type: 'agent_reply',
        ticketId: ticket.id,
        text: 'Console B: refund is on its way.',
        resolve: false,
        baseVersion: ticket.version,
      }),
    ]);
    expect(pushed.results.map((r) => r.status)).toEqual(['applied']);
    await expect
      .poll(() => page.getByTestId('thread').innerText(), { timeout: 30_000 })
      .toContain('Console B: refund is on its way.');

    const change = await sendRefused('send-button', 'answered_elsewhere', typed);
    expect(await change.getByTestId('unsent-reason').innerText()).toMatch(/another agent answered/i);
    await expect.poll(() => page.getByTestId('unsent-count').innerText(), { timeout: 30_000 }).toBe('0');
    expect(await agentTexts(ticket.id)).toEqual(['Console B: refund is on its way.']);
    expect(await page.locator('[data-testid="message"][data-pending="true"]').count()).toBe(0);

    await change.getByTestId('unsent-restore').click();
    await expect.poll(() => editor.inputValue()).toBe(typed);
    await expect.poll(() => page.getByTestId('unsent-panel').count()).toBe(0);
  });

  it('a lead reassigns the ticket while the agent types: the reply is not sent and says where the ticket went', async () => {
    const { page, stack } = e2e;
    const ticket = await openNewTicket(
      'Close my account',
      'Please close my account and send the balance to my other bank.',
    );
    const typed = 'I have started closing your account.';
    await page.getByTestId('reply-editor').fill(typed);

    const pushed = await stack.pushAs(
      'lead-console',
      [other({ type: 'reassign', ticketId: ticket.id, ownerQueue: 'retention', baseVersion: ticket.version })],
      'lead',
    );
    expect(pushed.results.map((r) => r.status)).toEqual(['applied']);
    await expect
      .poll(() => page.getByTestId('thread').innerText(), { timeout: 30_000 })
      .toContain('Reassigned to retention.');

    const change = await sendRefused('send-resolve-button', 'reassigned', typed);
    expect(await change.getByTestId('unsent-reason').innerText()).toContain('retention');
    const stored = await stack.getTicket(ticket.id);
    expect(stored.ticket.ownerQueue).toBe('retention');
    expect(stored.ticket.status).not.toBe('resolved');
    expect(await agentTexts(ticket.id)).toEqual([]);
    // The ticket view shows the queue's state, not the refused resolve.
    await expect.poll(() => page.getByTestId('ticket-status').getAttribute('data-status')).toBe(stored.ticket.status);
  });

  it('the ticket is resolved elsewhere while the agent types: the reply is not sent and the view shows it resolved', async () => {
    const { page, stack } = e2e;
    const ticket = await openNewTicket('Card limit', 'Can you raise my card limit to 5000?');
    const typed = 'Let me look at your limit.';
    await page.getByTestId('reply-editor').fill(typed);

    await stack.pushAs('console-b', [
      other({
        type: 'agent_reply',
        ticketId: ticket.id,
        text: 'Done: your limit is now 5000.',
        resolve: true,
        baseVersion: ticket.version,
      }),
    ]);
    await expect
      .poll(() => page.getByTestId('ticket-status').getAttribute('data-status'), { timeout: 30_000 })
      .toBe('resolved');

    const change = await sendRefused('send-button', 'resolved_elsewhere', typed);
    expect(await change.getByTestId('unsent-reason').innerText()).toMatch(/resolved elsewhere/i);
    expect(await agentTexts(ticket.id)).toEqual(['Done: your limit is now 5000.']);
    expect((await stack.getTicket(ticket.id)).ticket.status).toBe('resolved');

    await change.getByTestId('unsent-dismiss').click();
    await expect.poll(() => page.getByTestId('unsent-panel').count()).toBe(0);
  });
});
