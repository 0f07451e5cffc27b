import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/browser-axe.js';
import { escalateAsAi } from '../helpers/console-page.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { openTicketInNewPage, screenshotPath } from '../helpers/e2e-page-steps.js';
import { answeredToolCall, refusedToolCall } from '../helpers/e2e-tool-results.js';
import type { Stack } from '../helpers/switchboard-stack.js';

const ORDER = {
  order_id: '#W2403075',
  user_id: 'aarav_davis_4756',
  status: 'pending',
  items: [{ name: 'Desk Lamp', item_id: '8384507844', price: 188.67 }],
};
const REFUSAL = 'Order #W8883368 belongs to another customer.';
/** What the OpenAI provider records for a lookup, an order, and an action its policy guard refused. */
const TOOL_RESULTS = [
  answeredToolCall('find_user_id_by_email', { email: 'aarav.davis@example.com' }, 'aarav_davis_4756'),
  answeredToolCall('get_order_details', { order_id: '#W2403075' }, ORDER),
  refusedToolCall('cancel_pending_order', { order_id: '#W8883368', reason: 'no longer needed' }, REFUSAL),
];

/** A ticket escalated by the AI, with or without tool results on its decision. */
function escalation(stack: Stack, worker: string, toolResults?: unknown[]): Promise<string> {
  return escalateAsAi(
    stack,
    worker,
    { subject: 'Cancel my order', text: 'Please cancel order #W2403075, I ordered it by mistake.' },
    {
      language: 'en',
      intent: 'cancel_order',
      code: 'model_error',
      detail: 'Guardrail blocked a tool call the policy forbids.',
      summary: 'Customer wants an order cancelled.',
      ...(toolResults ? { toolResults } : {}),
    },
  );
}

const isFocused = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => element === document.activeElement);

describe('what the AI looked up, in the customer panel', () => {
  const e2e = consoleInBrowserPerFile({
    autopilot: false,
    prepare: async (stack) => ({
      withTools: await escalation(stack, 'e2e-tools-ai', TOOL_RESULTS),
      withoutTools: await escalation(stack, 'e2e-no-tools-ai'),
    }),
    openPage: false,
  });
  /** A new page on the console with one of the escalated tickets open. */
  const openEscalation = (which: 'withTools' | 'withoutTools', locale?: string) =>
    openTicketInNewPage(e2e.browser, e2e.stack.consoleUrl, e2e.prepared[which], locale);

  it('lists each call with its key arguments, opens one by keyboard to show the result, marks the refused one with the reason', async () => {
    const page = await openEscalation('withTools');
    const panel = page.getByTestId('customer-panel');
    const list = panel.getByTestId('ai-tool-results');
    await list.waitFor({ timeout: 15_000 });
    expect(await panel.innerText()).toContain('What the AI looked up');

    const calls = list.getByTestId('ai-tool-call');
    expect(
      await calls.evaluateAll((items) =>
        items.map((item) => [item.getAttribute('data-tool'), item.getAttribute('data-status')]),
      ),
    ).toEqual([
      ['find_user_id_by_email', 'ok'],
      ['get_order_details', 'ok'],
      ['cancel_pending_order', 'refused'],
    ]);
    const order = calls.nth(1);
    const orderSummary = order.locator('summary');
    expect(await orderSummary.innerText()).toMatch(/Order details[\s\S]*order_id: #W2403075[\s\S]*Answered/);
    expect(await order.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);

    // Keyboard: each call is a stop in the tab order; Enter opens it and shows what the tool answered.
    await calls.nth(0).locator('summary').focus();
    await page.keyboard.press('Tab');
    expect(await isFocused(page, '[data-tool="get_order_details"] > summary')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await order.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    const orderBody = await order.locator('.tool-call-body').innerText();
    expect(orderBody).toContain('Answer');
    expect(orderBody).toMatch(/status\s+pending/);
    expect(orderBody).toContain('Desk Lamp');
    expect(orderBody).toContain('188.67');
    expect(await isFocused(page, '[data-tool="get_order_details"] > summary')).toBe(true);

    const refused = calls.nth(2);
    expect(await refused.locator('summary').innerText()).toMatch(
      /Cancel order[\s\S]*order_id: #W8883368[\s\S]*Refused/,
    );
    await page.keyboard.press('Tab');
    expect(await isFocused(page, '[data-tool="cancel_pending_order"] > summary')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await refused.getByTestId('ai-tool-reason').innerText()).toBe(`Reason: ${REFUSAL}`);
    expect(await refused.locator('.tool-call-body').innerText()).not.toContain('Answer');

    expect(await seriousViolations(page, '[data-testid="customer-panel"]')).toEqual([]);
    await page.getByTestId('customer-panel').screenshot({ path: screenshotPath('customer-panel-tool-results-en.png') });
    await page.close();
  });

  it('shows nothing of the kind for a decision without tool calls', async () => {
    const page = await openEscalation('withoutTools');
    const panel = page.getByTestId('customer-panel');
    await panel.getByTestId('ai-context').waitFor();
    expect(await panel.getByTestId('ai-tool-results').count()).toBe(0);
    expect(await panel.innerText()).not.toContain('What the AI looked up');
    await page.close();
  });

  it('lays the calls out right to left in Arabic, data kept in its own direction', async () => {
    const page = await openEscalation('withTools', 'ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const list = page.getByTestId('ai-tool-results');
    await list.waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('customer-panel').innerText()).toContain('ما بحث عنه الذكاء الاصطناعي');
    const refused = list.locator('[data-tool="cancel_pending_order"]');
    expect(await refused.locator('.tool-name').innerText()).toBe('إلغاء الطلب');
    expect(await refused.locator('.tool-status').innerText()).toBe('مرفوض');
    // Right to left: the call's name starts at the right, its status chip sits at the left end.
    const name = (await refused.locator('.tool-name').boundingBox())!;
    const status = (await refused.locator('.tool-status').boundingBox())!;
    const summary = (await refused.locator('summary').boundingBox())!;
    expect(status.x + status.width).toBeLessThan(name.x);
    expect(summary.x + summary.width - (name.x + name.width)).toBeLessThan(40);
    expect(await refused.locator('.tool-args').getAttribute('dir')).toBe('auto');

    await list.locator('[data-tool="get_order_details"] > summary').press('Enter');
    await refused.locator('summary').press('Enter');
    expect(await refused.getByTestId('ai-tool-reason').innerText()).toContain('السبب:');
    await page.getByTestId('customer-panel').screenshot({ path: screenshotPath('customer-panel-tool-results-ar.png') });
    await page.close();
  });
});
