import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/browser-axe.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { screenshotPath } from '../helpers/e2e-page-steps.js';
import { UNRECOGNISED_PAYMENT } from '../helpers/e2e-customer-texts.js';

const UI_LANGUAGES = ['en', 'ar', 'ja', 'de', 'he'] as const;
const SCHEMES = ['light', 'dark'] as const;

describe('every main view in five languages, light and dark: screenshots and an accessibility check', () => {
  const e2e = consoleInBrowserPerFile({
    async prepare(stack) {
      // Tickets the built-in engine escalates, in several customer languages.
      await stack.postTicket(UNRECOGNISED_PAYMENT.subject, UNRECOGNISED_PAYMENT.text);
      await stack.postTicket(
        'Ich möchte einen Menschen sprechen',
        'Ich möchte bitte mit einem Mitarbeiter sprechen, nicht mit einem Bot.',
      );
      await stack.postTicket('أريد التحدث مع موظف', 'أريد التحدث مع موظف خدمة العملاء من فضلك، الأمر عاجل.');
      await stack.postTicket(
        'カードが届きません',
        'カードを注文してから二週間経ちましたが、まだ届いていません。どうなっていますか？',
      );
    },
    openPage: false,
  });

  for (const scheme of SCHEMES) {
    for (const language of UI_LANGUAGES) {
      it(`${language}, ${scheme}: inbox and ticket view`, async () => {
        const { browser, stack } = e2e;
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
          await page.screenshot({ path: screenshotPath(`settings-${language}-${scheme}.png`) });
          await page.keyboard.press('Escape');
          await page.getByTestId('settings-dialog').waitFor({ state: 'detached' });
          await page.getByTestId('nav-inbox').click();
          // Generous: in the first case the autopilot is still deciding the four tickets and the console syncing them.
          await expect
            .poll(() => page.getByTestId('inbox-item').count(), { timeout: 60_000 })
            .toBeGreaterThanOrEqual(4);

          await page.screenshot({ path: screenshotPath(`inbox-${language}-${scheme}.png`) });
          expect(await seriousViolations(page)).toEqual([]);

          await page.getByTestId('inbox-item').first().click();
          await page.getByTestId('ticket-view').waitFor();
          await page.getByTestId('escalation-reason').waitFor();
          await page.getByTestId('customer-panel').waitFor();
          await page.screenshot({ path: screenshotPath(`ticket-${language}-${scheme}.png`) });
          expect(await seriousViolations(page)).toEqual([]);

          // The command palette over the ticket view (and the customer panel's facts under it).
          await page.keyboard.press('Control+k');
          await page.getByTestId('command-palette').waitFor();
          await page.screenshot({ path: screenshotPath(`palette-${language}-${scheme}.png`) });
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
