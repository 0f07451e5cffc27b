import { describe, expect, it } from 'vitest';
import { createSessionModel, sessionView } from '../../../renderer/src/identity/session-model.js';
import { createSignInForm } from '../../../renderer/src/identity/sign-in-form.js';
import { takeSsoReturnError } from '../../../renderer/src/identity/sso-return-error.js';
import { SIGN_OUT_REASONS } from '../../../shared/api/identity-contract.js';
import type { ConsoleSession } from '../../../shared/api/identity-console.js';
import { fail } from '../../../shared/result.js';
import { consoleTranslator, uiStrings } from '../../helpers/ui-strings.js';
import { createFakeIdentityHost } from './fake-identity-host.js';

const NOW = Date.UTC(2026, 11, 7, 9, 0, 0);

function formOver(host = createFakeIdentityHost()) {
  const signedIn: ConsoleSession[] = [];
  const visited: string[] = [];
  const form = createSignInForm({
    api: host.api,
    onSignedIn: (session) => signedIn.push(session),
    navigate: (url) => visited.push(url),
    now: () => NOW,
  });
  return { host, form, state: () => form.store.getState(), signedIn, visited };
}

describe('sign-in screen: the form', () => {
  it('checks the fields before anything is sent: each problem on its own field', async () => {
    const { host, form, state } = formOver();
    await form.submit();
    expect(state().errors).toEqual({
      email: { key: 'identity.error.emailRequired' },
      password: { key: 'identity.error.passwordRequired' },
    });
    form.edit({ email: 'ana at example', password: 'x' });
    await form.submit();
    expect(state().errors).toEqual({ email: { key: 'identity.error.emailFormat' } });
    expect(host.calls.filter((call) => call.method === 'signInWithPassword')).toEqual([]);
  });

  it('puts a wrong password on the password field, clears only the password, and signs in with the right one', async () => {
    const { form, state, signedIn } = formOver();
    form.edit({ email: 'ana@example.com', password: 'wrong password!' });
    await form.submit();
    expect(state()).toMatchObject({
      email: 'ana@example.com',
      password: '',
      busy: false,
      errors: { password: { key: 'identity.error.wrongPassword' } },
    });
    // Typing in the field takes its error away.
    form.edit({ password: 'correct horse battery' });
    expect(state().errors).toEqual({});
    await form.submit();
    expect(signedIn.map((session) => [session.state, session.user?.name])).toEqual([['signed_in', 'Ana Lima']]);
  });

  it('says when to try again after the rate limit (the queue’s Retry-After), on the password field', async () => {
    const { form, state } = formOver();
    form.edit({ email: 'ana@example.com' });
    for (let attempt = 0; attempt < 4; attempt++) {
      form.edit({ password: `wrong ${attempt}` });
      await form.submit();
    }
    expect(state().errors.password).toEqual({
      key: 'identity.error.rateLimited',
      at: new Date(NOW + 90_000).toISOString(),
    });
    const t = consoleTranslator('en');
    expect(t('identity.error.rateLimited', { at: '09:01' })).toBe('Too many tries. Try again at 09:01.');
  });

  it('places sso_required on the email, a queue out of reach on the form, and an unknown refusal as the queue said it', async () => {
    const cases = [
      [
        fail('queue_refused', 'SSO only.', { status: 403, error: { code: 'sso_required', message: 'SSO only.' } }),
        'email',
        'identity.error.ssoRequired',
      ],
      [fail('queue_unreachable', 'down'), 'form', 'identity.error.queueUnreachable'],
      [fail('identity_provider_unreachable', 'idp down'), 'form', 'identity.error.providerUnreachable'],
    ] as const;
    for (const [answer, field, key] of cases) {
      const host = createFakeIdentityHost();
      host.api.signInWithPassword = async () => answer;
      const { form, state } = formOver(host);
      form.edit({ email: 'ana@example.com', password: 'whatever it is' });
      await form.submit();
      expect(state().errors).toEqual({ [field]: { key } });
      // The password is kept when the refusal is not about it.
      expect(state().password).toBe('whatever it is');
    }
    const host = createFakeIdentityHost();
    host.api.signInWithPassword = async () => fail('queue_rejected', 'Tenant demo-bank is suspended.');
    const { form, state } = formOver(host);
    form.edit({ email: 'ana@example.com', password: 'whatever it is' });
    await form.submit();
    expect(state().errors).toEqual({ form: { text: 'Tenant demo-bank is suspended.' } });
  });

  it('goes to the identity provider in browser mode, and waits for the system browser in the desktop app', async () => {
    const browser = formOver();
    await browser.form.startSso();
    expect(browser.visited).toEqual(['https://idp.example.com/authorize?state=abc']);
    expect(browser.state().ssoWaiting).toBe(false);

    const host = createFakeIdentityHost();
    host.api.startSso = async () => ({
      ok: true,
      value: { authorizationUrl: 'https://idp.example.com/a', opened: true },
    });
    const desktop = formOver(host);
    await desktop.form.startSso();
    expect(desktop.visited).toEqual([]);
    expect(desktop.state()).toMatchObject({ ssoWaiting: true, busy: false });
  });
});

