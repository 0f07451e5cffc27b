import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { seriousViolations } from '../helpers/browser-axe.js';
import { escalateAsAi, openFromInbox } from '../helpers/console-page.js';
import { GERMAN_ASKS_FOR_A_PERSON } from '../helpers/e2e-escalations.js';
import { openTicketInNewPage, screenshotPath } from '../helpers/e2e-page-steps.js';
import { startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../helpers/scripted-openai-server.js';
import { startStack, type Stack } from '../helpers/switchboard-stack.js';

const EMAIL = 'dana.fischer@example.de';
const CARD = '4111 1111 1111 1111';
const GERMAN = `Meine Karte ${CARD} wurde doppelt belastet. Schreiben Sie mir bitte an ${EMAIL}.`;
const DRAFT = 'Es tut uns leid. Wir erstatten den doppelt belasteten Betrag innerhalb von drei Werktagen.';

/** A German ticket the AI escalated with a German draft. */
function germanEscalation(stack: Stack, worker: string, text = GERMAN, draft = DRAFT): Promise<string> {
  return escalateAsAi(stack, worker, { subject: 'Doppelte Abbuchung', text }, { ...GERMAN_ASKS_FOR_A_PERSON, draft });
}

describe('machine translation in the ticket view', () => {
  let openAi: ScriptedOpenAiServer;
  let translating: Stack;
  let plain: Stack;
  let browser: Browser;
  let firstId = '';

  beforeAll(async () => {
    openAi = await startScriptedOpenAiServer();
    [translating, plain, browser] = await Promise.all([
      startStack({ autopilot: false, openAi: { baseURL: openAi.baseURL, model: 'gpt-4o-mini' } }),
      startStack({ autopilot: false }),
      launchChromium(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([translating?.stop(), plain?.stop()]);
    await openAi?.close();
  });

  it("shows a German customer's escalation in English under the originals, toggled with l, from the cache when reopened", async () => {
    const id = await germanEscalation(translating, 'e2e-translate-ai');
    firstId = id;
    openAi.script({
      final: {
        translations: [
          'My card [CARD_1] was charged twice. Please write to me at [EMAIL_1].',
          'We are sorry. We will refund the amount charged twice within three working days.',
        ],
      },
    });

    const page = await openTicketInNewPage(browser, translating.consoleUrl, id);
    const view = page.getByTestId('ticket-view');

    const translated = view.getByTestId('message-translation');
    await translated.waitFor({ timeout: 15_000 });
    expect(await translated.innerText()).toContain('Machine translation (English)');
    // PII went out as placeholders and came back locally.
    expect(await translated.locator('[dir="auto"]').innerText()).toBe(
      `My card ${CARD} was charged twice. Please write to me at ${EMAIL}.`,
    );
    const customer = view.locator('[data-testid="message"][data-author="customer"]');
    expect(await customer.locator('.message-text').innerText()).toBe(GERMAN);
    const draft = view.getByTestId('draft-translation');
    expect(await draft.innerText()).toContain('AI draft, machine translation (English)');
    expect(await draft.innerText()).toContain('We will refund the amount charged twice');
    expect(await view.getByTestId('reply-editor').inputValue()).toBe(DRAFT);
    expect(await view.getByTestId('translation-notice').getAttribute('data-available')).toBe('true');

    expect(openAi.requests).toHaveLength(1);
    expect(openAi.requests[0]!.raw).not.toContain(EMAIL);
    expect(openAi.requests[0]!.raw).not.toContain('4111');
    expect(openAi.requests[0]!.raw).toContain('[CARD_1]');

    // l hides and shows the translations (focus on a button, not in the editor).
    const toggle = view.getByTestId('translation-toggle');
    await toggle.focus();
    await page.keyboard.press('l');
    await expect.poll(() => view.getByTestId('message-translation').count()).toBe(0);
    expect(await view.getByTestId('draft-translation').count()).toBe(0);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('l');
    await expect.poll(() => view.getByTestId('message-translation').count()).toBe(1);
    expect(await toggle.evaluate((element) => element === document.activeElement)).toBe(true);

    // The help overlay lists the key.
    await page.keyboard.press('?');
    expect(
      await page.locator('[data-testid="shortcuts-help"] tr[data-command="toggleTranslation"]').innerText(),
    ).toMatch(/l\s+Show or hide machine translations/);
    await page.keyboard.press('Escape');

    // Closed and opened again (a new page too): shown from the console's SQLite cache, no new model call.
    await page.keyboard.press('Escape');
    await page.getByTestId('ticket-view').waitFor({ state: 'detached' });
    const again = await openTicketInNewPage(browser, translating.consoleUrl, id);
    await again.getByTestId('message-translation').waitFor({ timeout: 15_000 });
    expect(await again.getByTestId('draft-translation').innerText()).toContain('We will refund');
    expect(openAi.requests).toHaveLength(1);
    await again.close();
    await page.close();
  });

  it('shows a readable error when the model fails, and the plain notice on a console without a translator', async () => {
    // Other texts, so the cache cannot answer; the first call and both retries get a 500.
    const id = await germanEscalation(
      translating,
      'e2e-translate-fail',
      'Wo bleibt meine Rückerstattung?',
      'Wir prüfen Ihre Rückerstattung.',
    );
    const before = openAi.requests.length;
    openAi.script({ status: 500 }, { status: 500 }, { status: 500 });
    const page = await openTicketInNewPage(browser, translating.consoleUrl, id);
    const error = page.getByTestId('translation-error');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.innerText()).toMatch(
      /The translation could not be made: The translation endpoint failed after 3 attempts: HTTP 500/,
    );
    expect(openAi.requests.length - before).toBe(3);
    // The original stays readable; Try again asks once more and shows the translation.
    expect(await page.locator('[data-testid="message"][data-author="customer"] .message-text').innerText()).toBe(
      'Wo bleibt meine Rückerstattung?',
    );
    openAi.script({ final: { translations: ['Where is my refund?', 'We are checking your refund.'] } });
    await error.getByRole('button').click();
    await expect.poll(() => page.getByTestId('message-translation').count()).toBe(1);
    expect(await page.getByTestId('message-translation').innerText()).toContain('Where is my refund?');
    expect(await page.getByTestId('draft-translation').innerText()).toContain('We are checking your refund.');
    await page.close();

    const plainId = await germanEscalation(plain, 'e2e-plain-ai');
    const plainPage = await openTicketInNewPage(browser, plain.consoleUrl, plainId);
    const notice = plainPage.getByTestId('translation-notice');
    await notice.waitFor();
    expect(await notice.getAttribute('data-available')).toBe('false');
    expect(await notice.innerText()).toContain('The customer writes in German. Translations need the OpenAI provider');
    expect(await plainPage.getByTestId('message-translation').count()).toBe(0);
    expect(await plainPage.getByTestId('translation-toggle').count()).toBe(0);
    await plainPage.close();
  });

  it("translates the agent's English reply into German and back before it is sent; a failure sends nothing", async () => {
    const id = await germanEscalation(
      translating,
      'e2e-translate-reply',
      'Kann ich meine Karte sperren?',
      'Ja, in der App unter Karte.',
    );
    openAi.script({ final: { translations: ['Can I block my card?', 'Yes, in the app under Card.'] } });
    const page = await openTicketInNewPage(browser, translating.consoleUrl, id);
    const view = page.getByTestId('ticket-view');
    await view.getByTestId('message-translation').waitFor({ timeout: 15_000 });
    const editor = view.getByTestId('reply-editor');
    await editor.fill('You can block it in the app under Card > Block.');

    // The endpoint refuses: the agent is told, the editor keeps their text, nothing is sent.
    openAi.script({ status: 400 });
    await editor.focus();
    await page.keyboard.press('Control+Shift+L');
    const error = view.getByTestId('reply-translation-error');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.innerText()).toContain('nothing was sent');
    expect(await editor.inputValue()).toBe('You can block it in the app under Card > Block.');

    const before = openAi.requests.length;
    openAi.script(
      { final: { translations: ['Sie können sie in der App unter Karte > Sperren sperren.'] } },
      { final: { translations: ['You can block it in the app under Card > Block.'] } },
    );
    await editor.focus();
    await page.keyboard.press('Control+Shift+L');
    const translated = view.getByTestId('reply-translated');
    await translated.waitFor({ timeout: 15_000 });
    expect(await translated.innerText()).toContain('German: what is sent');
    expect(await translated.locator('[lang="de"]').innerText()).toBe(
      'Sie können sie in der App unter Karte > Sperren sperren.',
    );
    expect(await view.getByTestId('reply-back-translation').innerText()).toContain(
      'You can block it in the app under Card > Block.',
    );
    // Into German, then back into English: two model calls.
    expect(openAi.requests.length - before).toBe(2);
    // The focus is on "Use this translation": Enter puts the German text into the editor, Ctrl+Enter sends it.
    const use = view.getByTestId('reply-translation-use');
    await expect.poll(() => use.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => editor.inputValue()).toBe('Sie können sie in der App unter Karte > Sperren sperren.');
    await expect.poll(() => editor.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(
        async () => (await translating.getTicket(id)).messages.filter((m) => m.author === 'agent').map((m) => m.text),
        {
          timeout: 20_000,
        },
      )
      .toEqual(['Sie können sie in der App unter Karte > Sperren sperren.']);
    await page.close();

    // Without a provider there is nothing to translate with: no button, the shortcut does nothing.
    const plainId = await germanEscalation(plain, 'e2e-plain-reply', 'Kann ich meine Karte sperren?', 'Ja.');
    const plainPage = await openTicketInNewPage(browser, plain.consoleUrl, plainId);
    await plainPage.getByTestId('translation-notice').waitFor();
    expect(await plainPage.getByTestId('reply-translate-button').count()).toBe(0);
    await plainPage.close();
  });

  it('translates into a Hebrew UI right to left, in dark mode, with no serious accessibility violation', async () => {
    expect(firstId).not.toBe('');
    const before = openAi.requests.length;
    openAi.script({
      final: {
        translations: [
          'הכרטיס שלי [CARD_1] חויב פעמיים. כתבו לי בבקשה אל [EMAIL_1].',
          'אנו מצטערים. נחזיר את הסכום שחויב פעמיים בתוך שלושה ימי עבודה.',
        ],
      },
    });
    const context = await browser.newContext({
      bypassCSP: true,
      colorScheme: 'dark',
      locale: 'he',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    try {
      await page.goto(translating.consoleUrl);
      await expect.poll(() => page.locator('html').getAttribute('dir'), { timeout: 10_000 }).toBe('rtl');
      await openFromInbox(page, firstId);
      const translated = page.getByTestId('message-translation');
      await translated.waitFor({ timeout: 15_000 });
      expect(await translated.locator('[dir="auto"]').innerText()).toBe(
        `הכרטיס שלי ${CARD} חויב פעמיים. כתבו לי בבקשה אל ${EMAIL}.`,
      );
      expect(await translated.locator('[dir="auto"]').getAttribute('lang')).toBe('he');
      expect(await translated.locator('[dir="auto"]').evaluate((element) => getComputedStyle(element).direction)).toBe(
        'rtl',
      );
      // The German original keeps its own direction inside the right-to-left page.
      expect(
        await page
          .locator('[data-testid="message"][data-author="customer"] .message-text')
          .evaluate((element) => getComputedStyle(element).direction),
      ).toBe('ltr');
      expect(await page.getByTestId('draft-translation').innerText()).toContain('אנו מצטערים');
      expect(openAi.requests.length - before).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
      await translated.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath('ticket-translation-he-dark.png') });
    } finally {
      await context.close();
    }
  });
});
