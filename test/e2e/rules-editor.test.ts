import { describe, expect, it } from 'vitest';
import { StoredRuleSetSchema } from '../../shared/rules/rule-set.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { waitForAiDecision } from '../helpers/e2e-tickets.js';
import type { Stack } from '../helpers/switchboard-stack.js';
import { PIN_QUESTIONS } from '../helpers/e2e-customer-texts.js';

/** Sent to security by the "fraud-and-legal-words" rule (the word "stolen"), whatever the cards rule says. */
const STOLEN = 'My card was stolen yesterday, please block it';
/** Index of the "cards" rule in resources/tenants/payments/tenant.json, and of its catch-all. */
const CARDS = 5;
const CATCH_ALL = 9;

/**
 * A team lead edits the tenant's escalation rules in the console: the preview on the last 7 days of
 * cached tickets shows what would change, removing the catch-all is refused inline, the save reaches
 * the queue, and the console's autopilot routes the next ticket by the saved rules, with no restart.
 */
describe('escalation rules editor in the browser', () => {
  /** Posts a ticket and waits for the AI's decision on it. */
  const decided = async (stack: Stack, subject: string, text: string) =>
    (await waitForAiDecision(stack, (await stack.postTicket(subject, text)).ticket.id)).ticket;

  const e2e = consoleInBrowserPerFile({
    role: 'lead',
    async prepare(stack) {
      for (const [n, text] of PIN_QUESTIONS.entries()) {
        const ticket = await decided(stack, `PIN question ${n + 1}`, text);
        expect(ticket.status, text).toBe('ai_resolved');
      }
      const stolen = await decided(stack, 'Stolen card', STOLEN);
      expect(stolen).toMatchObject({
        status: 'escalated',
        ownerQueue: 'security',
        escalation: { ruleId: 'fraud-and-legal-words' },
      });
    },
    async whenOpen(page) {
      // The console's cache holds all four decisions before the preview reads it.
      await page.getByTestId('nav-inbox').click();
      await page.getByText('Stolen card').first().waitFor({ timeout: 20_000 });
    },
    setupTimeoutMs: 240_000,
  });

  it('edits a rule, previews it, is stopped from removing the catch-all, saves, and the next ticket follows the new rule', async () => {
    const { page, stack } = e2e;
    await page.getByTestId('nav-rules').click({ timeout: 15_000 });
    await page.getByTestId('rules-screen').waitFor();
    expect(await page.getByTestId(`rule-id-${CARDS}`).inputValue()).toBe('cards');
    expect(await page.getByTestId(`rule-id-${CATCH_ALL}`).inputValue()).toBe('catch-all');

    // Card questions (change_pin among them) now go to people, in the payments queue.
    await page.getByTestId(`rule-escalate-${CARDS}`).check();
    await page.getByTestId(`rule-queue-${CARDS}`).selectOption('payments');
    // A bad value is named inline, on its field, and blocks preview and save until fixed.
    await page.getByTestId(`rule-minConfidence-${CARDS}`).fill('2');
    await page.getByTestId(`rule-error-${CARDS}-minConfidence`).waitFor();
    expect(await page.getByTestId('rules-preview-button').isDisabled()).toBe(true);
    await page.getByTestId(`rule-minConfidence-${CARDS}`).fill('');
    await expect.poll(() => page.getByTestId(`rule-error-${CARDS}-minConfidence`).count()).toBe(0);

    // Preview with the keyboard: the three answered PIN questions would be escalated to payments by "cards";
    // the stolen card stays with security.
    await page.getByTestId(`rule-id-${CARDS}`).focus();
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('rules-preview').waitFor({ timeout: 15_000 });
    const figure = async (testId: string) => Number(await page.getByTestId(testId).textContent());
    expect(await figure('preview-compared')).toBe(4);
    expect(await figure('preview-changed')).toBe(3);
    expect(await figure('preview-newly-escalated')).toBe(3);
    expect(await figure('preview-newly-resolved')).toBe(0);
    const tally = async (row: string) => [
      Number(await page.getByTestId(row).getByTestId('gained').textContent()),
      Number(await page.getByTestId(row).getByTestId('lost').textContent()),
    ];
    expect(await tally('preview-by-rule-cards')).toEqual([3, 0]);
    expect(await tally('preview-by-queue-payments')).toEqual([3, 0]);
    expect(await tally('preview-by-queue-ai')).toEqual([0, 3]);
    expect(await page.locator('[data-testid^="preview-change-"]').count()).toBe(3);

    // Without its catch-all the set is refused, with the reason, and cannot be saved.
    await page.getByTestId(`rule-remove-${CATCH_ALL}`).click();
    const setError = page.getByTestId('rules-set-error');
    await setError.waitFor();
    expect(await setError.textContent()).toMatch(/catch-all/);
    expect(await page.getByTestId('rules-save-button').isDisabled()).toBe(true);
    expect(await page.getByTestId('rules-preview-stale').count()).toBe(1);

    // A new closing catch-all (no conditions) fixes it.
    await page.getByTestId('rules-add').click();
    await page.getByTestId(`rule-id-${CATCH_ALL}`).fill('everything-else');
    await page.getByTestId(`rule-queue-${CATCH_ALL}`).selectOption('general');
    await expect.poll(() => setError.count()).toBe(0);

    // Save with the keyboard.
    await page.getByTestId(`rule-id-${CATCH_ALL}`).focus();
    await page.keyboard.press('Control+s');
    await page.getByTestId('rules-saved').waitFor({ timeout: 15_000 });
    // The queue's seed saved the demo's rules as version 1; the lead's save is version 2.
    expect(await page.getByTestId('rules-saved').textContent()).toContain('2');
    // Saving keeps the focus where the lead was typing.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(`rule-id-${CATCH_ALL}`);

    const stored = StoredRuleSetSchema.parse(
      await (
        await fetch(`${stack.queueUrl}/v1/rules`, { headers: { authorization: `Bearer ${stack.tokens.tokens.agent}` } })
      ).json(),
    );
    expect(stored.version).toBe(2);
    expect(stored.rules?.at(-1)).toEqual({ id: 'everything-else', ownerQueue: 'general', when: {} });
    expect(stored.rules?.[CARDS]).toMatchObject({ id: 'cards', ownerQueue: 'payments', escalate: true });

    // The running autopilot picks the saved rules up: a new PIN question goes to payments by "cards".
    const next = await decided(stack, 'PIN question 4', PIN_QUESTIONS[0] ?? '');
    expect(next).toMatchObject({
      status: 'escalated',
      ownerQueue: 'payments',
      escalation: { code: 'rule', ruleId: 'cards' },
    });
  }, 120_000);

  it('tells a lead another lead saved meanwhile, keeps what they typed, and saves over it only when asked', async () => {
    const { page, stack } = e2e;
    // Another lead saves version 3 from elsewhere (the API, with a lead token).
    const other = await fetch(`${stack.queueUrl}/v1/rules`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${stack.tokens.tokens.lead}`, 'content-type': 'application/json' },
      body: JSON.stringify({ rules: [{ id: 'only-general', ownerQueue: 'general', when: {} }], baseVersion: 2 }),
    });
    expect(other.status).toBe(200);

    const keywords = page.getByTestId('rule-keywords-1');
    const typed = `${await keywords.inputValue()}, chargeback`;
    await keywords.fill(typed);
    await keywords.press('Control+s');
    const conflict = page.getByTestId('rules-conflict');
    await conflict.waitFor({ timeout: 15_000 });
    expect(await conflict.textContent()).toMatch(/3/);
    expect(await keywords.inputValue()).toBe(typed);

    await page.getByTestId('rules-keep-mine').click();
    await page.getByTestId('rules-saved').waitFor({ timeout: 15_000 });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('rules-save-button');
    const stored = StoredRuleSetSchema.parse(
      await (
        await fetch(`${stack.queueUrl}/v1/rules`, { headers: { authorization: `Bearer ${stack.tokens.tokens.agent}` } })
      ).json(),
    );
    expect(stored.version).toBe(4);
    expect(stored.rules?.[1]?.when.keywords?.at(-1)).toBe('chargeback');
  }, 60_000);

  it('lays the rules screen out right to left in Hebrew', async () => {
    const { page } = e2e;
    await page.getByTestId('open-settings').click();
    await page.getByTestId('ui-language').selectOption('he');
    await page.getByTestId('settings-close').click();
    const screen = page.getByTestId('rules-screen');
    await expect.poll(() => screen.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await page.locator('#rules-title').textContent()).toBe('כללי הסלמה');
    // The rule's action buttons sit at the inline end: on the left in right-to-left.
    const card = await page.getByTestId('rule-card-0').boundingBox();
    const remove = await page.getByTestId('rule-remove-0').boundingBox();
    expect(card && remove && remove.x < card.x + card.width / 2).toBe(true);
    await page.getByTestId('open-settings').click();
    await page.getByTestId('ui-language').selectOption('en');
    await page.getByTestId('settings-close').click();
  }, 30_000);
});
