import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tokensOfTenant } from '../../lib/embedded-queue.js';
import { SettingsPageSchema } from '../../shared/settings/stored-setting.js';
import { tenantSettingsFrom, tenantProfile, type TenantSettings } from '../../shared/settings/tenant-settings.js';
import { escalateAsAi, openFromInbox } from '../helpers/console-page.js';
import { insertArticle } from '../helpers/e2e-articles.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { UNSURE_ENGLISH } from '../helpers/e2e-escalations.js';
import { screenshotPath, waitForInboxRows } from '../helpers/e2e-page-steps.js';
import type { Stack } from '../helpers/switchboard-stack.js';

/** The second demo tenant of the queue (the first is the default every other browser test uses). */
const SECOND_TENANT = 'retail';

/** A tenant's settings as the queue holds them, read with one of its tokens (the demo tenants' fit in one page). */
async function settingsOf(stack: Stack, token: string): Promise<TenantSettings> {
  const response = await fetch(`${stack.queueUrl}/v1/settings?after=0&limit=1000`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return tenantSettingsFrom(SettingsPageSchema.parse(await response.json()).items).settings;
}

/** The item ids a picker dialog offers, in order. */
const offered = (page: Page, dialog: string): Promise<string[]> =>
  page
    .getByTestId(dialog)
    .getByRole('option')
    .evaluateAll((options) => options.map((option) => option.getAttribute('data-item-id') ?? ''));

/**
 * A console started with a token of the queue's second demo tenant shows that tenant, as the queue holds it: its
 * name, its queues when reassigning, its macros, its articles in the article search, and its tickets only. Nothing
 * of it comes from a file or assumes the first tenant.
 */
describe('a console on the second demo tenant', () => {
  const e2e = consoleInBrowserPerFile({
    tenant: SECOND_TENANT,
    autopilot: false,
    prepare: async (stack) => {
      // A ticket of the first tenant, which this console must never show.
      const first = tokensOfTenant(stack.tokens, undefined);
      await fetch(`${stack.queueUrl}/v1/tickets`, {
        method: 'POST',
        headers: { authorization: `Bearer ${first.tokens.admin}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          subject: 'Karte',
          text: 'Meine Karte ist nicht angekommen.',
          channel: 'chat',
          customer: { id: 'cus_first', name: 'Lea Novak', tier: 'standard' },
        }),
      });
      const ticketId = await escalateAsAi(
        stack,
        'second-tenant-ai',
        { subject: 'Return', text: 'The lamp I got last week flickers, what can I do?' },
        { ...UNSURE_ENGLISH, summary: 'A lamp that flickers.', ownerQueue: 'returns' },
      );
      return { ticketId };
    },
    whenOpen: (page) => waitForInboxRows(page, 1),
  });

  it("shows the second tenant's name, queues, macros and articles, not the first tenant's", async () => {
    const { page, stack, prepared } = e2e;
    const second = tokensOfTenant(stack.tokens, SECOND_TENANT);
    const first = tokensOfTenant(stack.tokens, undefined);
    expect(second.tenantId).not.toBe(first.tenantId);
    const settings = await settingsOf(stack, second.tokens.agent);
    const firstSettings = await settingsOf(stack, first.tokens.agent);
    const name = tenantProfile(settings)?.name ?? '';
    expect(name).not.toBe('');
    expect(name).not.toBe(tenantProfile(firstSettings)?.name);

    await expect.poll(() => page.locator('header .tenant').textContent()).toContain(name);
    // Its ticket alone: the first tenant's is in the same queue, not in this console.
    expect(
      await page.getByTestId('inbox-item').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-ticket-id'))),
    ).toEqual([prepared.ticketId]);

    await openFromInbox(page, prepared.ticketId);
    await page.getByTestId('ticket-view').focus();
    await page.keyboard.press('a');
    await page.getByTestId('reassign-dialog').waitFor();
    const queues = settings.queue.map((queue) => queue.id);
    expect(queues.length).toBeGreaterThan(1);
    expect(await offered(page, 'reassign-dialog')).toEqual(queues.filter((id) => id !== 'returns'));
    await page.keyboard.press('Escape');
    await page.getByTestId('reassign-dialog').waitFor({ state: 'detached' });

    await page.getByTestId('ticket-view').focus();
    await page.keyboard.press('m');
    await page.getByTestId('macro-dialog').waitFor();
    const macros = settings.macro.map((macro) => macro.id);
    expect(macros.length).toBeGreaterThan(0);
    expect(await offered(page, 'macro-dialog')).toEqual(macros);
    expect(macros.filter((id) => firstSettings.macro.some((macro) => macro.id === id))).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('macro-dialog').waitFor({ state: 'detached' });

    // An article of this tenant, found in the console's cache (in the ticket's language) and put into the reply.
    const article = settings.article.find((entry) => entry.value.status === 'published' && entry.value.versions.en);
    const english = article?.value.versions.en;
    if (!article || !english) throw new Error('The second demo tenant has no published English article.');
    await insertArticle(page, english.title, `${article.id}:en`);
    const opening = english.body.replace(/[*_`]/g, '').split('\n')[0]?.slice(0, 30) ?? '';
    expect(opening).not.toBe('');
    expect(await page.getByTestId('reply-editor').inputValue()).toContain(opening);
    await page.screenshot({ path: screenshotPath('second-tenant.png') });
  });
});
