import { describe, expect, it } from 'vitest';
import { TenantProfileSchema, type ArticleSetting } from '../../shared/settings/setting-values.js';
import { SettingsPageSchema } from '../../shared/settings/stored-setting.js';
import { seriousViolations } from '../helpers/browser-axe.js';
import { escalateAsAi, openFromInbox } from '../helpers/console-page.js';
import { insertArticle, openArticles, saveArticle, writeArticle } from '../helpers/e2e-articles.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { GERMAN_ASKS_FOR_A_PERSON } from '../helpers/e2e-escalations.js';
import { screenshotPath } from '../helpers/e2e-page-steps.js';
import type { Stack } from '../helpers/switchboard-stack.js';

const PIN_ARTICLE: ArticleSetting = {
  status: 'published',
  intents: ['change_pin'],
  versions: {
    de: {
      title: 'PIN ändern',
      body: '## So geht es\n\nÖffnen Sie **Karten** im Sicherheitsmenü der App und tippen Sie auf *PIN ändern*.\n\n- Alte PIN eingeben\n- Neue PIN wählen <b>sofort</b>',
    },
    ja: { title: 'PINの変更', body: 'アプリの**カード**から PIN を変更できます。' },
  },
};

/** The languages the tenant serves in this file (its profile, saved by an admin before the console starts). */
const TENANT_LANGUAGES = ['de', 'en', 'fr', 'ja'];

/** The queue's settings now (the demo tenant's fit in one page). */
async function queueSettings(stack: Stack) {
  const response = await fetch(`${stack.queueUrl}/v1/settings?after=0&limit=1000`, {
    headers: { authorization: `Bearer ${stack.tokens.tokens.agent}` },
  });
  return SettingsPageSchema.parse(await response.json()).items;
}

/** Saves the tenant's profile with these languages (as an admin would), keeping its name and threshold. */
async function serveLanguages(stack: Stack, languages: string[]): Promise<void> {
  const headers = { authorization: `Bearer ${stack.tokens.tokens.admin}`, 'content-type': 'application/json' };
  const current = (await queueSettings(stack)).find((item) => item.kind === 'profile' && !item.deleted);
  const profile = current ? TenantProfileSchema.parse(current.value) : { name: 'Demo', resolveThreshold: 0.97 };
  const saved = await fetch(`${stack.queueUrl}/v1/settings/profile/profile`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({ baseVersion: current?.version ?? 0, value: { ...profile, languages } }),
  });
  expect(saved.status).toBe(200);
}

/**
 * A lead writes the knowledge base in the console: a new article in German and Japanese (the editor and its
 * preview axe clean, HTML in a body shown as text), saved to the queue; a save another lead beat is reported and
 * keeps the edits; with the queue stopped, the article search over a German ticket still finds the German version
 * in the console's cache and puts its text into the reply.
 */
