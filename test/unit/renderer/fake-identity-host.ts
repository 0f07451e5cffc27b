import type { ConsoleApi, ConsoleEvent, ConsoleInput, ConsoleOutput } from '../../../shared/api/console-contract.js';
import type { ConsoleSession } from '../../../shared/api/identity-console.js';
import type { ApiToken, User } from '../../../shared/api/identity-contract.js';
import { fail, ok, type Result } from '../../../shared/result.js';

type IdentityMethod =
  | 'getSession'
  | 'signInWithPassword'
  | 'startSso'
  | 'signOut'
  | 'listUsers'
  | 'createUser'
  | 'updateUser'
  | 'listApiTokens'
  | 'createApiToken'
  | 'rotateApiToken'
  | 'revokeApiToken';
type Answer<M extends IdentityMethod> = Promise<Result<ConsoleOutput<M>>>;
export type IdentityHostApi = Pick<ConsoleApi, IdentityMethod | 'subscribe'>;

const at = (second: number) => new Date(Date.UTC(2026, 11, 7, 9, 0, second)).toISOString();

/** A refusal as lib/queue-client wraps the queue's: code queue_refused/queue_rejected, the queue's error inside. */
export function queueRefusal<T>(status: number, code: string, message: string, details?: unknown): Result<T> {
  return fail(status === 401 || status === 403 ? 'queue_refused' : 'queue_rejected', message, {
    status,
    error: { code, message, ...(details === undefined ? {} : { details }) },
  });
}

/**
 * An in-memory console host for the identity methods, answering as the contract says the console does: users with
 * versions (a save from an old one refused with version_conflict and the user as stored), a taken email, the last
 * admin kept; tokens with a secret shown once per create and rotate, revoked tokens kept in the list; a local account
 * `ana@example.com` / `correct horse battery` whose sign-in is refused otherwise (401), and a `rate_limited` after
 * `refuseAfter` failures. `emit` pushes a console event; `changeAs` changes a user as another admin.
 */
