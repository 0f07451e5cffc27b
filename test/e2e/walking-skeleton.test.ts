import { describe, expect, it } from 'vitest';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { agentReplies, waitForAiDecision, waitForTicketWith } from '../helpers/e2e-tickets.js';
import { PIN_QUESTION, UNRECOGNISED_PAYMENT } from '../helpers/e2e-customer-texts.js';

describe('walking skeleton in browser mode', () => {
  const e2e = consoleInBrowserPerFile();

  it('shows a ticket the AI cannot answer in the inbox with its reason within 2 s, and the agent resolves it', async () => {
    const { page, stack } = e2e;
    await page.getByTestId('nav-inbox').click();
    const posted = await stack.postTicket(UNRECOGNISED_PAYMENT.subject, UNRECOGNISED_PAYMENT.text);
    const started = Date.now();
    const row = page.locator(`[data-testid="inbox-item"][data-ticket-id="${posted.ticket.id}"]`);
    await row.waitFor({ timeout: 2_000 });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(2_000);

    await row.click();
    const view = page.getByTestId('ticket-view');
    await expect.poll(() => view.getByTestId('escalation-reason').innerText()).not.toBe('');
    const queued = await stack.getTicket(posted.ticket.id);
    expect(queued.ticket.status).toBe('escalated');
    expect(queued.ticket.escalation?.code).toBeTruthy();
    expect(queued.ticket.ownerQueue).toBeTruthy();

    const editor = view.getByTestId('reply-editor');
    const reply =
      'Hello Dana, I have blocked the payment and opened a dispute; you will hear from us within 2 working days.';
    await editor.fill(reply);
    await view.getByTestId('send-resolve-button').click();

    const stored = await waitForTicketWith(stack, posted.ticket.id, { status: 'resolved' }, 30_000);
    expect(agentReplies(stored)).toEqual([reply]);
    await expect.poll(() => row.count()).toBe(0);
  });

  it('resolves an answerable ticket with the AI: it shows in the AI-resolved list and never in the inbox', async () => {
    const { page, stack } = e2e;
    const posted = await stack.postTicket(PIN_QUESTION.subject, PIN_QUESTION.text);
    const decided = await waitForAiDecision(stack, posted.ticket.id);
    expect(decided.ticket.status).toBe('ai_resolved');
    expect(decided.ticket.intent).toBe('change_pin');
    expect(decided.messages.some((m) => m.author === 'ai' && m.kind === 'reply')).toBe(true);

    await page.getByTestId('nav-resolved').click();
    // The console syncs the AI's resolution from the queue first.
    await page
      .locator(`[data-testid="ai-resolved-item"][data-ticket-id="${posted.ticket.id}"]`)
      .waitFor({ timeout: 30_000 });
    await page.getByTestId('nav-inbox').click();
    await page.getByTestId('inbox-list').waitFor();
    expect(await page.locator(`[data-testid="inbox-item"][data-ticket-id="${posted.ticket.id}"]`).count()).toBe(0);
  });

  it('keeps a reply sent while the queue is down and delivers it exactly once when it returns', async () => {
    const { page, stack } = e2e;
    const posted = await stack.postTicket(UNRECOGNISED_PAYMENT.subject, `${UNRECOGNISED_PAYMENT.text} (second case)`);
    await page.getByTestId('nav-inbox').click();
    const row = page.locator(`[data-testid="inbox-item"][data-ticket-id="${posted.ticket.id}"]`);
    // The AI decides it and the console syncs the escalation (generous: a loaded two-core machine).
    await row.waitFor({ timeout: 30_000 });

    await stack.stopQueue();
    const status = page.getByTestId('connection-status');
    await expect.poll(() => status.getAttribute('data-online'), { timeout: 15_000 }).toBe('false');

    await row.click();
    const view = page.getByTestId('ticket-view');
    const reply = 'Sent while the queue was down: we are on it.';
    await view.getByTestId('reply-editor').fill(reply);
    await view.getByTestId('send-button').click();
    await expect.poll(() => page.getByTestId('unsent-count').innerText()).toBe('1');
    await expect.poll(() => status.getAttribute('data-online')).toBe('false');
    // The count can show before the view has the answer with the pending reply (the host's status event comes first).
    await expect.poll(() => view.locator('[data-testid="message"][data-pending="true"]').count()).toBe(1);

    await stack.startQueue();
    await expect.poll(() => page.getByTestId('unsent-count').innerText(), { timeout: 30_000 }).toBe('0');
    await expect.poll(() => status.getAttribute('data-online'), { timeout: 15_000 }).toBe('true');
    const stored = await stack.getTicket(posted.ticket.id);
    const agentReplies = stored.messages.filter((m) => m.author === 'agent');
    expect(agentReplies.map((m) => m.text)).toEqual([reply]);
    expect(stored.ticket.status).toBe('pending');
  });
});