describe('knowledge base articles in the browser', () => {
  const e2e = consoleInBrowserPerFile({
    role: 'lead',
    autopilot: false,
    async prepare(stack) {
      const ticketId = await escalateAsAi(
        stack,
        'articles-ai',
        { subject: 'PIN', text: 'Wie ändere ich meine PIN?' },
        GERMAN_ASKS_FOR_A_PERSON,
      );
      await serveLanguages(stack, TENANT_LANGUAGES);
      return ticketId;
    },
  });

  const stored = async (id: string) =>
    (await queueSettings(e2e.stack)).find((item) => item.kind === 'article' && item.id === id && !item.deleted);

  it('writes an article in German and Japanese, shows what it lacks, is axe clean, and saves it to the queue', async () => {
    const { page } = e2e;
    await openArticles(page);
    await writeArticle(page, 'change-pin', PIN_ARTICLE);
    // The tenant's languages it lacks are named, each one key away.
    const lacking = TENANT_LANGUAGES.filter((language) => !['de', 'ja'].includes(language));
    // (once the console has synced the profile saved before it: a settings sync comes every 30 s at the latest)
    await expect
      .poll(() => page.locator('[data-testid^="article-add-"]').count(), { timeout: 45_000 })
      .toBe(lacking.length);
    for (const language of lacking) await page.getByTestId(`article-add-${language}`).waitFor();
    expect(await page.getByTestId('article-missing-languages').count()).toBe(lacking.length > 0 ? 1 : 0);
    // The preview renders the Markdown; the HTML in the text stays text.
    const preview = page.getByTestId('article-preview-de');
    expect(await preview.locator('strong').first().textContent()).toBe('Karten');
    expect(await preview.locator('li').count()).toBe(2);
    expect(await preview.locator('b').count()).toBe(0);
    expect(await preview.textContent()).toContain('<b>sofort</b>');
    expect(await seriousViolations(page, '[data-testid="articles-screen"]')).toEqual([]);
    // Readable at 1280 px: the list, the form and each version's text beside its preview fit the width.
    await page.setViewportSize({ width: 1280, height: 800 });
    const widths = await page
      .getByTestId('article-body-de')
      .evaluate((body) => [body.getBoundingClientRect().width, document.documentElement.scrollWidth]);
    expect(widths[0]).toBeGreaterThan(300);
    expect(widths[1]).toBeLessThanOrEqual(1280);
    await page.screenshot({ path: screenshotPath('articles-editor-1280.png'), fullPage: true });

    await saveArticle(page, 1);
    expect(await stored('change-pin')).toMatchObject({ version: 1, value: PIN_ARTICLE });
    await page.locator('[data-testid="articles-item"][data-article-id="change-pin"]').waitFor();
  }, 60_000);

  it('shows a bad title on its field, and reports a save another lead beat while keeping the edits', async () => {
    const { page, stack } = e2e;
    const title = page.getByTestId('article-title-ja');
    await title.fill('');
    await page.keyboard.press('Control+s');
    await page.getByTestId('article-issue-title-ja').waitFor();
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    await title.fill('暗証番号の変更');
    await expect.poll(() => page.getByTestId('article-issue-title-ja').count()).toBe(0);

    const theirs = { ...PIN_ARTICLE, status: 'draft' };
    const other = await fetch(`${stack.queueUrl}/v1/settings/article/change-pin`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${stack.tokens.tokens.admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ baseVersion: 1, value: theirs }),
    });
    expect(other.status).toBe(200);

    await title.press('Control+s');
    const conflict = page.getByTestId('article-conflict');
    await conflict.waitFor({ timeout: 15_000 });
    expect(await conflict.textContent()).toMatch(/2/);
    expect(await title.inputValue()).toBe('暗証番号の変更');
    await page.getByTestId('article-save-over').click();
    await page.getByTestId('article-saved').waitFor({ timeout: 15_000 });
    expect(await stored('change-pin')).toMatchObject({
      version: 3,
      value: { status: 'published', versions: { ja: { title: '暗証番号の変更' } } },
    });
  }, 60_000);

  it('finds the German article offline from a German ticket and puts its text into the reply', async () => {
    const { page, stack, prepared: ticketId } = e2e;
    await stack.stopQueue();
    await expect
      .poll(() => page.getByTestId('connection-status').getAttribute('data-online'), { timeout: 15_000 })
      .toBe('false');
    await page.getByTestId('nav-inbox').click();
    await openFromInbox(page, ticketId);
    await insertArticle(page, 'Sicherheitsmenü', 'change-pin:de');
    const reply = await page.getByTestId('reply-editor').inputValue();
    expect(reply).toContain('Öffnen Sie Karten im Sicherheitsmenü der App und tippen Sie auf PIN ändern.');
    expect(reply).toContain('- Neue PIN wählen <b>sofort</b>');
    expect(reply).not.toContain('**');
    // The Japanese version is not offered for a German ticket.
    await page.getByTestId('ticket-view').focus();
    await page.keyboard.press('b');
    await page.getByTestId('article-search').waitFor();
    await page.keyboard.type('PIN');
    await page.getByTestId('article-search').locator('[data-item-id="change-pin:de"]').waitFor();
    expect(await page.getByTestId('article-search').locator('[data-item-id="change-pin:ja"]').count()).toBe(0);
    await page.keyboard.press('Escape');
  }, 60_000);
});