export function createFakeIdentityHost(start: Partial<ConsoleSession> = {}) {
  let clock = 0;
  let session: ConsoleSession = {
    state: 'signed_out',
    user: null,
    via: null,
    reason: null,
    held: { count: 0, authors: [] },
    options: { tenantId: 'demo-bank', tenantName: 'Demo Bank', localAccounts: true, sso: { label: 'Okta' } },
    ...start,
  };
  const users = new Map<string, User>();
  const tokens = new Map<string, ApiToken>();
  const listeners = new Set<(event: ConsoleEvent) => void>();
  const calls: Array<{ method: IdentityMethod; input: unknown }> = [];
  let failures = 0;
  let online = true;
  const unreachable = () => fail<never>('queue_unreachable', 'The central queue cannot be reached.');

  function addUser(input: ConsoleInput<'createUser'>): Result<User> {
    const email = input.email.toLowerCase();
    if ([...users.values()].some((user) => user.email === email))
      return queueRefusal(409, 'email_taken', `Another user of this tenant has the email ${email}.`);
    const user: User = {
      id: `usr_${String(users.size + 1).padStart(6, '0')}`,
      tenantId: 'demo-bank',
      email,
      name: input.name,
      role: input.role,
      queues: input.queues ?? [],
      language: input.language ?? null,
      disabledAt: null,
      hasPassword: input.password !== undefined,
      ssoLinked: false,
      createdAt: at(++clock),
      updatedAt: at(clock),
      lastSignInAt: null,
      version: 1,
    };
    users.set(user.id, user);
    return ok(user);
  }

  function changeUser(input: ConsoleInput<'updateUser'>): Result<User> {
    const current = users.get(input.userId);
    if (!current) return queueRefusal(404, 'not_found', 'There is no such user.');
    const { baseVersion, password, disabled, ...fields } = input.patch;
    if (baseVersion !== current.version)
      return queueRefusal(409, 'version_conflict', 'Someone changed this user meanwhile.', { current });
    const enabledAdmins = [...users.values()].filter((user) => user.role === 'admin' && user.disabledAt === null);
    const endsAdmin = current.role === 'admin' && (disabled === true || (fields.role && fields.role !== 'admin'));
    if (endsAdmin && enabledAdmins.length === 1)
      return queueRefusal(409, 'last_admin', `${current.name} is the tenant's last enabled admin.`);
    const user: User = {
      ...current,
      ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
      ...(password === undefined ? {} : { hasPassword: password !== null }),
      ...(disabled === undefined ? {} : { disabledAt: disabled ? at(++clock) : null }),
      updatedAt: at(++clock),
      version: current.version + 1,
    };
    users.set(user.id, user);
    return ok(user);
  }

  const issue = (token: ApiToken) => ({ token, secret: `sbq_secret_${token.id}_${++clock}` });

  const api: IdentityHostApi = {
    async getSession(input): Answer<'getSession'> {
      calls.push({ method: 'getSession', input });
      return ok(session);
    },
    async signInWithPassword(input): Answer<'signInWithPassword'> {
      calls.push({ method: 'signInWithPassword', input: { email: input.email } });
      if (!online) return unreachable();
      if (failures >= 3) return queueRefusal(429, 'rate_limited', 'Too many sign-in tries.', { retryAfterSeconds: 90 });
      if (input.email !== 'ana@example.com' || input.password !== 'correct horse battery') {
        failures++;
        return queueRefusal(401, 'unauthorized', 'The email or the password is wrong.');
      }
      session = {
        ...session,
        state: 'signed_in',
        via: 'password',
        reason: null,
        user: {
          id: 'usr_000001',
          tenantId: 'demo-bank',
          email: 'ana@example.com',
          name: 'Ana Lima',
          role: 'agent',
          queues: [],
          language: null,
        },
      };
      return ok(session);
    },
    async startSso(input): Answer<'startSso'> {
      calls.push({ method: 'startSso', input });
      return ok({ authorizationUrl: 'https://idp.example.com/authorize?state=abc', opened: false });
    },
    async signOut(input): Answer<'signOut'> {
      calls.push({ method: 'signOut', input });
      session = { ...session, state: 'signed_out', user: null, via: null, reason: 'signed_out' };
      return ok(session);
    },
    async listUsers(input): Answer<'listUsers'> {
      calls.push({ method: 'listUsers', input });
      return online ? ok({ users: [...users.values()] }) : unreachable();
    },
    async createUser(input): Answer<'createUser'> {
      calls.push({ method: 'createUser', input });
      return online ? addUser(input) : unreachable();
    },
    async updateUser(input): Answer<'updateUser'> {
      calls.push({ method: 'updateUser', input });
      return online ? changeUser(input) : unreachable();
    },
    async listApiTokens(input): Answer<'listApiTokens'> {
      calls.push({ method: 'listApiTokens', input });
      return ok({ tokens: [...tokens.values()] });
    },
    async createApiToken(input): Answer<'createApiToken'> {
      calls.push({ method: 'createApiToken', input });
      const createdAt = at(++clock);
      const token: ApiToken = {
        id: `tok_${String(tokens.size + 1).padStart(6, '0')}`,
        name: input.name,
        role: input.role,
        userId: null,
        createdAt,
        lastUsedAt: null,
        expiresAt:
          input.expiresInDays === null
            ? null
            : new Date(Date.parse(createdAt) + input.expiresInDays * 86_400_000).toISOString(),
        rotatedAt: null,
        revokedAt: null,
      };
      tokens.set(token.id, token);
      return ok(issue(token));
    },
    async rotateApiToken(input): Answer<'rotateApiToken'> {
      calls.push({ method: 'rotateApiToken', input });
      const current = tokens.get(input.tokenId);
      if (!current || current.revokedAt) return queueRefusal(404, 'not_found', 'There is no such live token.');
      const token = { ...current, rotatedAt: at(++clock) };
      tokens.set(token.id, token);
      return ok(issue(token));
    },
    async revokeApiToken(input): Answer<'revokeApiToken'> {
      calls.push({ method: 'revokeApiToken', input });
      const current = tokens.get(input.tokenId);
      if (!current) return queueRefusal(404, 'not_found', 'There is no such token.');
      const token = { ...current, revokedAt: at(++clock) };
      tokens.set(token.id, token);
      return ok(token);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  return {
    api,
    calls,
    users,
    tokens,
    setSession(next: Partial<ConsoleSession>) {
      session = { ...session, ...next };
    },
    emit(event: ConsoleEvent) {
      for (const listener of listeners) listener(event);
    },
    listenerCount: () => listeners.size,
    setOnline(value: boolean) {
      online = value;
    },
    /** Another admin's change: the user's version moves on. */
    changeAs(userId: string, patch: Omit<ConsoleInput<'updateUser'>['patch'], 'baseVersion'>): User {
      const current = users.get(userId);
      if (!current) throw new Error(`no user ${userId}`);
      const result = changeUser({ userId, patch: { ...patch, baseVersion: current.version } });
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    },
    seedUser(input: ConsoleInput<'createUser'>): User {
      const result = addUser(input);
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    },
  };
}
