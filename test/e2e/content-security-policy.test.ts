import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RENDERER_DIST_DIR } from '../../lib/paths.js';
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy.js';
import { escalateAsAi, openFromInbox, waitOnline } from '../helpers/console-page.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { answeredToolCall } from '../helpers/e2e-tool-results.js';

/** A tool result nested a few levels, as the customer panel renders it. */
const TOOL_RESULTS = [
  answeredToolCall(
    'get_order_details',
    { order_id: '#W2403075' },
    { order_id: '#W2403075', items: [{ name: 'Desk Lamp', price: 188.67, options: { color: 'black' } }] },
  ),
];

/** Records every CSP violation the page reports (the event, and Chromium's console line), from the first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('reportCspViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return seen;
}

/**
 * The built console served by the browser-mode host under the Electron shell's strict policy (no inline
 * script or style, only its own origin): every screen must load and work with nothing blocked.
 */
describe('the console under its Content Security Policy, in Chromium', () => {
  const e2e = consoleInBrowserPerFile({
    role: 'lead',
    autopilot: false,
    prepare: (stack) =>
      escalateAsAi(
        stack,
        'e2e-csp-ai',
        { subject: 'Lamp order', text: 'Where is my desk lamp?' },
        {
          language: 'en',
          intent: 'order_status',
          code: 'model_error',
          detail: 'The model could not decide.',
          summary: 'Customer asks where an order is.',
          toolResults: TOOL_RESULTS,
        },
      ),
    openPage: false,
  });

  it('builds and serves the renderer without source maps', async () => {
    const { stack } = e2e;
    const files = readdirSync(RENDERER_DIST_DIR, { recursive: true, encoding: 'utf8' });
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    const page = await (await fetch(stack.consoleUrl)).text();
    const assets = [...page.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(readFileSync(join(RENDERER_DIST_DIR, asset), 'utf8')).not.toContain('sourceMappingURL');
      expect((await fetch(new URL(asset, stack.consoleUrl))).status, asset).toBe(200);
      expect((await fetch(new URL(`${asset}.map`, stack.consoleUrl))).status, `${asset}.map`).toBe(404);
    }
  });

  it('runs the inbox, a ticket with tool results, the dashboard chart and the lead screens with nothing blocked', async () => {
    const { browser, stack, prepared: escalated } = e2e;
    const page = await browser.newPage({ locale: 'en-US' });
    const violations = await watchViolations(page);
    const response = await page.goto(stack.consoleUrl);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await waitOnline(page);

    await openFromInbox(page, escalated);
    await page.getByTestId('ai-tool-results').waitFor({ timeout: 15_000 });

    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('dashboard-chart').locator('canvas').first().waitFor({ timeout: 30_000 });
    await page.getByTestId('nav-sample').click();
    await page.getByTestId('sample-draw').waitFor();
    await page.getByTestId('nav-rules').click();
    await page.getByTestId('rules-screen').waitFor();
    await page.getByTestId('open-settings').click();
    await page.getByTestId('settings-close').click();
    await page.getByTestId('nav-inbox').click();
    await page.getByTestId('inbox-list').waitFor();

    expect(violations).toEqual([]);
  });
});
