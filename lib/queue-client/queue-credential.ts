import { UnauthorizedDetailsSchema, type SignOutReason } from '../../shared/api/identity-contract.js';

/**
 * What a queue client sends as its bearer secret (issue 18). A machine's API token never changes; a person's
 * session changes its access token at every refresh, and stops when the session ends.
 */
export interface QueueCredential {
  /** The bearer secret to send now; null while there is none (signed out): requests then go without one. */
  current(): string | null;
  /**
   * Asked once when the queue answered 401 `access_expired`: renews the access token (a session refresh); true when a
   * new one is ready and the request is worth sending again.
   */
  renew?(): Promise<boolean>;
  /** Told when the queue refused the credential for any other reason (it stopped working: the session ended). */
  refused?(reason: SignOutReason): void;
}

/** A fixed API token (the demo's, an autopilot's, a script's) as a credential; a credential stays as it is. */
export function credentialOf(token: string | QueueCredential): QueueCredential {
  return typeof token === 'string' ? { current: () => token } : token;
}

/** The `Authorization` header of the credential now; none while it has no secret. */
export function authorizationOf(credential: QueueCredential): Record<string, string> {
  const secret = credential.current();
  return secret === null ? {} : { authorization: `Bearer ${secret}` };
}

/**
 * Why the queue refused a credential: the `reason` of a 401 body's details (shared/api/identity-contract.ts), or null
 * for any other answer. `payload` is the parsed body (`{"error":{"code":"unauthorized","details":{"reason":…}}}`).
 */
export function signOutReasonOfBody(payload: unknown): SignOutReason | null {
  const details = (payload as { error?: { details?: unknown } } | null | undefined)?.error?.details;
  const parsed = UnauthorizedDetailsSchema.safeParse(details);
  return parsed.success ? parsed.data.reason : null;
}

/**
 * The sign-out reason of a failed QueueClient call (`{ status, error: ErrorBody.error }` in its details): the typed
 * refusal a caller tells apart from other failures; null when the failure was not a 401 with a reason.
 */
export function signOutReasonOf(details: unknown): SignOutReason | null {
  const answered = details as { status?: unknown; error?: unknown } | null | undefined;
  return answered?.status === 401 ? signOutReasonOfBody({ error: answered.error }) : null;
}
