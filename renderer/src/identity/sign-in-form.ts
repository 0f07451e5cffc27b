import { createStore } from 'zustand/vanilla';
import type { ConsoleApi } from '../../../shared/api/console-contract.js';
import type { ConsoleSession } from '../../../shared/api/identity-console.js';
import { EmailSchema } from '../../../shared/api/identity-contract.js';
import type { FormMessage } from './form-message.js';
import { isUnreachable, readRefusal } from './identity-refusal.js';

export type SignInField = 'email' | 'password' | 'form';

export interface SignInFormState {
  email: string;
  password: string;
  busy: boolean;
  /** Each problem on the field it is about; `form` for one that is about no field (the queue cannot be reached). */
  errors: Partial<Record<SignInField, FormMessage>>;
  /** The desktop app opened the system browser for the identity provider: waiting for its answer. */
  ssoWaiting: boolean;
}

export interface SignInFormDeps {
  api: Pick<ConsoleApi, 'signInWithPassword' | 'startSso'>;
  /** A sign-in's session (the console shows it at once). */
  onSignedIn(session: ConsoleSession): void;
  /** Browser mode: goes to the identity provider's page. */
  navigate(url: string): void;
  now?: () => number;
}

const message = (key: string, extra: Omit<Extract<FormMessage, { key: string }>, 'key'> = {}): FormMessage => ({
  key: `identity.error.${key}`,
  ...extra,
});

/**
 * The sign-in screen's form apart from React: the fields checked before anything goes, and every refusal of the
 * queue placed on the field it is about (a wrong password on the password, a rate limit with the time to try again,
 * single sign-on required on the email), what was typed kept (the password only until a refusal about it).
 */
export function createSignInForm(deps: SignInFormDeps) {
  const now = deps.now ?? Date.now;
  const store = createStore<SignInFormState>()(() => ({
    email: '',
    password: '',
    busy: false,
    errors: {},
    ssoWaiting: false,
  }));
  const set = (patch: Partial<SignInFormState>) => store.setState(patch);

  function check(email: string, password: string): SignInFormState['errors'] {
    const errors: SignInFormState['errors'] = {};
    if (email.trim() === '') errors.email = message('emailRequired');
    else if (!EmailSchema.safeParse(email).success) errors.email = message('emailFormat');
    if (password === '') errors.password = message('passwordRequired');
    return errors;
  }

  function placeRefusal(error: Parameters<typeof readRefusal>[0]): SignInFormState['errors'] {
    const refusal = readRefusal(error);
    if (refusal.code === 'rate_limited') {
      const at = new Date(now() + (refusal.retryAfterSeconds ?? 60) * 1000).toISOString();
      return { password: message('rateLimited', { at }) };
    }
    if (refusal.code === 'sso_required') return { email: message('ssoRequired') };
    if (refusal.code === 'identity_provider_unreachable') return { form: message('providerUnreachable') };
    if (isUnreachable(refusal)) return { form: message('queueUnreachable') };
    if (refusal.status === 401 || refusal.code === 'unauthorized' || refusal.code === 'invalid_credentials')
      return { password: message('wrongPassword') };
    if (refusal.issues.some((issue) => issue.path[0] === 'email')) return { email: message('emailFormat') };
    return { form: { text: refusal.message } };
  }

  return {
    store,
    edit(patch: Partial<Pick<SignInFormState, 'email' | 'password'>>): void {
      const errors = { ...store.getState().errors };
      for (const field of Object.keys(patch) as Array<'email' | 'password'>) delete errors[field];
      set({ ...patch, errors });
    },
    /** Enter in either field: checks, then signs in with the email and password. */
    async submit(): Promise<void> {
      const { email, password, busy } = store.getState();
      if (busy) return;
      const errors = check(email, password);
      if (Object.keys(errors).length > 0) return set({ errors });
      set({ busy: true, errors: {} });
      const answer = await deps.api.signInWithPassword({ email: email.trim(), password });
      if (answer.ok && answer.value.state === 'signed_in') {
        set({ busy: false, password: '' });
        deps.onSignedIn(answer.value);
        return;
      }
      const refusal = answer.ok ? { password: message('wrongPassword') } : placeRefusal(answer.error);
      set({ busy: false, errors: refusal, password: refusal.password ? '' : password });
    },
    /** The identity provider's button: the desktop waits for the system browser, browser mode goes there. */
    async startSso(): Promise<void> {
      if (store.getState().busy) return;
      set({ busy: true, errors: {} });
      const answer = await deps.api.startSso({});
      if (!answer.ok) return set({ busy: false, errors: placeRefusal(answer.error) });
      if (answer.value.opened) return set({ busy: false, ssoWaiting: true });
      deps.navigate(answer.value.authorizationUrl);
    },
  };
}

export type SignInForm = ReturnType<typeof createSignInForm>;
