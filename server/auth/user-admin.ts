import { USER_LIMITS, type NewUser, type User, type UserPatch } from '../../shared/api/identity-contract.js';
import type { Role } from '../../shared/api/queue-contract.js';
import { userChangeRefusal } from '../../shared/api/user-rights.js';
import type { TokenActor } from '../audit/audit-entries.js';
import { newUserId } from '../domain/ids.js';
import { HttpError, notFound } from '../http-errors.js';
import type { UserWriteResult } from '../storage/identity-store.js';
import type { QueueStore } from '../storage/queue-store.js';
import { hashPassword } from './sign-in/password-hash.js';

/**
 * Changes to the tenant's people, the same for the queue's API (routes/users.ts) and its CLI (user-commands.ts):
 * passwords hashed here, the store's refusals as HttpErrors with a sentence, who may change whom
 * (shared/api/user-rights.ts: admins anything, a lead only disables or enables an agent), and the two rules that keep
 * a tenant manageable: an admin cannot disable themselves, and the last enabled admin stays one.
 */
export async function addUser(
  store: QueueStore,
  tenantId: string,
  input: NewUser,
  actor: TokenActor,
  now: Date,
): Promise<User> {
  const result = await store.identity.createUser(
    {
      id: newUserId(),
      tenantId,
      email: input.email,
      name: input.name,
      role: input.role,
      queues: input.queues,
      language: input.language,
      passwordHash: input.password === undefined ? null : await hashPassword(input.password),
      sso: null,
      now,
    },
    actor,
  );
  return written(result, { email: input.email, name: input.name });
}

/** What a change of a user needs beyond the patch: who makes it, and the session to keep when they set their own password. */
export interface UserChangeContext {
  /** The acting admin or lead (its userId: nobody disables themselves; null for the CLI's operator or a machine token). */
  actor: TokenActor;
  /** The queue role the change is made with (its rights: shared/api/user-rights.ts); null for the CLI's operator at the database, who may change anything. */
  callerRole: Role | null;
  /** The session the change came through: a new password ends the user's other sessions, not this one. */
  keepSessionId?: string;
  now: Date;
}

export async function changeUser(
  store: QueueStore,
  tenantId: string,
  userId: string,
  patch: UserPatch,
  context: UserChangeContext,
): Promise<User> {
  const current = await store.identity.getUser(tenantId, userId);
  if (!current) throw notFound('This tenant has no such user.');
  const refusal = context.callerRole === null ? null : userChangeRefusal(context.callerRole, current, patch);
  if (refusal !== null) throw new HttpError(403, 'forbidden', refusal);
  if (patch.disabled === true && userId === context.actor.userId)
    throw new HttpError(
      409,
      'cannot_disable_self',
      'You cannot disable your own account: another admin must do it, so nobody locks themselves out by mistake.',
    );
  const { baseVersion, name, role, queues, language, disabled, password } = patch;
  const result = await store.identity.updateUser(
    {
      tenantId,
      userId,
      baseVersion,
      ...(name === undefined ? {} : { name }),
      ...(role === undefined ? {} : { role }),
      ...(queues === undefined ? {} : { queues }),
      ...(language === undefined ? {} : { language }),
      ...(disabled === undefined ? {} : { disabled }),
      ...(password === undefined ? {} : { passwordHash: password === null ? null : await hashPassword(password) }),
      ...(context.keepSessionId === undefined ? {} : { keepSessionId: context.keepSessionId }),
      now: context.now,
    },
    context.actor,
  );
  return written(result, current);
}

/** The stored user, or the store's refusal as an HttpError (a version conflict answers the user as it is now). */
function written(result: UserWriteResult, user: Pick<User, 'email' | 'name'>): User {
  if (result.ok) return result.user;
  switch (result.code) {
    case 'not_found':
      throw notFound('This tenant has no such user.');
    case 'version_conflict':
      throw new HttpError(
        409,
        'version_conflict',
        `Someone changed this user meanwhile (now version ${result.current?.version ?? '?'}); your change was not saved: look at it again.`,
        { current: result.current ?? null },
      );
    case 'email_taken':
      throw new HttpError(409, 'email_taken', `Another user of this tenant has the email ${user.email}.`);
    case 'too_many_users':
      throw new HttpError(
        409,
        'too_many_users',
        `A tenant keeps at most ${USER_LIMITS.maxUsersPerTenant.toLocaleString('en')} users (disabled ones count).`,
      );
    case 'last_admin':
      throw new HttpError(
        409,
        'last_admin',
        `${user.name} is the tenant's last enabled admin: make another user an admin first, or nobody could manage its users, API tokens and sign-in.`,
      );
  }
}
