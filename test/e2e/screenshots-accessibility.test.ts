import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { REPO_ROOT } from '../helpers/child-process.js';
import { startStack, type Stack } from '../helpers/switchboard-stack.js';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');
const UI_LANGUAGES = ['en', 'ar', 'ja', 'de', 'he'] as const;
const SCHEMES = ['light', 'dark'] as const;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')})`,
    );
}

describe('every main view in five languages, light and dark: screenshots and an accessibility check', () => {
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    stack = await startStack();
    // Tickets the built-in engine escalates, in several customer languages.
    await stack.postTicket(
      'Payment I do not recognise',
      'There is a card payment of 84.20 EUR to a shop in Lisbon that I never made. Please look into this charge.',
    );
    await stack.postTicket(
      'Ich möchte einen Menschen sprechen',
      'Ich möchte bitte mit einem Mitarbeiter sprechen, nicht mit einem Bot.',
    );
    await stack.postTicket('أريد التحدث مع موظف', 'أريد التحدث مع موظف خدمة العملاء من فضلك، الأمر عاجل.');
    await stack.postTicket(
      'カードが届きません',
      'カードを注文してから二週間経ちましたが、まだ届いていません。どうなっていますか？',
    );
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  for (const scheme of SCHEMES) {
    for (const language of UI_LANGUAGES) {
      it(`${language}, ${scheme}: inbox and ticket view`, async () => {
        // bypassCSP lets the test inject axe-core; the app's own CSP stays strict.
        const context: BrowserContext = await browser.newContext({
          bypassCSP: true,
          colorScheme: scheme,
          locale: language,
          viewport: { width: 1280, height: 800 },
        });
        const page = await context.newPage();
        try {
          await page.goto(stack.consoleUrl);
          await page.getByTestId('open-settings').click();
          await page.getByTestId('ui-language').selectOption(language);
          await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 10_000 }).toBe(language);
          expect(await page.locator('html').getAttribute('dir')).toBe(
            language === 'ar' || language === 'he' ? 'rtl' : 'ltr',
          );
          expect(await seriousViolations(page)).toEqual([]);
          await page.screenshot({ path: join(SCREENSHOT_DIR, `settings-${language}-${scheme}.png`) });
          await page.keyboard.press('Escape');
          await page.getByTestId('settings-dialog').waitFor({ state: 'detached' });
          await page.getByTestId('nav-inbox').click();
          // Generous: in the first case the autopilot is still deciding the four tickets and the console syncing them.
          await expect
            .poll(() => page.getByTestId('inbox-item').count(), { timeout: 60_000 })
            .toBeGreaterThanOrEqual(4);

          await page.screenshot({ path: join(SCREENSHOT_DIR, `inbox-${language}-${scheme}.png`) });
          expect(await seriousViolations(page)).toEqual([]);

          await page.getByTestId('inbox-item').first().click();
          await page.getByTestId('ticket-view').waitFor();
          await page.getByTestId('escalation-reason').waitFor();
          await page.getByTestId('customer-panel').waitFor();
          await page.screenshot({ path: join(SCREENSHOT_DIR, `ticket-${language}-${scheme}.png`) });
          expect(await seriousViolations(page)).toEqual([]);

          // The command palette over the ticket view (and the customer panel's facts under it).
          await page.keyboard.press('Control+k');
          await page.getByTestId('command-palette').waitFor();
          await page.screenshot({ path: join(SCREENSHOT_DIR, `palette-${language}-${scheme}.png`) });
          expect(await seriousViolations(page)).toEqual([]);
          await page.keyboard.press('Escape');
          await page.getByTestId('command-palette').waitFor({ state: 'detached' });

          await page.getByTestId('nav-resolved').click();
          await page.getByTestId('ai-resolved-list').waitFor();
          expect(await seriousViolations(page)).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});
