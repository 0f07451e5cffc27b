import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/browser-axe.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';

const CLEAR = 'No escalated tickets. The inbox is clear.';

/** A console with no autopilot of its own: the tickets posted stay new until a test decides them as an AI worker. */
describe('the inbox while tickets wait for the AI', () => {
  const e2e = consoleInBrowserPerFile({ autopilot: false });

  it('says how many tickets wait for the AI, in a status region, never that it is clear, until they are decided', async () => {
    const { page, stack } = e2e;
    const empty = page.getByTestId('empty-state');
    await page.getByTestId('nav-inbox').click();
    await expect.poll(() => empty.innerText()).toBe(CLEAR);

    const first = await stack.postTicket('Card not here', 'My card still has not arrived, where is it?');
    const second = await stack.postTicket('Card payment', 'There is a card payment of 84.20 EUR I never made.');
    await expect
      .poll(() => empty.innerText())
      .toBe('2 new tickets are waiting for the AI. Escalations appear here once they are decided.');
    expect(await empty.getAttribute('role')).toBe('status');
    expect(await seriousViolations(page, '[data-testid="empty-state"]')).toEqual([]);

    // An AI worker escalates both: they are in the inbox, and nothing waits any more.
    const claimed = await stack.claimAs('e2e-worker');
    expect(claimed.claims.map((c) => c.ticket.id).sort()).toEqual([first.ticket.id, second.ticket.id].sort());
    const decision = (ticketId: string, id: number) => ({
      id,
      type: 'ai_decision',
      ticketId,
      messageId: `e2e-worker-${id}`,
      createdAt: new Date().toISOString(),
      decision: {
        action: 'escalate',
        language: 'en',
        intent: null,
        confidence: null,
        ownerQueue: 'general',
        escalation: { code: 'low_confidence', ruleId: 'catch-all', detail: 'Decided by the test.' },
        draft: null,
        summary: null,
        engine: 'builtin',
        latencyMs: 1,
      },
    });
    const pushed = await stack.pushAs(
      'e2e-worker',
      [decision(first.ticket.id, 1), decision(second.ticket.id, 2)],
      'autopilot',
    );
    expect(pushed.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    await expect.poll(() => page.getByTestId('inbox-item').count()).toBe(2);
    expect(await empty.count()).toBe(0);
  });
});
