import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/browser-axe.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { PIN_QUESTIONS, WANTS_A_HUMAN } from '../helpers/e2e-customer-texts.js';
import { screenshotPath } from '../helpers/e2e-page-steps.js';
import { postTickets, waitForAiDecision } from '../helpers/e2e-tickets.js';
import { saveSetting } from '../helpers/queue-tenant-settings.js';
import { QueueClient } from '../../lib/queue-client/queue-client.js';
import { tokensOfTenant } from '../../lib/embedded-queue.js';

const CALLBACK_TAG = { id: 'callback', name: 'Call back first' };

/** Three PIN questions the AI resolves and two customers who ask for a person: 5 received, 3 resolved by the AI. */
const RESOLVED = PIN_QUESTIONS.slice(0, 3);
const ESCALATED = [WANTS_A_HUMAN, `${WANTS_A_HUMAN} Second customer.`];

/**
 * The lead's dashboard leads with the AI resolution rate of every ticket received (3 / 5 = 60 %), beside containment
 * that counts closed tickets only (3 / 3 = 100 %) and the open backlog (2 waiting for a person); its cards and panels
 * use the width of a 1280 px laptop and of a 2560 px monitor.
 */
describe('the lead dashboard in the browser', () => {
  const e2e = consoleInBrowserPerFile({
    role: 'lead',
    async prepare(stack) {
      const resolved = await postTickets(stack, 'PIN question', RESOLVED);
      const escalated = await postTickets(stack, 'A person please', ESCALATED);
      for (const id of resolved) expect((await waitForAiDecision(stack, id)).ticket.status, id).toBe('ai_resolved');
      for (const id of escalated) expect((await waitForAiDecision(stack, id)).ticket.status, id).toBe('escalated');
      // One escalated ticket carries the tenant's tag: grouped by tag, the dashboard names it as the tenant does.
      const admin = new QueueClient({
        baseUrl: stack.queueUrl,
        token: tokensOfTenant(stack.tokens, undefined).tokens.admin,
      });
      await saveSetting(admin, 'tag', CALLBACK_TAG.id, { name: CALLBACK_TAG.name });
      const tagged = await stack.pushAs(
        'dashboard-lead',
        [
          {
            id: 1,
            type: 'tag',
            ticketId: escalated[0],
            createdAt: new Date().toISOString(),
            agentName: 'Lead',
            add: [CALLBACK_TAG.id],
            remove: [],
          },
        ],
        'lead',
      );
      expect(tagged.results).toMatchObject([{ status: 'applied' }]);
    },
  });

  /** The headline cards' values by metric, as the page holds them (exact values in data-value). */
  const headline = (page: Page) =>
    page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('[data-testid="dashboard-headline"] [data-metric]')].map((card) => [
          card.getAttribute('data-metric'),
          Number(card.getAttribute('data-value')),
        ]),
      ),
    );
  const top = async (page: Page, selector: string) => Math.round((await page.locator(selector).boundingBox())?.y ?? -1);
  const tops = (page: Page, selector: string) =>
    page
      .locator(selector)
      .evaluateAll((found) => found.map((element) => Math.round(element.getBoundingClientRect().y)));

  it('shows the AI resolution rate of all tickets received beside containment and the backlog', async () => {
    const { page } = e2e;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByTestId('nav-dashboard').click();
    await expect
      .poll(() => headline(page), { timeout: 30_000 })
      .toMatchObject({ aiResolutionRate: 0.6, containment: 1, backlog: 2 });
    const aiCard = page.locator('[data-testid="dashboard-headline"] [data-metric="aiResolutionRate"]');
    expect(await aiCard.innerText()).toContain('60');
    expect(await aiCard.innerText()).toContain('3 of 5 received');
    // The backlog by queue adds up to the card, and the SLA table counts the period's five tickets.
    expect(await page.locator('[data-testid="dashboard-backlog"] tfoot td').getAttribute('data-value')).toBe('2');
    expect(
      await page.locator('[data-testid="dashboard-sla"] tfoot td[data-column="tickets"]').getAttribute('data-value'),
    ).toBe('5');
    expect(await seriousViolations(page, '[data-testid="dashboard"]')).toEqual([]);
  });

  it("names the tenant's tag in the rows grouped by tag, and the tickets without one as none", async () => {
    const { page } = e2e;
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('dashboard-group').selectOption('tag');
    await page.getByTestId('dashboard-apply').click();
    const rowNames = page.locator('[data-testid="dashboard-table"] tbody th[scope="row"]');
    await expect.poll(() => rowNames.allInnerTexts(), { timeout: 15_000 }).toContain(CALLBACK_TAG.name);
    const tagRow = page.locator(`[data-testid="dashboard-table"] tbody tr[data-key="${CALLBACK_TAG.id}"] th`);
    expect(await tagRow.innerText()).toBe(CALLBACK_TAG.name);
    expect(await rowNames.allInnerTexts()).not.toContain(CALLBACK_TAG.id);
    // The four untagged tickets are one row, named as having none.
    const untagged = page.locator('[data-testid="dashboard-table"] tbody tr[data-key=""] th');
    expect(await untagged.innerText()).toBe('(none)');
    await page.getByTestId('dashboard-group').selectOption('day');
    await page.getByTestId('dashboard-apply').click();
  });

  it('lays the cards in one row and the panels side by side at 1280 px', async () => {
    const { page } = e2e;
    await page.setViewportSize({ width: 1280, height: 900 });
    // Six headline cards on one line; the SLA table and the backlog beside each other under the chart.
    expect(new Set(await tops(page, '[data-testid="dashboard-headline"] > [data-metric]')).size).toBe(1);
    expect(await top(page, '[data-testid="dashboard-sla"]')).toBe(await top(page, '[data-testid="dashboard-backlog"]'));
    expect(await top(page, '[data-testid="dashboard-sla"]')).toBeGreaterThan(await top(page, '.dashboard-panel-chart'));
    await page.screenshot({ path: screenshotPath('lead-dashboard-1280.png'), fullPage: true });
  });

  it('puts the chart, the SLA table and the backlog in one row across a 2560 px monitor', async () => {
    const { page } = e2e;
    await page.setViewportSize({ width: 2560, height: 1440 });
    await expect
      .poll(() => top(page, '[data-testid="dashboard-backlog"]'))
      .toBe(await top(page, '.dashboard-panel-chart'));
    expect(await top(page, '[data-testid="dashboard-sla"]')).toBe(await top(page, '.dashboard-panel-chart'));
    // The backlog panel ends near the right edge: no empty two thirds. The chart has grown with its panel.
    const backlog = await page.getByTestId('dashboard-backlog').boundingBox();
    expect((backlog?.x ?? 0) + (backlog?.width ?? 0)).toBeGreaterThan(2560 * 0.95);
    const chartWidth = async () =>
      (await page.locator('[data-testid="dashboard-chart"] canvas').boundingBox())?.width ?? 0;
    await expect.poll(chartWidth).toBeGreaterThan(800);
    expect(await seriousViolations(page, '[data-testid="dashboard"]')).toEqual([]);
    await page.screenshot({ path: screenshotPath('lead-dashboard-2560.png'), fullPage: true });
  });
});
