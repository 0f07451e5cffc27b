import { describe, expect, it } from 'vitest';
import type { AiHealthEvent } from '../../shared/api/ai-health-contract.js';
import { budgetMonth } from '../../shared/routing/model-budget.js';
import { DEFAULT_ROUTING_POLICY, ROUTING_POLICY_ID } from '../../shared/settings/routing-policy.js';
import { SettingsPageSchema } from '../../shared/settings/stored-setting.js';
import { seriousViolations } from '../helpers/browser-axe.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { screenshotPath } from '../helpers/e2e-page-steps.js';
import type { Stack } from '../helpers/switchboard-stack.js';

const PROMPT = 'decide@3.1a2b3c4d';

/** Saves the tenant's routing policy as its lead: the model on with a budget of 10 US dollars a month. */
async function saveRouting(stack: Stack): Promise<void> {
  const page = await fetch(`${stack.queueUrl}/v1/settings?after=0&limit=1000`, {
    headers: { authorization: `Bearer ${stack.tokens.tokens.lead}` },
  });
  const stored = SettingsPageSchema.parse(await page.json())
    .items.filter((item) => item.kind === 'routing' && item.id === ROUTING_POLICY_ID)
    .at(-1);
  const policy = {
    ...DEFAULT_ROUTING_POLICY,
    model: { ...DEFAULT_ROUTING_POLICY.model, enabled: true },
    budget: { monthlyUsd: 10, warnAt: 0.8, whenExhausted: 'people' },
  };
  const saved = await fetch(`${stack.queueUrl}/v1/settings/routing/${ROUTING_POLICY_ID}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${stack.tokens.tokens.lead}`, 'content-type': 'application/json' },
    body: JSON.stringify({ baseVersion: stored?.version ?? 0, value: policy }),
  });
  expect(saved.status).toBe(200);
}

/** Reports an event as the autopilot does (POST /v1/ai/health with its token). */
async function report(stack: Stack, event: AiHealthEvent): Promise<void> {
  const answer = await fetch(`${stack.queueUrl}/v1/ai/health`, {
    method: 'POST',
    headers: { authorization: `Bearer ${stack.tokens.tokens.autopilot}`, 'content-type': 'application/json' },
    body: JSON.stringify(event),
  });
  expect(answer.status).toBe(201);
}

/**
 * A team lead sees what the AI's own checks reported to the queue: the AI health tab counts the unseen alerts; the
 * screen lists integration drift (its ticket opens beside the lists), shadow runs against the tenant's tolerance with
 * their disagreements, and a budget warning, newest first with the alerts marked; and the month's model spend by
 * route against the routing policy's budget. With the queue out of reach it says the screen needs the network.
 */
