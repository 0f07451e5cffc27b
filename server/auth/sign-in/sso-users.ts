import type { PersonRole, User } from '../../../shared/api/identity-contract.js';
import type { OidcProvider } from '../../../shared/settings/sign-in-policy.js';
import type { TokenActor } from '../../audit/audit-entries.js';
import { newUserId } from '../../domain/ids.js';
import { HttpError } from '../../http-errors.js';
import type { UserRecord } from '../../storage/identity-store.js';
import type { QueueStore } from '../../storage/queue-store.js';

/** Who the audit names for what the identity provider decided (a person created, a role from the claim). */
export const IDENTITY_PROVIDER_ACTOR: TokenActor = { name: 'identity provider', role: 'system' };

/** The person an ID token names: its issuer and subject, and the email and name it gives. */
export interface ProviderPerson {
  tenantId: string;
  issuer: string;
  subject: string;
  email: string | null;
  /** false when the provider says the email is not verified: such an email never matches an existing user. */
  emailVerified: boolean;
  name: string | null;
  role: PersonRole;
}

/**
 * The tenant's user for a person the identity provider signed in: the one bound to its issuer and subject, else the
 * one with its (verified) email, else a new one when the provider's createUsers is on. Their role is the claim's,
 * written when it changed (an admin's edit of an SSO user's role lasts until their next sign-in or refresh).
 */
export async function userForProviderPerson(
  store: QueueStore,
  person: ProviderPerson,
  provider: Pick<OidcProvider, 'createUsers' | 'label'>,
  now: Date,
): Promise<User> {
  const bound = await store.identity.findUserBySubject(person.tenantId, person.issuer, person.subject);
  const byEmail =
    bound ??
    (person.email !== null && person.emailVerified
      ? await store.identity.findUserByEmail(person.tenantId, person.email)
      : null);
  if (byEmail !== null && bound === null && byEmail.ssoSubject !== null) {
    throw new HttpError(
      403,
      'sso_account_mismatch',
      `The user with this email is bound to another account at ${provider.label}; ask an admin.`,
    );
  }
  const user = byEmail ?? (await createdUser(store, person, provider, now));
  if (user.disabledAt !== null) {
    throw new HttpError(403, 'user_disabled', 'This account is disabled: ask an admin of your team.', {
      reason: 'user_disabled',
    });
  }
  return withRole(store, user, person.role, now);
}

/**
 * The user with the role the provider's claim gives now (written, and audited, only when it changed); the tenant's last
 * enabled admin keeps the role until another admin exists.
 */
export async function withRole(store: QueueStore, user: User, role: PersonRole, now: Date): Promise<User> {
  let current = user;
  for (let attempt = 0; attempt < 3 && current.role !== role; attempt += 1) {
    const written = await store.identity.updateUser(
      { tenantId: current.tenantId, userId: current.id, baseVersion: current.version, role, now },
      IDENTITY_PROVIDER_ACTOR,
    );
    if (written.ok) return written.user;
    // The tenant's last enabled admin stays one (the same rule as an admin's edit): the claim's lower role waits.
    if (written.code === 'last_admin') return current;
    const reread: UserRecord | null = await store.identity.getUser(current.tenantId, current.id);
    if (reread === null) throw new HttpError(403, 'not_a_user', 'This user was removed; ask an admin.');
    current = reread;
  }
  return current;
}

async function createdUser(
  store: QueueStore,
  person: ProviderPerson,
  provider: Pick<OidcProvider, 'createUsers' | 'label'>,
  now: Date,
): Promise<User> {
  if (!provider.createUsers) {
    throw new HttpError(
      403,
      'not_a_user',
      `You signed in at ${provider.label}, but this team has no user for you yet: ask an admin to add you.`,
    );
  }
  if (person.email === null) {
    throw new HttpError(
      403,
      'not_a_user',
      `${provider.label} gave no email address for you, so no user can be made: ask an admin.`,
    );
  }
  const created = await store.identity.createUser(
    {
      id: newUserId(),
      tenantId: person.tenantId,
      email: person.email,
      name: person.name ?? person.email,
      role: person.role,
      queues: [],
      language: null,
      passwordHash: null,
      sso: { issuer: person.issuer, subject: person.subject },
      now,
    },
    IDENTITY_PROVIDER_ACTOR,
  );
  if (created.ok) return created.user;
  const reason = created.code === 'email_taken' ? 'a user has this email already' : created.code.replaceAll('_', ' ');
  throw new HttpError(409, 'user_not_created', `No user could be made for you (${reason}): ask an admin.`);
}
