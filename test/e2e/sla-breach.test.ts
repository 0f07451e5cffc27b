import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/browser-axe.js';
import { waitOnline } from '../helpers/console-page.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { WANTS_A_HUMAN } from '../helpers/e2e-customer-texts.js';
import { waitForInboxRows } from '../helpers/e2e-page-steps.js';
import { postTickets, waitForAiDecision } from '../helpers/e2e-tickets.js';

/** Thirty days: past any first-reply target a policy of the demo may set, whatever its business hours. */
const PAST_EVERY_TARGET = 30 * 24 * 60 * 60 * 1000;

/**
 * A lead's console announces an SLA breach once: the page's clock (Playwright's fake timers, the console core keeps
 * the real time) jumps past the escalation's first-reply target; the inbox row turns overdue, one notice appears
 * in the live region, and later looks do not repeat it.
 */
describe('an SLA breach announced to the lead', () => {
  const e2e = consoleInBrowserPerFile({
    role: 'lead',
    async prepare(stack) {
      const [id] = await postTickets(stack, 'Breach me', [WANTS_A_HUMAN]);
      expect((await waitForAiDecision(stack, id as string)).ticket.status).toBe('escalated');
      return id as string;
    },
    async openPage(browser, consoleUrl) {
      const page = await browser.newPage({ locale: 'en-US' });
      await page.clock.install();
      await page.goto(consoleUrl);
      await waitOnline(page);
      return page;
    },
    whenOpen: (page) => waitForInboxRows(page, 1),
  });

  it('turns the row overdue and tells the lead once, in a live region', async () => {
    const { page } = e2e;
    const id = e2e.prepared;
    const row = page.locator(`[data-testid="inbox-item"][data-ticket-id="${id}"]`);
    await expect.poll(() => row.getAttribute('data-overdue')).toBe('false');
    await expect.poll(() => row.locator('.row-due').textContent()).toMatch(/^Reply due in /);
    const notices = page.getByTestId('sla-breaches');
    // The first look (the baseline: nothing was breached) is done before the clock moves.
    await expect.poll(async () => Number(await notices.getAttribute('data-looks'))).toBeGreaterThan(0);

    await page.clock.fastForward(PAST_EVERY_TARGET);
    const breach = notices.locator(`[data-breach="${id}:first_reply"]`);
    await breach.waitFor();
    expect(await breach.textContent()).toContain('First reply overdue: Breach me');
    expect(await notices.locator('ul').getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => row.getAttribute('data-overdue')).toBe('true');
    await expect.poll(() => row.locator('.row-due').textContent()).toMatch(/^Reply overdue by /);
    expect(await seriousViolations(page, '[data-testid="sla-breaches"]')).toEqual([]);

    // Two more looks later: still the one notice.
    const looks = Number(await notices.getAttribute('data-looks'));
    await page.clock.fastForward('01:00');
    await page.clock.fastForward('01:00');
    await expect.poll(async () => Number(await notices.getAttribute('data-looks'))).toBeGreaterThanOrEqual(looks + 2);
    expect(await notices.locator('li').count()).toBe(1);

    // Dismissed, it stays gone: the breach is not announced again.
    await breach.getByRole('button', { name: 'Dismiss' }).click();
    await page.clock.fastForward('01:00');
    await expect.poll(async () => Number(await notices.getAttribute('data-looks'))).toBeGreaterThanOrEqual(looks + 3);
    expect(await notices.locator('li').count()).toBe(0);
  });
});
