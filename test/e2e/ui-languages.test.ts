import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../shared/i18n/ui-languages.js';
import { seriousViolations } from '../helpers/browser-axe.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { WANTS_A_HUMAN } from '../helpers/e2e-customer-texts.js';
import { screenshotPath, waitForInboxRows } from '../helpers/e2e-page-steps.js';
import { uiStrings } from '../helpers/ui-strings.js';

const EN = uiStrings('en');
/** A translation key shown raw, as i18next does when a key is missing: "settings.title", "inbox.filters". */
const RAW_KEY = new RegExp(
  `(?<![\\w@/.-])(?:${[...new Set([...EN.keys()].map((k) => k.split('.')[0]))].join('|')}|inbox|lead|rules|evals|dashboard|macros?)\\.[a-z][A-Za-z_]*(?:\\.[A-Za-z_]+)*(?![\\w.-])`,
);

/** Everything the interface says: text outside customer content, and the labels assistive technology reads. */
async function interfaceText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Customer and AI text (thread, subjects, summary, draft) are data, not interface strings.
    const content =
      '[data-testid="thread"], [data-testid="ticket-subject"], [data-testid="ai-summary"], .row-subject, [data-testid="review-excerpt"], textarea';
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (text && !node.parentElement?.closest(content)) out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (el.closest(content) && el.tagName !== 'TEXTAREA') continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(attr)?.trim();
        if (value) out.push(value);
      }
    }
    out.push(document.title);
    return out;
  });
}

/** English strings that the language translates differently: seeing one means a missing key fell back to English. */
function englishFallbacks(lng: UiLanguage, shown: string[]): string[] {
  const translated = uiStrings(lng);
  const english = [...EN.entries()]
    .filter(([key, text]) => !text.includes('{{') && text.length >= 6 && translated.get(key) !== text)
    .map(([, text]) => text);
  return shown.filter((s) => english.includes(s));
}

/** What the pages showed in `lng`: enough text, no raw key, no English where the language has its own text. */
function expectTranslated(lng: UiLanguage, seen: string[]): void {
  expect(seen.length).toBeGreaterThan(20);
  expect(seen.filter((s) => RAW_KEY.test(s))).toEqual([]);
  expect(englishFallbacks(lng, seen)).toEqual([]);
}

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
}

