/** Steps on the console's knowledge base (renderer/src/articles) that the browser tests take. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ArticleSetting } from '../../shared/settings/setting-values.js';

/** Opens the Articles screen from its tab. */
export async function openArticles(page: Page): Promise<void> {
  await page.getByTestId('nav-articles').click({ timeout: 15_000 });
  await page.getByTestId('articles-screen').waitFor();
}

/**
 * Writes a new article in the editor by keyboard and pointer as a person would: its id, the intents (typed, Enter),
 * exactly the given language versions (added by tag, any other the form started with removed), title and text of
 * each, the state. Leaves it unsaved.
 */
export async function writeArticle(page: Page, id: string, article: ArticleSetting): Promise<void> {
  await page.getByTestId('articles-new').click();
  await page.getByTestId('article-editor').waitFor();
  await page.getByTestId('article-id').fill(id);
  for (const intent of article.intents) {
    await page.getByTestId('article-intent-input').fill(intent);
    await page.getByTestId('article-intent-input').press('Enter');
    await page.getByTestId(`article-intent-${intent}`).waitFor();
  }
  const languages = Object.keys(article.versions);
  for (const language of languages) {
    if ((await page.getByTestId(`article-version-${language}`).count()) > 0) continue;
    await page.getByTestId('article-language-input').fill(language);
    await page.getByTestId('article-language-input').press('Enter');
    await page.getByTestId(`article-version-${language}`).waitFor();
  }
  const started = await page
    .locator('[data-testid^="article-version-"]')
    .evaluateAll((sets) => sets.map((set) => set.getAttribute('data-testid')?.slice('article-version-'.length) ?? ''));
  for (const language of started.filter((tag) => !languages.includes(tag)))
    await page.getByTestId(`article-remove-${language}`).click();
  for (const [language, version] of Object.entries(article.versions)) {
    await page.getByTestId(`article-title-${language}`).fill(version.title);
    await page.getByTestId(`article-body-${language}`).fill(version.body);
  }
  await page.getByTestId('article-status').selectOption(article.status);
}

/** Saves the open article with Ctrl+S and waits for the editor to say it saved `version`. */
export async function saveArticle(page: Page, version: number): Promise<void> {
  await page.getByTestId('article-status').focus();
  await page.keyboard.press('Control+s');
  const saved = page.getByTestId('article-saved');
  await saved.waitFor({ timeout: 15_000 });
  expect(await saved.textContent()).toContain(String(version));
}

/**
 * On the open ticket: opens the article search with `b`, types `text`, waits for the hit `articleId:language` to be
 * the best match and takes it with Enter; resolves once the dialog has closed.
 */
export async function insertArticle(page: Page, text: string, hit: string): Promise<void> {
  await page.getByTestId('ticket-view').focus();
  await page.keyboard.press('b');
  const dialog = page.getByTestId('article-search');
  await dialog.waitFor();
  await page.keyboard.type(text);
  await dialog.locator(`[data-item-id="${hit}"]`).waitFor({ timeout: 10_000 });
  // Enter takes the first match: the best one.
  expect(await dialog.getByRole('option').first().getAttribute('data-item-id')).toBe(hit);
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
}
