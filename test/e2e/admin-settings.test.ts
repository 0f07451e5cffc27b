import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SettingsPageSchema, StoredSettingSchema, type StoredSetting } from '../../shared/settings/stored-setting.js';
import { seriousViolations } from '../helpers/browser-axe.js';
import { activeTestId } from '../helpers/console-page.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { screenshotPath } from '../helpers/e2e-page-steps.js';

const REFUNDS = { id: 'erstattungen', name: 'Rückerstattungen', description: 'Gutschriften und Rückbuchungen' };
const THANKS = { id: 'danke-ja', name: 'お礼の返信' };

/**
 * An admin sets the tenant up in the console's Tenant settings: a queue with a German name and a macro with a
 * Japanese one, by the keyboard, the macro's live preview filled in, each section axe clean, an SLA policy's bad
 * time zone shown on its field, the queue it uses refused deletion in the reader's words; a lead saving the same
 * macro first (through the queue's API) is reported by name with the admin's edits kept, which then save over it;
 * with the queue gone the settings still read, not edit.
 */
describe('tenant settings in the browser', () => {
  const e2e = consoleInBrowserPerFile({ role: 'admin', autopilot: false });

  const queueApi = async (method: 'GET' | 'PUT', path: string, token: string, body?: unknown) => {
    const response = await fetch(`${e2e.stack.queueUrl}/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };
  const stored = async (kind: string, id: string): Promise<StoredSetting | undefined> => {
    const { body } = await queueApi('GET', '/settings?after=0&limit=1000', e2e.stack.tokens.tokens.agent);
    return SettingsPageSchema.parse(body).items.find((item) => item.kind === kind && item.id === id);
  };
  const section = (page: Page, kind: string) => page.locator(`[data-testid="admin-${kind}"]`);
  const openSection = async (page: Page, kind: string) => {
    await page.getByTestId(`admin-section-${kind}`).click();
    await section(page, kind).waitFor();
  };
  const axeClean = async (page: Page) =>
    expect(await seriousViolations(page, '[data-testid="admin-screen"]')).toEqual([]);

  it('creates a German queue and a Japanese macro by the keyboard, with the live preview, axe clean', async () => {
    const { page } = e2e;
    // Readable at 1280 px: the section list, the items and the form side by side.
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.getByTestId('nav-admin').click({ timeout: 15_000 });
    await page.getByTestId('admin-screen').waitFor();
    expect(
      await page.locator('[data-testid^="admin-section-"]').evaluateAll((b) => b.map((e) => e.dataset.testid)),
    ).toEqual([
      'admin-section-queue',
      'admin-section-sla_policy',
      'admin-section-tag',
      'admin-section-macro',
      'admin-section-channel',
      'admin-section-widget',
      'admin-section-webhook',
      'admin-section-users',
      'admin-section-api_tokens',
      'admin-section-sign_in',
    ]);

    // A queue: Alt+N opens an empty form with the focus on its id; Ctrl+S saves it from version 0.
    await openSection(page, 'queue');
    await page.keyboard.press('Alt+n');
    await expect.poll(() => activeTestId(page)).toBe('admin-id');
    await page.keyboard.type(REFUNDS.id);
    await page.keyboard.press('Tab');
    await page.keyboard.type(REFUNDS.name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(REFUNDS.description);
    await axeClean(page);
    await page.keyboard.press('Control+s');
    await page.getByTestId('admin-saved').waitFor({ timeout: 15_000 });
    expect(await stored('queue', REFUNDS.id)).toMatchObject({
      version: 1,
      value: { name: REFUNDS.name, description: REFUNDS.description },
    });
    await section(page, 'queue').locator(`[data-item-id="${REFUNDS.id}"]`).waitFor();

    // An SLA policy for it: a time zone that does not exist is named on its field and nothing is sent.
    await openSection(page, 'sla_policy');
    await page.keyboard.press('Alt+n');
    await page.getByTestId('admin-sla-queue').selectOption(REFUNDS.id);
    await page.getByTestId('admin-sla-zone').fill('Europe/Berlinn');
    await page.getByTestId('admin-sla-holidays').fill('2026-12-24\n2026-12-25');
    await page.keyboard.press('Control+s');
    const zone = page.getByTestId('admin-sla-zone');
    await expect.poll(() => zone.getAttribute('aria-invalid')).toBe('true');
    // The first refused field takes the focus a frame after it is marked.
    await expect.poll(() => activeTestId(page)).toBe('admin-sla-zone');
    expect(await page.getByTestId('admin-field-error').first().textContent()).toMatch(/IANA/);
    await axeClean(page);
    expect(await stored('sla_policy', REFUNDS.id)).toBeUndefined();
    await page.screenshot({ path: screenshotPath('admin-sla-policy-1280.png'), fullPage: true });
    await zone.fill('Europe/Berlin');
    await page.keyboard.press('Control+s');
    await page.getByTestId('admin-saved').waitFor({ timeout: 15_000 });
    expect(await stored('sla_policy', REFUNDS.id)).toMatchObject({
      value: {
        queueId: REFUNDS.id,
        businessHours: { timeZone: 'Europe/Berlin', holidays: ['2026-12-24', '2026-12-25'] },
      },
    });

    // The queue its SLA policy uses is not deleted: the queue's refusal said in the reader's language.
    await openSection(page, 'queue');
    await section(page, 'queue').locator(`[data-item-id="${REFUNDS.id}"]`).click();
    await page.getByTestId('admin-delete').click();
    await page.getByTestId('admin-confirm-delete').click();
    const refusal = page.getByTestId('admin-error');
    await refusal.waitFor({ timeout: 15_000 });
    expect(await refusal.textContent()).toBe(
      `The queue “${REFUNDS.id}” cannot be deleted while it is in use: its SLA policy. Move them to another queue or delete them first.`,
    );
    expect(await stored('queue', REFUNDS.id)).toMatchObject({ version: 1, deleted: false });

    await openSection(page, 'tag');
    await page.keyboard.press('Alt+n');
    await axeClean(page);

    // A macro: a variable inserted at the cursor, the preview filled in for the sample ticket as it is typed.
    await openSection(page, 'macro');
    await page.keyboard.press('Alt+n');
    // Typed once the new form has the focus (a loaded machine once lost the first keys, saving another id).
    await expect.poll(() => activeTestId(page)).toBe('admin-id');
    await page.keyboard.type(THANKS.id);
    expect(await page.getByTestId('admin-id').inputValue()).toBe(THANKS.id);
    await page.getByTestId('admin-name').fill(THANKS.name);
    await page.getByTestId('admin-macro-text').fill('こんにちは、');
    await page.getByTestId('admin-insert-customer.firstName').click();
    expect(await activeTestId(page)).toBe('admin-macro-text');
    await page.keyboard.type('様。担当の');
    await page.getByTestId('admin-insert-agent.name').click();
    await page.keyboard.type('です。');
    const preview = page.getByTestId('admin-macro-preview');
    expect(await preview.textContent()).toBe('こんにちは、Maria様。担当のAlex Smithです。');
    await axeClean(page);
    await page.screenshot({ path: screenshotPath('admin-macro-preview-1280.png') });
    await page.keyboard.press('Control+s');
    await page.getByTestId('admin-saved').waitFor({ timeout: 15_000 });
    expect(await stored('macro', THANKS.id)).toMatchObject({
      version: 1,
      value: { name: THANKS.name, text: 'こんにちは、{{customer.firstName}}様。担当の{{agent.name}}です。' },
    });
  }, 90_000);

  it('reports a lead’s save that came first by name, keeps the edits, and saves over it', async () => {
    const { page, stack } = e2e;
    const form = section(page, 'macro').getByTestId('admin-form');
    await page.getByTestId('admin-macro-text').fill('ありがとうございました、{{customer.name}}様。');
    // Another console, a lead's, saves the macro first.
    const lead = await queueApi('PUT', `/settings/macro/${THANKS.id}`, stack.tokens.tokens.lead, {
      baseVersion: 1,
      value: { name: THANKS.name, text: 'Danke!' },
    });
    expect(lead.status).toBe(200);
    const theirs = StoredSettingSchema.parse(lead.body);

    await page.getByTestId('admin-macro-text').focus();
    await page.keyboard.press('Control+s');
    const conflict = page.getByTestId('admin-conflict');
    await conflict.waitFor({ timeout: 15_000 });
    expect(await conflict.textContent()).toContain(theirs.savedBy);
    expect(await conflict.textContent()).toContain(`version ${theirs.version}`);
    expect(await page.getByTestId('admin-macro-text').inputValue()).toBe(
      'ありがとうございました、{{customer.name}}様。',
    );
    await expect.poll(() => activeTestId(page)).toBe('admin-load-theirs');
    await page.screenshot({ path: screenshotPath('admin-macro-conflict-1280.png') });
    expect(await seriousViolations(page, '[data-testid="admin-screen"]')).toEqual([]);
    expect((await stored('macro', THANKS.id))?.value).toMatchObject({ text: 'Danke!' });

    await page.getByTestId('admin-overwrite').click();
    await form.getByTestId('admin-saved').waitFor({ timeout: 15_000 });
    expect(await stored('macro', THANKS.id)).toMatchObject({
      version: theirs.version + 1,
      value: { text: 'ありがとうございました、{{customer.name}}様。' },
    });
  }, 60_000);

  it('reads the settings from the console’s copy while the queue is away, with editing switched off', async () => {
    const { page, stack } = e2e;
    await stack.stopQueue();
    try {
      await page.getByTestId('admin-offline').waitFor({ timeout: 30_000 });
      await openSection(page, 'queue');
      await section(page, 'queue').locator(`[data-item-id="${REFUNDS.id}"]`).click();
      expect(await page.getByTestId('admin-name').inputValue()).toBe(REFUNDS.name);
      expect(await page.getByTestId('admin-name').isDisabled()).toBe(true);
      expect(await page.getByTestId('admin-save').isDisabled()).toBe(true);
      expect(await page.getByTestId('admin-new').isDisabled()).toBe(true);
      await axeClean(page);
    } finally {
      await stack.startQueue();
    }
  }, 60_000);
});