describe('sign-in screen: the session', () => {
  it('reads the session at start and again at each session_changed, and stops listening when stopped', async () => {
    const host = createFakeIdentityHost({ reason: 'user_disabled', held: { count: 2, authors: ['Ana Lima'] } });
    const model = createSessionModel(host.api);
    const stop = model.start();
    await expect.poll(() => model.store.getState().session?.reason).toBe('user_disabled');
    expect(sessionView(model.store.getState().session)).toBe('signIn');

    host.setSession({ state: 'signed_in', reason: null, via: 'password' });
    host.emit({ type: 'tickets_changed' });
    await Promise.resolve();
    expect(model.store.getState().session?.state).toBe('signed_out');
    host.emit({ type: 'session_changed' });
    await expect.poll(() => model.store.getState().session?.state).toBe('signed_in');
    expect(sessionView(model.store.getState().session)).toBe('app');
    stop();
    expect(host.listenerCount()).toBe(0);
  });

  it('a console without sign-in (not_supported) and a token console never show the sign-in screen', async () => {
    const host = createFakeIdentityHost();
    host.api.getSession = async () => fail('not_supported', 'This console has no sign-in.');
    const model = createSessionModel(host.api);
    await model.read();
    expect(model.store.getState().session).toBeNull();
    expect(sessionView(null)).toBe('app');
    const refused = (reason: ConsoleSession['reason']): ConsoleSession => ({
      state: 'signed_out',
      user: null,
      via: null,
      reason,
      held: { count: 0, authors: [] },
      options: null,
    });
    expect(sessionView(refused('token_revoked'))).toBe('tokenRefused');
    expect(sessionView(refused('token_expired'))).toBe('tokenRefused');
    expect(sessionView(refused('session_revoked'))).toBe('signIn');
    expect(sessionView(refused(null))).toBe('signIn');
  });

  it('a late answer of an older read does not undo the newer one', async () => {
    const host = createFakeIdentityHost();
    const answers: Array<(session: ConsoleSession) => void> = [];
    host.api.getSession = () => new Promise((resolve) => answers.push((value) => resolve({ ok: true, value })));
    const model = createSessionModel(host.api);
    const first = model.read();
    const second = model.read();
    const base = { user: null, via: null, held: { count: 0, authors: [] }, options: null };
    answers[1]?.({ ...base, state: 'signed_out', reason: 'user_disabled' });
    answers[0]?.({ ...base, state: 'signed_in', reason: null });
    await Promise.all([first, second]);
    expect(model.store.getState().session?.reason).toBe('user_disabled');
  });

  it('Sign out shows the console’s answer at once; a refusal is kept to show beside the button', async () => {
    const host = createFakeIdentityHost({ state: 'signed_in', via: 'password' });
    const model = createSessionModel(host.api);
    await model.signOut();
    expect(model.store.getState().session).toMatchObject({ state: 'signed_out', reason: 'signed_out' });
    host.api.signOut = async () => fail('queue_unreachable', 'The queue cannot be reached.');
    await model.signOut();
    expect(model.store.getState().signOutError).toBe('The queue cannot be reached.');
  });

  it('has a sentence for every sign-out reason, and the held work says how many and whose, in every language', () => {
    const en = uiStrings('en');
    for (const reason of SIGN_OUT_REASONS) expect(en.get(`identity.reason.${reason}`), reason).toBeTruthy();
    expect(consoleTranslator('de')('identity.signIn.held', { number: '3', authors: 'Ana und Ben' })).toBe(
      'Ungesendete Änderungen auf dieser Konsole: 3, geschrieben von Ana und Ben. Sie gehen hinaus, sobald ihr Verfasser oder eine Teamleitung sich hier anmeldet.',
    );
  });

  it('says a failed return from the identity provider in the reader’s language, once: the address loses it', () => {
    const replaced: string[] = [];
    const history = {
      state: null,
      replaceState: (_: unknown, __: string, url?: string | URL | null) => void replaced.push(String(url)),
    };
    const at = (href: string) => ({ href });
    expect(takeSsoReturnError(at('http://127.0.0.1:4780/?sso_error=sso_refused&x=1'), history)).toBe('sso_refused');
    expect(replaced).toEqual(['/?x=1']);
    expect(takeSsoReturnError(at('http://127.0.0.1:4780/?sso_error=bogus'), history)).toBeNull();
    expect(takeSsoReturnError(at('http://127.0.0.1:4780/'), history)).toBeNull();
    expect(replaced).toHaveLength(2);
    expect(consoleTranslator('fr')('desktop.signInReturn.failures.sso_refused')).not.toMatch(/signInReturn/);
  });
});
