import type { PersonRole, SessionGrant, User } from '../../../shared/api/identity-contract.js';
import { DEFAULT_SIGN_IN_POLICY, type SignInPolicy } from '../../../shared/settings/sign-in-policy.js';
import { hashPassword } from '../../../server/auth/sign-in/password-hash.js';
import { newUserId } from '../../../server/domain/ids.js';
import type { ApiResponse, TestQueue } from '../../helpers/queue-server.js';

/** A user of the test queue's tenant, made through the store as an admin would (a password for local accounts). */
export async function addUser(
  queue: TestQueue,
  person: { email: string; name: string; role: PersonRole; password?: string },
): Promise<User> {
  const created = await queue.store.identity.createUser(
    {
      id: newUserId(),
      tenantId: queue.tenantId,
      email: person.email,
      name: person.name,
      role: person.role,
      queues: [],
      language: null,
      passwordHash: person.password === undefined ? null : await hashPassword(person.password),
      sso: null,
      now: new Date(),
    },
    { name: 'test admin', role: 'admin' },
  );
  if (!created.ok) throw new Error(`The user was not created: ${created.code}`);
  return created.user;
}

/** Saves the tenant's sign_in policy through the API (as its admin), on top of the defaults. */
export async function saveSignInPolicy(queue: TestQueue, policy: Partial<SignInPolicy>, baseVersion = 0) {
  const saved = await queue.call('PUT', '/v1/settings/sign_in/sign_in', {
    body: { baseVersion, value: { ...DEFAULT_SIGN_IN_POLICY, ...policy } },
  });
  if (saved.status !== 200) throw new Error(`The policy was refused: ${JSON.stringify(saved.body)}`);
  return saved;
}

export function passwordSignIn(queue: TestQueue, email: string, password: string) {
  return queue.call<SessionGrant & { error?: { code: string; message: string } }>('POST', '/v1/auth/password', {
    token: null,
    body: { tenantId: queue.tenantId, email, password },
  });
}

export function refresh(queue: TestQueue, refreshToken: string) {
  return queue.call<SessionGrant & ErrorBody>('POST', '/v1/auth/refresh', { token: null, body: { refreshToken } });
}

export interface ErrorBody {
  error?: { code: string; message: string; details?: { reason?: string } };
}

/** The reason of a 401 (details.reason), or the status when it is not a 401. */
export function refusalOf(response: ApiResponse<ErrorBody>): string {
  return response.status === 401 ? (response.body.error?.details?.reason ?? 'no reason') : String(response.status);
}
