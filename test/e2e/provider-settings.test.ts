import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/browser-axe.js';
import { freePort } from '../helpers/child-process.js';
import { activeTestId, escalateAsAi, openFromInbox } from '../helpers/console-page.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { GERMAN_ASKS_FOR_A_PERSON } from '../helpers/e2e-escalations.js';
import { callConsoleHost } from '../helpers/e2e-host-calls.js';
import { screenshotPath } from '../helpers/e2e-page-steps.js';
import { scriptedOpenAiServerPerFile } from '../helpers/scripted-openai-server.js';

const GERMAN = 'Meine Karte wurde doppelt belastet. Bitte helfen Sie mir.';
const DRAFT = 'Es tut uns leid. Wir erstatten den doppelt belasteten Betrag.';
const KEY = 'sk-e2e-provider-secret';
const MODEL = 'gpt-4o-mini';
const EMBEDDINGS_MODEL = 'text-embedding-3-small';

async function openSettings(page: Page): Promise<void> {
  await page.getByTestId('open-settings').click();
  await page.getByTestId('provider-settings').waitFor();
  // The current settings have arrived from the host.
  await expect
    .poll(() => page.getByTestId('provider-status').getAttribute('data-source'), { timeout: 15_000 })
    .not.toBe('loading');
}

/** A console started WITHOUT OpenAI flags gets its provider from the Settings dialog and translates without a restart. */
describe('AI provider settings in the console', () => {
  const scriptedOpenAi = scriptedOpenAiServerPerFile();
  const e2e = consoleInBrowserPerFile({
    autopilot: false,
    prepare: (stack) =>
      escalateAsAi(
        stack,
        'e2e-provider-ai',
        { subject: 'Doppelte Abbuchung', text: GERMAN },
        { ...GERMAN_ASKS_FOR_A_PERSON, draft: DRAFT },
      ),
    // The first case opens the console in it.
    openPage: (browser) => browser.newPage({ locale: 'en-US' }),
  });
  /** The host's own answer to a console method. */
  const callHost = (method: string) => callConsoleHost(e2e.stack.consoleUrl, method);

  it('sets base URL, model and key by keyboard, tests the connection, saves, and the open ticket is translated at once', async () => {
    const { page, stack, prepared: ticketId } = e2e;
    const openAi = scriptedOpenAi();
    await page.goto(stack.consoleUrl);
    await openFromInbox(page, ticketId);
    const notice = page.getByTestId('translation-notice');
    await notice.waitFor();
    expect(await notice.getAttribute('data-available')).toBe('false');
    // It says where to set one, in the names the console uses.
    expect(await notice.innerText()).toContain(
      'Translations need the OpenAI provider: set it under Settings › AI provider to see the conversation',
    );

    await openSettings(page);
    const dialog = page.getByTestId('settings-dialog');
    expect(await page.getByTestId('provider-status').innerText()).toBe(
      'No provider is set: tickets are not translated.',
    );
    expect(await page.getByTestId('provider-key-state').getAttribute('data-has-key')).toBe('false');
    expect(await page.getByTestId('provider-key-state').innerText()).toContain('plain text');

    // Labelled fields, filled from the keyboard.
    await dialog.getByLabel('Base URL').focus();
    await page.keyboard.type(openAi.baseURL);
    await page.keyboard.press('Tab');
    expect(await activeTestId(page)).toBe('provider-model');
    await page.keyboard.type(MODEL);
    await page.keyboard.press('Tab');
    expect(await activeTestId(page)).toBe('provider-embeddings-model');
    await page.keyboard.type(EMBEDDINGS_MODEL);
    await page.keyboard.press('Tab');
    expect(await activeTestId(page)).toBe('provider-timeout');
    await page.keyboard.press('Tab');
    expect(await activeTestId(page)).toBe('provider-api-key');
    await page.keyboard.type(KEY);
    expect(await dialog.getByLabel('API key').getAttribute('type')).toBe('password');

    // Test connection: one real request with what is typed; focus stays on the button.
    openAi.script({ final: { translations: ['Danke.'] } });
    await page.keyboard.press('Tab');
    expect(await activeTestId(page)).toBe('provider-test');
    await page.keyboard.press('Enter');
    const outcome = page.getByTestId('provider-outcome');
    await expect.poll(() => outcome.getAttribute('data-outcome'), { timeout: 15_000 }).toBe('ok');
    expect(await outcome.innerText()).toMatch(/^Connection works: .+ answered in \d+ ms\.$/);
    expect(await activeTestId(page)).toBe('provider-test');
    expect(openAi.requests).toHaveLength(1);
    expect(openAi.requests[0]!.authorization).toBe(`Bearer ${KEY}`);
    expect(openAi.requests[0]!.body.model).toBe(MODEL);
    // Testing saved nothing.
    expect(await callHost('getProviderSettings')).toMatchObject({ ok: true, value: { source: 'none' } });

    // Save (Tab to it, Enter): used at once; the key field empties and only says a key is stored.
    openAi.script({
      final: {
        translations: [
          'My card was charged twice. Please help me.',
          'We are sorry. We will refund the amount charged twice.',
        ],
      },
    });
    await page.keyboard.press('Tab');
    expect(await activeTestId(page)).toBe('provider-save');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => outcome.innerText(), { timeout: 15_000 })
      .toBe(`Saved. Tickets are translated with ${MODEL} from now on.`);
    expect(await activeTestId(page)).toBe('provider-save');
    expect(await page.getByTestId('provider-status').innerText()).toBe(`In use: ${MODEL} at ${openAi.baseURL}.`);
    expect(await page.getByTestId('provider-api-key').inputValue()).toBe('');
    expect(await page.getByTestId('provider-key-state').getAttribute('data-has-key')).toBe('true');
    expect(await seriousViolations(page, '[data-testid="settings-dialog"]')).toEqual([]);

    // The key never comes back: not in the host's answer, not in the page; it is in a 0600 file in the data folder.
    const settings = await callHost('getProviderSettings');
    expect(settings).toEqual({
      ok: true,
      value: {
        source: 'saved',
        baseURL: openAi.baseURL,
        model: MODEL,
        embeddingsModel: EMBEDDINGS_MODEL,
        timeoutSeconds: 30,
        hasApiKey: true,
        keyStorage: 'data_dir_file',
      },
    });
    expect(JSON.stringify(settings)).not.toContain(KEY);
    expect(await page.content()).not.toContain(KEY);
    const keyFile = join(stack.dir, 'console', 'ai-provider-key.json');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(keyFile, 'utf8')).toContain(KEY);

    // Escape closes the dialog; the open ticket shows its translation without a restart.
    await page.keyboard.press('Escape');
    await page.getByTestId('settings-dialog').waitFor({ state: 'detached' });
    const translated = page.getByTestId('message-translation');
    await translated.waitFor({ timeout: 20_000 });
    expect(await translated.innerText()).toContain('My card was charged twice. Please help me.');
    expect(await page.getByTestId('draft-translation').innerText()).toContain(
      'We will refund the amount charged twice',
    );
    expect(await page.getByTestId('translation-notice').getAttribute('data-available')).toBe('true');
    expect(openAi.requests).toHaveLength(2);
    expect(openAi.requests[1]!.authorization).toBe(`Bearer ${KEY}`);
  });

  it('names the error of a wrong base URL on Test, keeps the key to its server, refuses bad input by its field, and keeps what was saved', async () => {
    const { page, prepared: ticketId } = e2e;
    const openAi = scriptedOpenAi();
    expect(ticketId).not.toBe('');
    await openSettings(page);
    const dialog = page.getByTestId('settings-dialog');
    const outcome = page.getByTestId('provider-outcome');
    const before = openAi.requests.length;

    const closed = await freePort();
    const wrong = `http://127.0.0.1:${closed}/v1`;
    await page.getByTestId('provider-base-url').fill(wrong);
    await page.getByTestId('provider-test').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => outcome.getAttribute('data-outcome'), { timeout: 15_000 }).toBe('error');
    const alert = outcome.getByRole('alert');
    expect(await alert.innerText()).toContain('The server cannot be reached.');
    expect(await alert.innerText()).toContain(`Could not connect to ${wrong} (ECONNREFUSED)`);
    expect(await activeTestId(page)).toBe('provider-test');
    // The stored key is only sent to the server it was saved for: saving another address asks for it again.
    await page.getByTestId('provider-save').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => outcome.getByRole('alert').innerText())
      .toContain('The stored key belongs to another server.');
    expect(await activeTestId(page)).toBe('provider-save');

    // Not an http(s) address: the field says so, gets the focus, and nothing is sent or saved.
    await page.getByTestId('provider-base-url').fill('ftp://example.com/v1');
    await page.getByTestId('provider-save').click();
    const fieldError = page.getByTestId('provider-baseURL-error');
    await fieldError.waitFor();
    expect(await fieldError.innerText()).toContain('Enter an http:// or https:// address');
    expect(await page.getByTestId('provider-base-url').getAttribute('aria-invalid')).toBe('true');
    expect(await activeTestId(page)).toBe('provider-base-url');
    const describedBy = (await dialog.getByLabel('Base URL').getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await fieldError.getAttribute('id'));

    expect(openAi.requests.length).toBe(before);
    expect(await callHost('getProviderSettings')).toMatchObject({
      ok: true,
      value: { source: 'saved', baseURL: openAi.baseURL, model: MODEL, hasApiKey: true },
    });
    await page.keyboard.press('Escape');
    await page.getByTestId('settings-dialog').waitFor({ state: 'detached' });
  });

  it('lays the section out right to left in Arabic (addresses stay left to right) and removes the provider: translation is off again', async () => {
    const { browser, page, stack, prepared: ticketId } = e2e;
    const openAi = scriptedOpenAi();
    const context = await browser.newContext({ bypassCSP: true, locale: 'ar', viewport: { width: 1280, height: 900 } });
    const arabic = await context.newPage();
    try {
      openAi.script({
        final: { translations: ['تم خصم بطاقتي مرتين. أرجو المساعدة.', 'نأسف لذلك. سنعيد المبلغ المخصوم مرتين.'] },
      });
      await arabic.goto(stack.consoleUrl);
      await expect.poll(() => arabic.locator('html').getAttribute('dir'), { timeout: 10_000 }).toBe('rtl');
      await openFromInbox(arabic, ticketId);
      await arabic.getByTestId('translation-notice').and(arabic.locator('[data-available="true"]')).waitFor();
      await arabic.getByTestId('message-translation').waitFor({ timeout: 20_000 });
      await openSettings(arabic);
      const section = arabic.getByTestId('provider-settings');
      expect(await section.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
      expect(
        await arabic.getByTestId('provider-base-url').evaluate((element) => getComputedStyle(element).direction),
      ).toBe('ltr');
      expect(await arabic.getByTestId('provider-base-url').inputValue()).toBe(openAi.baseURL);
      expect(await arabic.getByTestId('provider-embeddings-model').inputValue()).toBe(EMBEDDINGS_MODEL);
      expect(await section.innerText()).toContain('مزوّد الذكاء الاصطناعي');
      expect(await seriousViolations(arabic, '[data-testid="settings-dialog"]')).toEqual([]);
      await arabic.getByTestId('settings-dialog').screenshot({ path: screenshotPath('provider-settings-ar.png') });

      // The English window has the same ticket open, translated (its translation is in the host's cache).
      await openFromInbox(page, ticketId);
      await page.getByTestId('translation-notice').and(page.locator('[data-available="true"]')).waitFor();

      // Remove provider, from the keyboard: translation is off at once, nothing of it stays stored.
      await arabic.getByTestId('provider-clear').focus();
      await arabic.keyboard.press('Enter');
      await expect.poll(() => arabic.getByTestId('provider-status').getAttribute('data-source')).toBe('none');
      expect(await arabic.getByTestId('provider-outcome').innerText()).toBe('أُزيل المزوّد. لم تعد التذاكر تُترجم.');
      expect(await activeTestId(arabic)).toBe('provider-clear');
      expect(await callHost('getProviderSettings')).toMatchObject({
        ok: true,
        value: { source: 'none', hasApiKey: false },
      });
      expect(existsSync(join(stack.dir, 'console', 'ai-provider-key.json'))).toBe(false);
      await arabic.keyboard.press('Escape');
      await arabic.getByTestId('settings-dialog').waitFor({ state: 'detached' });
      await arabic.getByTestId('translation-notice').and(arabic.locator('[data-available="false"]')).waitFor();
      expect(await arabic.getByTestId('message-translation').count()).toBe(0);
      // The other window of this console learns it too, without a reload (the host tells every window).
      await page
        .getByTestId('translation-notice')
        .and(page.locator('[data-available="false"]'))
        .waitFor({ timeout: 15_000 });
      expect(await page.getByTestId('message-translation').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
