import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EvalCaseSchema } from '../../shared/evals/suite-format.js';
import { waitFor } from '../helpers/child-process.js';
import { agentConsolePerFile, consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { consoleMethodOf } from '../helpers/e2e-host-calls.js';
import { waitForAiDecision, waitForTicketWith } from '../helpers/e2e-tickets.js';
import { PIN_QUESTIONS } from '../helpers/e2e-customer-texts.js';

/**
 * A team lead samples the day's AI resolutions, flags one and reopens another; the reopened ticket
 * reaches an agent's inbox (a second console, agent token, same queue) and the dashboard moves.
 */
describe('lead review in the browser', () => {
  const ids: string[] = [];
  const e2e = consoleInBrowserPerFile({
    role: 'lead',
    async prepare(stack) {
      for (const [n, text] of PIN_QUESTIONS.entries())
        ids.push((await stack.postTicket(`PIN question ${n + 1}`, text)).ticket.id);
      for (const id of ids) {
        await waitForAiDecision(stack, id);
        expect((await stack.getTicket(id)).ticket.status, `${id} resolved by the AI`).toBe('ai_resolved');
      }
    },
  });
  /** A second console on the same queue with the agent token, and its page. */
  const agentConsole = agentConsolePerFile(e2e);

  const total = (page: Page, column: string) =>
    page
      .locator(`[data-testid="dashboard-table"] tfoot td[data-column="${column}"]`)
      .getAttribute('data-value')
      .then(Number);

  it('shows the lead tabs to the lead only', async () => {
    const agent = agentConsole.page;
    const { page: lead } = e2e;
    await lead.getByTestId('nav-dashboard').waitFor({ timeout: 15_000 });
    await expect.poll(() => lead.getByTestId('nav-sample').count()).toBe(1);
    // The agent console has learnt its role too (its status has one) and shows no lead tabs.
    // Before the page has that status it shows no lead tabs either, so wait for the page to receive a status
    // with the role (it asks every 2 s), then for it to draw that status, before looking.
    await agent.getByTestId('nav-inbox').click();
    await agent.waitForResponse(
      async (response) =>
        consoleMethodOf(response.url()) === 'getStatus' &&
        ((await response.json()) as { value?: { role?: string | null } }).value?.role === 'agent',
      { timeout: 30_000 },
    );
    await agent.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await agent.getByTestId('nav-dashboard').count()).toBe(0);
    expect(await agent.getByTestId('nav-sample').count()).toBe(0);
  });

  it('samples, flags one, reopens another; the agent gets the reopened ticket and the dashboard moves', async () => {
    const agent = agentConsole.page;
    const { page: lead, stack } = e2e;
    await lead.getByTestId('nav-dashboard').click();
    await lead.getByTestId('dashboard-table').waitFor({ timeout: 15_000 });
    // Before: 3 tickets, all closed by the AI alone; no missed escalations. Polled as a whole: the dashboard
    // reloads on every sync, and a load made while the cache had a ticket but not yet its AI decision also
    // counts 3 tickets.
    const totals = (columns: readonly string[]) =>
      lead.evaluate(
        (names) =>
          Object.fromEntries(
            names.map((name) => [
              name,
              Number(
                document
                  .querySelector(`[data-testid="dashboard-table"] tfoot td[data-column="${name}"]`)
                  ?.getAttribute('data-value') ?? NaN,
              ),
            ]),
          ),
        columns,
      );
    await expect
      .poll(() => totals(['tickets', 'closed', 'containment', 'missedEscalationRate', 'escalationRate']), {
        timeout: 30_000,
      })
      .toEqual({ tickets: 3, closed: 3, containment: 1, missedEscalationRate: 0, escalationRate: 0 });
    expect(await lead.getByTestId('dashboard-chart').locator('canvas').count()).toBeGreaterThan(0);

    await lead.getByTestId('nav-sample').click();
    // While a lead screen covers the agent's lists, syncs do not fetch the whole AI-resolved list again.
    const resolvedListCalls: string[] = [];
    lead.on('request', (request) => {
      if (consoleMethodOf(request.url()) === 'listAiResolved') resolvedListCalls.push(request.url());
    });
    await lead.getByTestId('sample-size').fill('3');
    await lead.getByTestId('sample-draw').click();
    const items = lead.getByTestId('sample-item');
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(3);
    expect(await lead.getByTestId('sample-population').innerText()).toContain('3');
    const sampled = await items.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-ticket-id') ?? ''));
    expect([...sampled].sort()).toEqual([...ids].sort());
    const [flagged, reopened] = sampled as [string, string];
    const item = (id: string) => lead.locator(`[data-testid="sample-item"][data-ticket-id="${id}"]`);

    // Flag with the keyboard: f on the row, type the reason, Enter.
    await item(flagged).focus();
    await lead.keyboard.press('f');
    await expect
      .poll(() => lead.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('sample-reason');
    await lead.keyboard.type('Told the customer to visit a branch; the app does it.');
    await lead.keyboard.press('Enter');
    await expect
      .poll(() => item(flagged).getByTestId('sample-verdict').innerText(), { timeout: 15_000 })
      .toContain('Told the customer');

    // Reopen with the buttons.
    await item(reopened).getByTestId('sample-reopen').click();
    await item(reopened).getByTestId('sample-reason').fill('The answer missed that the card is blocked.');
    await item(reopened).getByTestId('sample-confirm').click();
    await expect
      .poll(() => item(reopened).getByTestId('sample-status').innerText(), { timeout: 15_000 })
      .toBe('Escalated');

    // The queue has both: the flag on one, the other back in front of a human with a word to the customer.
    await waitForTicketWith(stack, flagged, { review: { verdict: 'flag' } }, 20_000);
    const atQueue = await waitForTicketWith(stack, reopened, { status: 'escalated' }, 20_000);
    expect(atQueue.ticket.escalation?.code).toBe('reopened');
    expect(
      atQueue.messages.some(
        (message) => message.author !== 'customer' && message.kind === 'reply' && message.author !== 'ai',
      ),
    ).toBe(true);

    // The agent's console pulls it into the inbox.
    await agent.getByTestId('nav-inbox').click();
    await expect
      .poll(() => agent.locator(`[data-ticket-id="${reopened}"]`).count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(await agent.locator(`[data-ticket-id="${flagged}"]`).count()).toBe(0);
    // The lead console synced the reopen meanwhile (its sample shows it) but fetched no AI-resolved list.
    expect(resolvedListCalls).toEqual([]);

    // Dashboard after: 2 of 3 AI resolutions missed (one flagged, one reopened); 2 tickets still closed,
    // both without a human; the reopen is not an AI escalation.
    await lead.getByTestId('nav-dashboard').click();
    await expect.poll(() => total(lead, 'missedEscalationRate'), { timeout: 15_000 }).toBeCloseTo(2 / 3, 5);
    expect(await total(lead, 'tickets')).toBe(3);
    expect(await total(lead, 'closed')).toBe(2);
    expect(await total(lead, 'containment')).toBe(1);
    expect(await total(lead, 'escalationRate')).toBe(0);
    const missedCard = lead.locator('[data-testid="dashboard-summary"] [data-metric="missedEscalationRate"]');
    expect(await missedCard.innerText()).toContain('2 of 3');

    // The flagged ticket goes to the eval set as a case.
    await lead.getByTestId('nav-sample').click();
    await item(flagged).getByTestId('sample-add-eval').click();
    await expect
      .poll(() => item(flagged).locator('.sample-note').innerText(), { timeout: 10_000 })
      .toContain('flagged-payments.jsonl');
    const file = join(stack.dir, 'console', 'evals', 'flagged-payments.jsonl');
    expect(existsSync(file)).toBe(true);
    const cases = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => EvalCaseSchema.parse(JSON.parse(line)));
    expect(cases.map((c) => c.id)).toEqual([`flagged-${flagged}`]);
    expect(cases[0]?.note).toContain('Told the customer');

    // Back on the agent's lists, the skipped AI-resolved list is fetched: the reopened ticket has left it.
    await lead.getByTestId('nav-resolved').click();
    await expect.poll(() => resolvedListCalls.length, { timeout: 15_000 }).toBeGreaterThan(0);
    const stillResolved = (await Promise.all(ids.map((id) => stack.getTicket(id)))).filter(
      (found) => found.ticket.status === 'ai_resolved',
    ).length;
    expect(stillResolved).toBe(2);
    await expect
      .poll(() => lead.getByTestId('nav-resolved').locator('.badge').getAttribute('data-count'), { timeout: 15_000 })
      .toBe('2');
  });

  it("offers an agent no answer or reopen on an AI-resolved ticket (a lead's review), only a note; the lead's console offers them", async () => {
    const agent = agentConsole.page;
    const { page: lead, stack } = e2e;
    const aiResolved = await waitFor(
      async () =>
        (await Promise.all(ids.map((id) => stack.getTicket(id)))).find((found) => found.ticket.status === 'ai_resolved')
          ?.ticket.id ?? null,
      10_000,
      'an AI-resolved ticket',
    );
    await agent.getByTestId('nav-resolved').click();
    await agent.locator(`[data-ticket-id="${aiResolved}"]`).first().click();
    await agent.locator(`[data-testid="ticket-view"][data-ticket-id="${aiResolved}"]`).waitFor({ timeout: 15_000 });
    await agent.getByTestId('reply-editor').fill('The answer looks wrong to me.');
    await agent.getByTestId('ai-resolved-hint').waitFor({ timeout: 10_000 });
    expect(await agent.getByTestId('ai-resolved-hint').innerText()).toMatch(/team lead/);
    expect(await agent.getByTestId('send-button').isDisabled()).toBe(true);
    expect(await agent.getByTestId('send-resolve-button').isDisabled()).toBe(true);
    expect(await agent.getByTestId('reopen-button').isDisabled()).toBe(true);
    expect(await agent.getByTestId('note-button').isEnabled()).toBe(true);

    await lead.getByTestId('nav-resolved').click();
    await lead.locator(`[data-ticket-id="${aiResolved}"]`).first().click();
    await lead.locator(`[data-testid="ticket-view"][data-ticket-id="${aiResolved}"]`).waitFor({ timeout: 15_000 });
    await lead.getByTestId('reply-editor').fill('A word from the lead.');
    expect(await lead.getByTestId('ai-resolved-hint').count()).toBe(0);
    expect(await lead.getByTestId('send-button').isEnabled()).toBe(true);
    expect(await lead.getByTestId('reopen-button').isEnabled()).toBe(true);
  });
});
