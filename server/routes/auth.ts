import type { FastifyInstance } from 'fastify';
import {
  OidcFinishRequestSchema,
  OidcStartRequestSchema,
  PasswordSignInSchema,
  RefreshRequestSchema,
  type SignInOptions,
} from '../../shared/api/identity-contract.js';
import { ENDPOINTS } from '../api-spec.js';
import { AuthOptionsQuerySchema } from '../auth/sign-in/auth-endpoints.js';
import { callerOf, guard } from '../auth/authenticate.js';
import { finishOidcSignIn, startOidcSignIn } from '../auth/sign-in/oidc-sign-in.js';
import { signInWithPassword } from '../auth/sign-in/password-sign-in.js';
import { refreshSession } from '../auth/sign-in/session-refresh.js';
import type { SignInDeps } from '../auth/sign-in/sign-in-deps.js';
import { tenantSignInPolicy } from '../auth/sign-in/tenant-sign-in-policy.js';
import { notFound } from '../http-errors.js';
import { parseInput } from '../validation.js';

/**
 * Signing in at the queue (issue 18): how a tenant's people sign in, a local account's password, the identity
 * provider's start and finish, a session's refresh and sign-out. Sign-in endpoints take no credential; each is limited
 * per address (and passwords per account).
 */
export function registerAuthRoutes(app: FastifyInstance, deps: SignInDeps): void {
  app.get(ENDPOINTS.signInOptions.path, async (request): Promise<SignInOptions> => {
    const { tenant } = parseInput(AuthOptionsQuerySchema, request.query, 'query');
    const record = await deps.store.getTenant(tenant);
    if (record === null) throw notFound(`There is no tenant "${tenant}".`);
    const policy = await tenantSignInPolicy(deps.store, tenant);
    return {
      tenantId: record.id,
      tenantName: record.name,
      localAccounts: policy.localAccounts,
      sso: policy.oidc ? { label: policy.oidc.label } : null,
    };
  });

  app.post(ENDPOINTS.passwordSignIn.path, async (request, reply) =>
    signInWithPassword(deps, parseInput(PasswordSignInSchema, request.body, 'sign-in'), request.ip, reply),
  );

  app.post(ENDPOINTS.oidcStart.path, async (request, reply) =>
    startOidcSignIn(deps, parseInput(OidcStartRequestSchema, request.body, 'sign-in'), request.ip, reply),
  );

  app.post(ENDPOINTS.oidcFinish.path, async (request, reply) =>
    finishOidcSignIn(deps, parseInput(OidcFinishRequestSchema, request.body, 'sign-in'), request.ip, reply),
  );

  app.post(ENDPOINTS.refreshSession.path, async (request, reply) => {
    const { refreshToken } = parseInput(RefreshRequestSchema, request.body, 'refresh');
    return refreshSession(deps, refreshToken, request.ip, reply);
  });

  app.post(ENDPOINTS.signOut.path, guard(deps.store, ENDPOINTS.signOut), async (request, reply) => {
    const { tenantId, credential } = callerOf(request);
    // An API token has no session to end (an admin revokes it: DELETE /v1/tokens/:id).
    if (credential.kind === 'session') {
      await deps.store.identity.endSession(tenantId, credential.id, 'signed_out', deps.now());
    }
    return reply.status(204).send();
  });
}
