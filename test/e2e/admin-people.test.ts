import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { UsersSchema } from '../../shared/api/identity-contract.js';
import { seriousViolations } from '../helpers/browser-axe.js';
import { activeTestId } from '../helpers/console-page.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';

/**
 * An admin manages the tenant's people and machines in Tenant settings against a real queue: creates a machine
 * token (its secret shown once works at the queue), sees it listed, rotates it (the old secret refused at once, the
 * new one works) and revokes it (refused with token_revoked); adds a user and disables them after a confirmation.
 * Each section axe clean.
 */
describe('users and API tokens in the admin screen', () => {
  const e2e = consoleInBrowserPerFile({ role: 'admin', autopilot: false });

  const whoami = async (secret: string) => {
    const response = await fetch(`${e2e.stack.queueUrl}/v1/whoami`, { headers: { authorization: `Bearer ${secret}` } });
    const body = (await response.json()) as { error?: { details?: { reason?: string } } };
    return { status: response.status, reason: body.error?.details?.reason ?? null };
  };
  const openSection = async (page: Page, id: string) => {
    await page.getByTestId(`admin-section-${id}`).click();
    await page.getByTestId(`admin-${id.replace('_', '-')}`).waitFor();
  };
  const axeClean = async (page: Page) =>
    expect(await seriousViolations(page, '[data-testid="admin-screen"]')).toEqual([]);
  const shownSecret = (page: Page) => page.getByTestId('token-secret').inputValue();

  it('creates a machine token, sees it listed, rotates and revokes it', async () => {
    const { page } = e2e;
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.getByTestId('nav-admin').click({ timeout: 15_000 });
    await openSection(page, 'api_tokens');
    await page.keyboard.press('Alt+n');
    await expect.poll(() => activeTestId(page)).toBe('token-name');
    await page.keyboard.type('Nightly export');
    await page.getByTestId('token-days').fill('30');
    await axeClean(page);
    await page.keyboard.press('Control+s');
    await page.getByTestId('token-issued').waitFor({ timeout: 15_000 });
    const first = await shownSecret(page);
    expect(first).toMatch(/^sbq_/);
    expect(await whoami(first)).toEqual({ status: 200, reason: null });
    const row = page.locator('[data-testid="token-row"][data-token-name="Nightly export"]');
    await row.waitFor();
    await axeClean(page);
    await page.getByTestId('token-secret-done').click();
    expect(await page.getByTestId('token-issued').count()).toBe(0);

    await row.getByTestId('token-rotate').click();
    await expect.poll(() => activeTestId(page)).toBe('token-confirm-yes');
    await page.keyboard.press('Enter');
    await page.getByTestId('token-issued').waitFor({ timeout: 15_000 });
    const second = await shownSecret(page);
    expect(second).not.toBe(first);
    expect((await whoami(first)).status).toBe(401);
    expect(await whoami(second)).toEqual({ status: 200, reason: null });

    await row.getByTestId('token-revoke').click();
    await page.getByTestId('token-confirm-yes').click();
    await page.getByTestId('token-revoked').waitFor({ timeout: 15_000 });
    expect(await whoami(second)).toEqual({ status: 401, reason: 'token_revoked' });
    expect(await row.getByTestId('token-rotate').count()).toBe(0);
    await axeClean(page);
  }, 90_000);

  it('adds a user and disables them after a confirmation', async () => {
    const { page } = e2e;
    await openSection(page, 'users');
    await page.keyboard.press('Alt+n');
    await expect.poll(() => activeTestId(page)).toBe('user-email');
    await page.keyboard.type('bea@example.com');
    await page.getByTestId('user-name').fill('Bea Brandt');
    await page.getByTestId('user-role').selectOption('agent');
    await page.getByTestId('user-password').fill('short');
    await page.keyboard.press('Control+s');
    // The password's rule on its field; nothing sent.
    await expect.poll(() => page.getByTestId('user-password').getAttribute('aria-invalid')).toBe('true');
    await axeClean(page);
    await page.getByTestId('user-password').fill('a long enough password');
    await page.keyboard.press('Control+s');
    await page.getByTestId('user-saved').waitFor({ timeout: 15_000 });
    const row = page.locator('[data-testid="user-row"][data-user-email="bea@example.com"]');
    await row.waitFor();

    await page.getByTestId('user-toggle').click();
    await expect.poll(() => activeTestId(page)).toBe('user-confirm-yes');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => row.getByTestId('user-state').textContent(), { timeout: 15_000 })
      .toMatch(/^Disabled since/);
    await axeClean(page);

    const listed = await fetch(`${e2e.stack.queueUrl}/v1/users`, {
      headers: { authorization: `Bearer ${e2e.stack.tokens.tokens.admin}` },
    });
    const bea = UsersSchema.parse(await listed.json()).users.find((user) => user.email === 'bea@example.com');
    expect(bea).toMatchObject({ name: 'Bea Brandt', role: 'agent', hasPassword: true });
    expect(bea?.disabledAt).not.toBeNull();
  }, 60_000);
});