describe('the console in the system language: Hebrew right to left, Chinese and Korean complete', () => {
  // A team lead's console: the agent's views and the lead's screens (dashboard, review sample, rules, evals).
  const e2e = consoleInBrowserPerFile({
    role: 'lead',
    async prepare(stack) {
      await stack.postTicket('אני רוצה לדבר עם נציג', WANTS_A_HUMAN);
      await stack.postTicket('卡被锁了', 'I want to talk to a human agent please, not a bot. My card is blocked.');
      await stack.postTicket('환불 요청', 'I want to talk to a human agent please, not a bot. I need a refund.');
    },
    // The inbox fills once the autopilot has escalated all three.
    whenOpen: (page) => waitForInboxRows(page, 3, 90_000),
  });

  /** Opens the console in a browser of `locale` and runs `use` on it; the browser context closes whatever happens. */
  async function inBrowser(
    locale: string,
    colorScheme: 'light' | 'dark',
    use: (page: Page) => Promise<void>,
  ): Promise<void> {
    // bypassCSP lets the test inject axe-core; the app's own CSP stays strict.
    const { browser, stack } = e2e;
    const context = await browser.newContext({
      locale,
      colorScheme,
      bypassCSP: true,
      viewport: { width: 1280, height: 800 },
    });
    try {
      const page = await context.newPage();
      await page.goto(stack.consoleUrl);
      await page.getByTestId('inbox-item').first().waitFor({ timeout: 60_000 });
      await use(page);
    } finally {
      await context.close();
    }
  }

  it('follows a Hebrew system: html lang=he dir=rtl, the layout mirrored, no serious accessibility issue', async () => {
    await inBrowser('he-IL', 'light', async (page) => {
      expect(await page.locator('html').getAttribute('lang')).toBe('he');
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await page.getByTestId('nav-inbox').textContent()).toContain('תיבת דואר נכנס');

      // Mirrored: the brand starts at the right edge, the list sits right of the reading pane.
      const viewport = page.viewportSize()?.width ?? 1280;
      const brand = await box(page, '.app-name');
      expect(brand.x + brand.width).toBeGreaterThan(viewport * 0.75);
      const list = await box(page, '.list-pane');
      const detail = await box(page, '.detail-pane');
      expect(list.x).toBeGreaterThan(detail.x);
      expect(await page.locator('.list-pane').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');

      await page.screenshot({ path: screenshotPath('inbox-he-system-light.png') });
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByTestId('inbox-item').first().click();
      await page.getByTestId('ticket-view').waitFor();
      await page.getByTestId('escalation-reason').waitFor();
      // The view's own labels run right to left; customer text keeps its own direction (dir=auto).
      expect(await page.getByTestId('ticket-view').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
      const back = await box(page, '.ticket-toolbar button');
      const view = await box(page, '[data-testid="ticket-view"]');
      expect(back.x + back.width).toBeGreaterThan(view.x + view.width * 0.5);
      await page.screenshot({ path: screenshotPath('ticket-he-system-light.png') });
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  it('English on an English system lays out left to right (the mirror image of Hebrew)', async () => {
    await inBrowser('en-US', 'light', async (page) => {
      expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
      const list = await box(page, '.list-pane');
      const detail = await box(page, '.detail-pane');
      expect(list.x).toBeLessThan(detail.x);
    });
  });

  for (const [locale, lng] of [
    ['zh-CN', 'zh'],
    ['ko-KR', 'ko'],
  ] as const) {
    it(`${lng}: every view, dialog and label translated, no raw keys or English fallbacks`, async () => {
      await inBrowser(locale, 'dark', async (page) => {
        expect(await page.locator('html').getAttribute('lang')).toBe(lng);
        const seen: string[] = [];
        const collect = async () => seen.push(...(await interfaceText(page)));

        await collect();
        await page.screenshot({ path: screenshotPath(`inbox-${lng}-dark.png`) });
        expect(await seriousViolations(page)).toEqual([]);

        await page.getByTestId('inbox-item').first().click();
        await page.getByTestId('escalation-reason').waitFor();
        await collect();
        // Dates the language's way: "2026年11月25日 20:49", "2026. 11. 25. 오후 8:49" or "PM 8:49".
        expect(await page.locator('.message-time').first().textContent()).toMatch(
          lng === 'zh' ? /\d{4}年\d{1,2}月\d{1,2}日/ : /\d{4}\. \d{1,2}\. \d{1,2}\./,
        );
        await page.screenshot({ path: screenshotPath(`ticket-${lng}-dark.png`) });
        expect(await seriousViolations(page)).toEqual([]);

        await page.getByTestId('open-settings').click();
        await page.getByTestId('settings-dialog').waitFor();
        await collect();
        await page.screenshot({ path: screenshotPath(`settings-${lng}-dark.png`) });
        await page.keyboard.press('Escape');

        await page.keyboard.press('Escape'); // back to the list
        await page.keyboard.press('?');
        await page.getByTestId('shortcuts-help').waitFor();
        await collect();
        await page.keyboard.press('Escape');

        await page.getByTestId('nav-resolved').click();
        await collect();

        expectTranslated(lng, seen);
        // The chrome really is in the language: CJK characters in the navigation.
        const nav = await page.getByTestId('nav-inbox').textContent();
        expect(nav).toMatch(lng === 'zh' ? /\p{Script=Han}/u : /\p{Script=Hangul}/u);
      });
    });
  }

  for (const [locale, lng] of [
    ['zh-CN', 'zh'],
    ['he-IL', 'he'],
  ] as const) {
    it(`${lng}: the lead's screens (dashboard, review sample, rules, evals) have no raw keys or English fallbacks`, async () => {
      await inBrowser(locale, 'light', async (page) => {
        const seen: string[] = [];
        for (const [tab, screen] of [
          ['nav-dashboard', 'dashboard-summary'],
          ['nav-sample', 'sample-population'],
          ['nav-rules', 'rules-screen'],
          ['nav-evals', 'evals-screen'],
        ] as const) {
          await page.getByTestId(tab).click();
          await page.getByTestId(screen).waitFor({ timeout: 30_000 });
          seen.push(...(await interfaceText(page)));
          if (tab === 'nav-dashboard') await page.screenshot({ path: screenshotPath(`dashboard-${lng}-light.png`) });
        }
        expectTranslated(lng, seen);
      });
    });
  }

  it('falls back sensibly from regional system languages and keeps a choice made in the settings', async () => {
    for (const [locale, expected] of [
      ['pt-BR', 'pt'],
      ['zh-TW', 'zh'],
      ['sw-KE', 'en'],
    ] as const) {
      await inBrowser(locale, 'light', async (page) => {
        expect(await page.locator('html').getAttribute('lang'), locale).toBe(expected);
        if (locale === 'pt-BR') {
          /** Chooses in the settings: the page speaks `lang` at once, and again after a reload. */
          const choose = async (option: string, lang: string) => {
            await page.getByTestId('open-settings').click();
            await page.getByTestId('ui-language').selectOption(option);
            await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 10_000 }).toBe(lang);
            await page.reload();
            await page.getByTestId('inbox-item').first().waitFor({ timeout: 60_000 });
            expect(await page.locator('html').getAttribute('lang')).toBe(lang);
          };
          await choose('ko', 'ko');
          // Back to following the system.
          await choose('system', 'pt');
        }
      });
    }
  });
});