describe('AI health in the browser', () => {
  const e2e = consoleInBrowserPerFile({
    role: 'lead',
    autopilot: false,
    async prepare(stack) {
      await saveRouting(stack);
      const drifted = (await stack.postTicket('Where is my order?', 'Where is order 1234?')).ticket.id;
      const answered = (await stack.postTicket('Card delivery', 'When does my new card arrive?')).ticket.id;
      await stack.claimAs('health-worker');
      const pushed = await stack.pushAs(
        'health-worker',
        [
          {
            id: 1,
            type: 'ai_decision',
            ticketId: answered,
            messageId: 'health-worker-1',
            createdAt: new Date().toISOString(),
            decision: {
              action: 'resolve',
              language: 'en',
              intent: 'card_arrival',
              confidence: 0.7,
              reply: 'Your card arrives within 5 working days.',
              summary: null,
              engine: 'openai',
              latencyMs: 800,
              usage: { model: 'test-model', calls: 1, promptTokens: 1500, completionTokens: 500, costUsd: 0.02 },
              assist: {
                routing: {
                  route: 'model',
                  reason: 'Unsure built-in engine.',
                  model: 'test-model',
                  promptVersion: PROMPT,
                },
                citations: [],
                suggestedMacros: [],
                suggestedArticles: [],
              },
            },
          },
        ],
        'autopilot',
      );
      expect(pushed.results.map((result) => result.status)).toEqual(['applied']);
      await report(stack, {
        kind: 'integration_drift',
        toolApiId: 'orders-api',
        operationId: 'getOrder',
        ticketId: drifted,
        problem: '$.total: expected number, got string',
      });
      const shadow = {
        kind: 'shadow_run' as const,
        promptVersion: PROMPT,
        model: 'test-model',
        sampled: 20,
        minAgreement: 0.85,
        maxGuardRefusalRate: 0.1,
        disagreements: [],
      };
      await report(stack, { ...shadow, agreement: 0.95, guardRefusalRate: 0 });
      await report(stack, {
        ...shadow,
        agreement: 0.7,
        guardRefusalRate: 0.05,
        disagreements: [
          {
            ticketId: answered,
            was: { action: 'resolve', ownerQueue: null },
            now: { action: 'escalate', ownerQueue: 'cards' },
          },
        ],
      });
      await report(stack, {
        kind: 'budget',
        month: budgetMonth(new Date()),
        monthlyUsd: 10,
        spentUsd: 8.5,
        state: 'warning',
      });
      return { drifted };
    },
    setupTimeoutMs: 240_000,
  });

  it('counts the alerts on the tab, lists the events and the spend, opens a ticket, and needs the network', async () => {
    const { page, stack } = e2e;
    const badge = page.getByTestId('nav-ai-health').getByTestId('ai-health-badge');
    await expect.poll(() => badge.getAttribute('data-count'), { timeout: 30_000 }).toBe('3');

    await page.getByTestId('nav-ai-health').click();
    await page.getByTestId('ai-health-screen').waitFor();
    const events = page.getByTestId('ai-health-event');
    await expect.poll(() => events.count(), { timeout: 15_000 }).toBe(4);
    expect(await page.getByTestId('ai-health-alert-count').textContent()).toBe('Alerts: 3 of 4 events.');
    // Newest first, each alert marked.
    const kinds = await events.evaluateAll((items) =>
      items.map((item) => `${item.getAttribute('data-kind')}:${item.getAttribute('data-alert')}`),
    );
    expect(kinds).toEqual(['budget:true', 'shadow_run:true', 'shadow_run:false', 'integration_drift:true']);
    expect(await events.nth(0).textContent()).toContain('the model spend reached $8.50 of the $10.00 budget');
    expect(await events.nth(1).getByTestId('ai-health-agreement').textContent()).toBe(
      'Agreement 70% (alert below 85%)',
    );
    expect(await events.nth(1).textContent()).toContain('was resolved by the AI, now to people (cards)');
    expect(await events.nth(3).textContent()).toContain('$.total: expected number, got string');
    // The month's spend by route against the budget of the policy saved in prepare, over the queue API while this
    // console started (its settings read under way then must not swallow the save's announcement), on a screen whose
    // page listens to the console's events over one stream (a stream per listener took every connection to the host).
    await expect
      .poll(() => page.getByTestId('ai-health-spent').textContent(), { timeout: 15_000 })
      .toContain('$0.02 of the $10.00 budget');
    expect(await page.getByTestId('ai-health-spend-model').getByTestId('cost').textContent()).toBe('$0.02');
    // Seen: the tab counts no alert any more.
    await expect.poll(() => badge.count()).toBe(0);

    await page.screenshot({ path: screenshotPath('ai-health.png') });
    expect(await seriousViolations(page, '[data-testid="ai-health-screen"]')).toEqual([]);

    // The drifted ticket opens beside the lists, from the keyboard.
    await events.nth(3).getByTestId(`ai-health-ticket-${e2e.prepared.drifted}`).focus();
    await page.keyboard.press('Enter');
    await page
      .locator(`[data-testid="ticket-view"][data-ticket-id="${e2e.prepared.drifted}"]`)
      .waitFor({ timeout: 15_000 });

    // The queue out of reach: the screen says it needs the network.
    await stack.stopQueue();
    await page.getByTestId('nav-ai-health').click();
    await page.getByTestId('ai-health-refresh').click();
    await expect
      .poll(() => page.getByTestId('ai-health-error').textContent(), { timeout: 30_000 })
      .toBe('The AI health is kept by the central queue: it is shown once the console is online.');
  }, 120_000);
});
