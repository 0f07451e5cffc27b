import { describe, expect, it } from 'vitest';
import {
  ROUTING_POLICY_ID,
  DEFAULT_ROUTING_POLICY,
  RoutingPolicySchema,
} from '../../shared/settings/routing-policy.js';
import { SettingsPageSchema } from '../../shared/settings/stored-setting.js';
import { seriousViolations } from '../helpers/browser-axe.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { screenshotPath } from '../helpers/e2e-page-steps.js';
import type { Stack } from '../helpers/switchboard-stack.js';

/** The tenant's routing item as the queue keeps it (null: none saved). */
async function routingInQueue(stack: Stack) {
  const response = await fetch(`${stack.queueUrl}/v1/settings?after=0&limit=1000`, {
    headers: { authorization: `Bearer ${stack.tokens.tokens.lead}` },
  });
  const items = SettingsPageSchema.parse(await response.json()).items.filter(
    (item) => item.kind === 'routing' && item.id === ROUTING_POLICY_ID,
  );
  const item = items.at(-1);
  return item && !item.deleted ? { value: RoutingPolicySchema.parse(item.value), version: item.version } : null;
}

const route = (route: 'builtin' | 'model' | 'person') => ({
  routing: {
    route,
    reason: 'Decided by the test.',
    model: route === 'model' ? 'test-model' : null,
    promptVersion: null,
  },
  citations: [],
  suggestedMacros: [],
  suggestedArticles: [],
});

/**
 * Four decided tickets, as an autopilot of the routing layer records them: the built-in engine sure (a PIN question),
 * unsure (sent to people while the model is off), a customer asking for a person, and one the model answered at
 * 2 cents.
 */
const DECISIONS = [
  {
    action: 'resolve',
    language: 'en',
    intent: 'change_pin',
    confidence: 0.99,
    reply: 'You can change your PIN in the app.',
    summary: null,
    engine: 'builtin',
    latencyMs: 3,
  },
  {
    action: 'escalate',
    language: 'en',
    intent: 'card_arrival',
    confidence: 0.41,
    ownerQueue: 'payments',
    escalation: { code: 'low_confidence', ruleId: 'catch-all', detail: 'Unsure.' },
    draft: null,
    summary: null,
    engine: 'builtin',
    latencyMs: 3,
    assist: route('person'),
  },
  {
    action: 'escalate',
    language: 'en',
    intent: null,
    confidence: null,
    ownerQueue: 'payments',
    escalation: { code: 'human_requested', ruleId: 'catch-all', detail: 'Asked for a person.' },
    draft: null,
    summary: null,
    engine: 'builtin',
    latencyMs: 3,
    assist: route('person'),
  },
  {
    action: 'resolve',
    language: 'en',
    intent: 'card_arrival',
    confidence: 0.6,
    reply: 'Your card arrives within 5 working days.',
    summary: null,
    engine: 'openai',
    latencyMs: 900,
    usage: { model: 'test-model', calls: 1, promptTokens: 900, completionTokens: 100, costUsd: 0.02 },
    assist: route('model'),
  },
] as const;

/**
 * A team lead edits the tenant's routing policy from the keyboard: the preview over the cached tickets of the last
 * 7 days follows every edit (the model turned on takes the unsure ticket and the model's own; a used-up budget gives
 * them back to people), a bad value is named on its field and blocks the save, and Ctrl+S saves the policy to the
 * queue, which every autopilot of the tenant follows.
 */
