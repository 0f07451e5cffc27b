import type { FastifyReply } from 'fastify';
import type { PasswordSignInSchema, SessionGrant } from '../../../shared/api/identity-contract.js';
import type { z } from 'zod';
import { HttpError } from '../../http-errors.js';
import { verifyPassword } from './password-hash.js';
import { startSession } from './session-grants.js';
import type { SignInDeps } from './sign-in-deps.js';
import { tenantSignInPolicy } from './tenant-sign-in-policy.js';

/**
 * A local account's sign-in (POST /v1/auth/password): limited per address and per account, refused with 403
 * sso_required when the tenant requires its identity provider. An unknown email costs the same scrypt as a wrong
 * password and gets the same answer, so neither the answer nor its time tells whether the account exists.
 */
export async function signInWithPassword(
  deps: SignInDeps,
  request: z.output<typeof PasswordSignInSchema>,
  address: string,
  reply: FastifyReply,
): Promise<SessionGrant> {
  const { tenantId, email, password } = request;
  deps.guard.takeTry(address, reply);
  const policy = await tenantSignInPolicy(deps.store, tenantId);
  if (!policy.localAccounts) {
    const provider = policy.oidc ? ` (${policy.oidc.label})` : '';
    throw new HttpError(403, 'sso_required', `This tenant signs in with its identity provider${provider} only.`, {
      reason: 'sso_required',
    });
  }
  deps.guard.checkAccount(tenantId, email, reply);
  const user = await deps.store.identity.findUserByEmail(tenantId, email);
  const matches = await verifyPassword(password, user?.passwordHash ?? null);
  if (!matches || user === null) {
    deps.guard.recordFailure(tenantId, email);
    throw new HttpError(401, 'invalid_credentials', 'The email or the password is not right.');
  }
  if (user.disabledAt !== null) {
    throw new HttpError(403, 'user_disabled', 'This account is disabled: ask an admin of your team.', {
      reason: 'user_disabled',
    });
  }
  return startSession(deps.store, { user, via: 'password', policy, now: deps.now() });
}
