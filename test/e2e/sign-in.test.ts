import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tokensOfTenant } from '../../lib/embedded-queue.js';
import type { TicketWithMessages } from '../../shared/api/queue-contract.js';
import { activeTestId, escalateAsAi, openConsole, openFromInbox, waitOnline } from '../helpers/console-page.js';
import { seriousViolations } from '../helpers/browser-axe.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { UNSURE_ENGLISH } from '../helpers/e2e-escalations.js';
import { sendByKeyboard } from '../helpers/e2e-page-steps.js';
import { consoleAddress, queueCaller } from '../helpers/e2e-processes.js';
import {
  addUser,
  consoleSession,
  saveSignInPolicy,
  signInWithPassword,
  signOut,
  startSignedInConsoleHost,
} from '../helpers/e2e-sign-in.js';
import { startTestIdentityProvider } from '../helpers/oidc-provider.js';
import { startTcpProxy } from '../helpers/tcp-proxy.js';
import { signInReturnText } from '../../electron/main/sign-in-return-text.js';
import identityGerman from '../../renderer/src/identity/locales/de.js';

/**
 * The stated bound for a console whose connection comes back (README): it tries the queue again at least every 5 s (the
 * sync's longest wait between tries, its poll), and its first refused request shows the sign-out within 1 s more.
 */
const SIGN_OUT_BOUND_MS = 5_000 + 1_000;
const PASSWORD = 'correct horse battery staple';
const ALEX = { email: 'alex@example.test', name: 'Alex Agent', role: 'agent', queues: ['cards'] } as const;
const SAM = { email: 'sam@example.test', name: 'Sam Second', role: 'agent', queues: ['cards'] } as const;
const LEE = { email: 'lee@example.test', name: 'Lee Lead', role: 'lead', queues: ['cards'] } as const;
const REPLIES = ['Your new card is on its way.', 'It should arrive within three working days.'];

const stopAfterFile: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const stop of stopAfterFile.reverse()) await stop();
});

/**
 * Signing in (issue 18), in browser mode against a real queue and the real oidc-provider on 127.0.0.1: one queue, one
 * signed-in console whose connection to the queue runs through a TCP proxy the test can cut, a lead's console (the
 * stack's, with the demo lead's token), and the tenant's admin (the demo admin token) setting up on the queue directly.
 */
