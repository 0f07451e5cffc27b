import { createStore } from 'zustand/vanilla';
import type { ConsoleApi } from '../../../shared/api/console-contract.js';
import type { ConsoleSession } from '../../../shared/api/identity-console.js';
import type { SignOutReason } from '../../../shared/api/identity-contract.js';

export type SessionApi = Pick<ConsoleApi, 'getSession' | 'signOut' | 'subscribe'>;

export interface SessionState {
  /** What the console says now; null until it answered, or when it has no sign-in (a console without one). */
  session: ConsoleSession | null;
  /** The last sign-out's error, shown beside the button. */
  signOutError: string | null;
}

/** Reasons that end an API token's access: a token console cannot sign in again, it needs a new token. */
const TOKEN_REASONS: ReadonlySet<SignOutReason> = new Set(['token_revoked', 'token_expired']);

/**
 * What the console shows for its session: the work (`app`), the sign-in screen (signed out, a person may sign in),
 * or the work with the token's refusal said (a token console whose token stopped working never shows sign-in).
 */
export function sessionView(session: ConsoleSession | null): 'app' | 'signIn' | 'tokenRefused' {
  if (!session || session.state === 'signed_in') return 'app';
  return session.reason && TOKEN_REASONS.has(session.reason) ? 'tokenRefused' : 'signIn';
}

/** The console's session, read at start and again at every `session_changed` event; Sign out. */
export function createSessionModel(api: SessionApi) {
  const store = createStore<SessionState>()(() => ({ session: null, signOutError: null }));
  let reading = 0;

  async function read(): Promise<void> {
    const mine = ++reading;
    const answer = await api.getSession({});
    // An older read that answers late must not undo a newer one.
    if (mine !== reading) return;
    if (answer.ok) store.setState({ session: answer.value });
    // not_supported: this console has no sign-in (its token works as it always did); other errors: try at the next event.
    else if (answer.error.code === 'not_supported') store.setState({ session: null });
  }

  return {
    store,
    read,
    /** Takes a session a sign-in answered (the event follows; this shows it at once). */
    show(session: ConsoleSession): void {
      reading++;
      store.setState({ session, signOutError: null });
    },
    /** Reads the session now and whenever the console says it changed; returns the function that stops. */
    start(): () => void {
      const stop = api.subscribe((event) => {
        if (event.type === 'session_changed') void read();
      });
      void read();
      return stop;
    },
    async signOut(): Promise<void> {
      const answer = await api.signOut({});
      if (answer.ok) {
        reading++;
        store.setState({ session: answer.value, signOutError: null });
      } else store.setState({ signOutError: answer.error.message });
    },
  };
}

export type SessionModel = ReturnType<typeof createSessionModel>;