describe('routing policy editor in the browser', () => {
  const e2e = consoleInBrowserPerFile({
    role: 'lead',
    autopilot: false,
    async prepare(stack) {
      // The policy in force: the default one (the model off), whatever the demo seed says.
      const stored = await routingInQueue(stack);
      const reset = await fetch(`${stack.queueUrl}/v1/settings/routing/${ROUTING_POLICY_ID}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${stack.tokens.tokens.lead}`, 'content-type': 'application/json' },
        body: JSON.stringify({ baseVersion: stored?.version ?? 0, value: DEFAULT_ROUTING_POLICY }),
      });
      expect(reset.status).toBe(200);
      const { version } = (await reset.json()) as { version: number };
      const ids: string[] = [];
      for (const n of DECISIONS.keys())
        ids.push((await stack.postTicket(`Routing ticket ${n + 1}`, `Question number ${n + 1}`)).ticket.id);
      const claimed = await stack.claimAs('routing-worker');
      expect(claimed.claims.map((claim) => claim.ticket.id).sort()).toEqual([...ids].sort());
      const pushed = await stack.pushAs(
        'routing-worker',
        DECISIONS.map((decision, n) => ({
          id: n + 1,
          type: 'ai_decision',
          ticketId: ids[n],
          messageId: `routing-worker-${n + 1}`,
          createdAt: new Date().toISOString(),
          decision,
        })),
        'autopilot',
      );
      expect(pushed.results.map((result) => result.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
      return { version };
    },
    async whenOpen(page) {
      // The console's cache holds the decisions (two escalations in the inbox) before the preview reads it.
      await page.getByTestId('nav-inbox').click();
      await page.getByTestId('inbox-item').nth(1).waitFor({ timeout: 30_000 });
    },
    setupTimeoutMs: 240_000,
  });

  it('edits the policy from the keyboard, sees the preview follow, and saves it to the queue', async () => {
    const { page, stack } = e2e;
    await page.getByTestId('nav-routing').click();
    await page.getByTestId('routing-screen').waitFor();
    // The console follows the policy reset in prepare (its settings sync reads the feed at the latest every 30 s).
    await expect
      .poll(() => page.getByTestId('routing-version').textContent(), { timeout: 45_000 })
      .toContain(`Version ${e2e.prepared.version},`);
    const cell = (route: string, column: 'now' | 'edited') =>
      page.getByTestId(`routing-route-${route}`).getByTestId(column).textContent();
    const changed = () => page.getByTestId('routing-changed').textContent();

    // The policy in force against itself: the model is off, everything unsure goes to people.
    await expect.poll(() => cell('person', 'edited'), { timeout: 15_000 }).toBe('75% (3)');
    expect(await cell('builtin', 'now')).toBe('25% (1)');
    expect(await changed()).toContain('Tickets that change route: 0.');

    // The model on (Space on the focused switch); the default budget of 0 is used up at once, so nothing reaches it.
    await page.getByTestId('routing-modelEnabled').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('routing-cost-warning').textContent()).toContain('used up');
    expect(await cell('model', 'edited')).toBe('0% (0)');

    // With a budget the unsure ticket and the model's own go to the model; the customer who asked for a person stays
    // with people, the model writing the summary and draft.
    await page.getByTestId('routing-monthlyUsd').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('25');
    await expect.poll(() => cell('model', 'edited')).toBe('50% (2)');
    expect(await cell('person', 'edited')).toBe('25% (1)');
    expect(await cell('person', 'now')).toBe('75% (3)');
    expect(await changed()).toContain('Tickets that change route: 2. People → Model: 2');
    expect(await page.getByTestId('routing-assisted').textContent()).toContain('0 now, 1 edited');
    expect(await page.getByTestId('routing-cost-average').textContent()).toContain('$0.02');
    expect(await page.getByTestId('routing-cost-warning').count()).toBe(0);
    expect(await page.locator('[data-testid^="routing-change-"]').count()).toBe(2);

    // A value that is no share is named on its field, and the policy cannot be saved until it is fixed.
    const minConfidence = page.getByTestId('routing-minConfidence');
    await minConfidence.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('lots');
    await expect.poll(() => minConfidence.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('admin-field-error').first().textContent()).toBe('A number from 0 to 100.');
    expect(await page.getByTestId('routing-save').isDisabled()).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('80');
    await expect.poll(() => page.getByTestId('admin-field-error').count()).toBe(0);

    await page.locator('[data-testid="routing-preview"] [aria-busy="false"]').waitFor();
    await page.screenshot({ path: screenshotPath('routing-policy.png') });
    expect(await seriousViolations(page, '[data-testid="routing-screen"]')).toEqual([]);

    await page.keyboard.press('Control+S');
    await page.getByTestId('routing-saved').waitFor({ timeout: 15_000 });
    const saved = await routingInQueue(stack);
    expect(saved?.value).toMatchObject({
      model: { enabled: true, minConfidence: 0.8 },
      budget: { monthlyUsd: 25 },
    });
    // Saved, the edited policy is the one in force: nothing changes route against it.
    await expect.poll(() => changed(), { timeout: 15_000 }).toContain('Tickets that change route: 0.');
  }, 120_000);
  it('reads right to left in Arabic: the editor mirrored, the preview at its left, no serious accessibility issue', async () => {
    const { browser, stack } = e2e;
    // bypassCSP lets the test inject axe-core; the app's own CSP stays strict.
    const context = await browser.newContext({
      locale: 'ar-EG',
      bypassCSP: true,
      viewport: { width: 1280, height: 800 },
    });
    try {
      const page = await context.newPage();
      await page.goto(stack.consoleUrl);
      await page.getByTestId('nav-routing').click({ timeout: 60_000 });
      await page.locator('[data-testid="routing-preview"] [aria-busy="false"]').waitFor({ timeout: 15_000 });
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await page.getByTestId('nav-routing').textContent()).toBe('التوجيه');
      const form = await page.getByTestId('routing-form').boundingBox();
      const preview = await page.getByTestId('routing-preview').boundingBox();
      expect(form && preview && form.x > preview.x).toBe(true);
      await page.screenshot({ path: screenshotPath('routing-policy-ar.png') });
      expect(await seriousViolations(page, '[data-testid="routing-screen"]')).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