describe('a signed-in console', () => {
  const e2e = consoleInBrowserPerFile({
    role: 'lead',
    autopilot: false,
    openPage: false,
    setupTimeoutMs: 240_000,
    prepare: async (stack) => {
      const tenant = tokensOfTenant(stack.tokens, undefined);
      const admin = queueCaller(stack.queueUrl, tenant.tokens.admin);
      const idp = await startTestIdentityProvider([
        { id: 'ada', email: 'ada@example.test', name: 'Ada Lovelace', groups: ['support-leads'] },
      ]);
      stopAfterFile.push(() => idp.close());
      await saveSignInPolicy(admin, {
        localAccounts: true,
        oidc: {
          issuer: idp.issuer,
          clientId: idp.clientId,
          label: 'Example ID',
          roleClaim: 'groups',
          roleValues: { admin: [], lead: ['support-leads'], agent: ['support'] },
          defaultRole: null,
          createUsers: true,
        },
        accessMinutes: 15,
        refreshHours: 168,
      });
      await addUser(admin, { ...ALEX, queues: [...ALEX.queues], password: PASSWORD });
      await addUser(admin, { ...SAM, queues: [...SAM.queues], password: PASSWORD });
      await addUser(admin, { ...LEE, queues: [...LEE.queues], password: PASSWORD });
      const ticketId = await escalateAsAi(
        stack,
        'sign-in-ai',
        { subject: 'Card', text: 'My card has not arrived yet.' },
        { ...UNSURE_ENGLISH, summary: 'A card that has not arrived.' },
      );
      const proxy = await startTcpProxy(Number(new URL(stack.queueUrl).port));
      stopAfterFile.push(() => proxy.close());
      const host = startSignedInConsoleHost({
        dataDir: join(stack.dir, 'signed-in-console'),
        queueUrl: `http://127.0.0.1:${proxy.port}`,
        tenantId: tenant.tenantId,
      });
      stopAfterFile.push(() => host.stop());
      return { admin, idp, proxy, host, consoleUrl: await consoleAddress(host), ticketId };
    },
  });

  it('signs a person in with the identity provider: its login page, back signed in with the role from the claim; Sign out', async () => {
    const { browser, prepared } = e2e;
    const page = await browser.newPage({ locale: 'de-DE' });
    await page.goto(prepared.consoleUrl);
    await page.getByTestId('sign-in-screen').waitFor();
    // A callback no sign-in on this console started (a forged or replayed one) signs nobody in; the screen says why.
    await page.goto(new URL('/auth/callback?code=forged&state=forged', prepared.consoleUrl).href);
    expect(await page.getByTestId('sign-in-sso-error').textContent()).toBe(
      signInReturnText(['de']).failures.sso_expired,
    );
    expect(new URL(page.url()).search).toBe('');
    await page.getByTestId('sign-in-sso').click();

    await page.waitForURL((url) => url.href.startsWith(`${prepared.idp.issuer}/interaction/`));
    await page.getByLabel('Account').fill('ada');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.waitForURL((url) => url.origin === new URL(prepared.consoleUrl).origin);
    await expect.poll(() => page.getByTestId('session-user').textContent()).toBe('Ada Lovelace');
    expect(await page.getByTestId('session-role').textContent()).toBe(identityGerman.role.lead);
    expect(new URL(page.url()).searchParams.get('sso_error')).toBeNull();
    const session = await consoleSession(prepared.consoleUrl);
    expect(session).toMatchObject({ state: 'signed_in', via: 'sso', user: { name: 'Ada Lovelace', role: 'lead' } });

    await signOut(page);
    expect(await consoleSession(prepared.consoleUrl)).toMatchObject({ state: 'signed_out', reason: 'signed_out' });
    await page.close();
  });

  it("offboarding: a lead disables an agent at their console; the agent's console is signed out within the bound, says why, holds the replies; another agent does not send them, a lead does, named", async () => {
    const { browser, stack, prepared } = e2e;
    const { admin, proxy, ticketId } = prepared;
    const page = await browser.newPage();
    await page.goto(prepared.consoleUrl);
    await signInWithPassword(page, ALEX.email, PASSWORD, ALEX.name);
    await waitOnline(page);
    await openFromInbox(page, ticketId);

    // The agent replies while the console's connection to the queue is down: the replies wait in its outbox.
    proxy.cut();
    await page.getByTestId('connection-status').and(page.locator('[data-online="false"]')).waitFor({ timeout: 30_000 });
    for (const reply of REPLIES) {
      await sendByKeyboard(page, reply);
      // Sent (to the outbox): the editor empties before the next reply is typed.
      await expect.poll(() => page.getByTestId('reply-editor').inputValue()).toBe('');
    }
    // Meanwhile a lead disables the agent at their own console, by keyboard: Tenant settings, Users, the agent's row.
    // A lead sees what they may do (no Add, the fields read-only); Disable is the form's first control.
    const leadPage = await openConsole(browser, stack.consoleUrl);
    await leadPage.getByTestId('nav-admin').click({ timeout: 15_000 });
    await leadPage.getByTestId('admin-section-users').click();
    await leadPage.getByTestId('users-lead-rights').waitFor();
    expect(await leadPage.getByTestId('user-new').count()).toBe(0);
    const alexRow = leadPage.locator(`[data-testid="user-row"][data-user-email="${ALEX.email}"]`);
    await alexRow.getByRole('button', { name: ALEX.name }).click();
    await expect.poll(() => activeTestId(leadPage)).toBe('user-toggle');
    expect(await leadPage.getByTestId('user-save').count()).toBe(0);
    expect(await seriousViolations(leadPage, '[data-testid="admin-screen"]')).toEqual([]);
    await leadPage.keyboard.press('Enter');
    await expect.poll(() => activeTestId(leadPage)).toBe('user-confirm-yes');
    await leadPage.keyboard.press('Enter');
    await expect
      .poll(() => alexRow.getByTestId('user-state').textContent(), { timeout: 15_000 })
      .toMatch(/^Disabled since/);
    await leadPage.close();

    proxy.restore();
    const restoredAt = Date.now();
    await page.getByTestId('signed-out-reason').waitFor({ timeout: 30_000 });
    const signedOutMs = Date.now() - restoredAt;
    console.log(
      `offboarding: the disabled agent's console showed the sign-out ${signedOutMs} ms after its connection came back`,
    );
    expect(signedOutMs).toBeLessThanOrEqual(SIGN_OUT_BOUND_MS);
    const signedOut = await consoleSession(prepared.consoleUrl);
    expect(signedOut).toMatchObject({ state: 'signed_out', reason: 'user_disabled' });
    expect(signedOut.held.authors).toEqual([ALEX.name]);
    expect(signedOut.held.count).toBeGreaterThanOrEqual(REPLIES.length);
    expect(await page.getByTestId('held-work').textContent()).toContain(ALEX.name);
    const replyTexts = async () =>
      (await admin<TicketWithMessages>('GET', `/tickets/${ticketId}`)).messages
        .filter((message) => REPLIES.includes(message.text))
        .map((message) => `${message.authorName}: ${message.text}`);
    expect(await replyTexts()).toEqual([]);

    // Another agent may not send them: signed in, and synced past a ticket escalated after the sign-in, the replies
    // stay held and unsent.
    await signInWithPassword(page, SAM.email, PASSWORD, SAM.name);
    const later = await escalateAsAi(
      stack,
      'sign-in-ai-later',
      { subject: 'Card again', text: 'Is my card coming?' },
      { ...UNSURE_ENGLISH, summary: 'A card question.' },
    );
    await page.locator(`[data-testid="inbox-item"][data-ticket-id="${later}"]`).waitFor({ timeout: 30_000 });
    expect((await consoleSession(prepared.consoleUrl)).held).toEqual(signedOut.held);
    expect(await replyTexts()).toEqual([]);
    await signOut(page);

    // A lead of the tenant may: they go out, naming the lead who sent them.
    await signInWithPassword(page, LEE.email, PASSWORD, LEE.name);
    await expect.poll(replyTexts, { timeout: 30_000 }).toEqual(REPLIES.map((text) => `${LEE.name}: ${text}`));
    await expect.poll(async () => (await consoleSession(prepared.consoleUrl)).held.count).toBe(0);
    await page.close();
  });
});
