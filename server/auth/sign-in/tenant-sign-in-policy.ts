import {
  DEFAULT_SIGN_IN_POLICY,
  SIGN_IN_POLICY_ID,
  SignInPolicySchema,
  type OidcProvider,
  type SignInPolicy,
} from '../../../shared/settings/sign-in-policy.js';
import { HttpError } from '../../http-errors.js';
import type { QueueStore } from '../../storage/queue-store.js';

/** The tenant's sign_in policy as saved, or DEFAULT_SIGN_IN_POLICY (local accounts only) when it never saved one. */
export async function tenantSignInPolicy(store: QueueStore, tenantId: string): Promise<SignInPolicy> {
  const saved = await store.liveSetting(tenantId, 'sign_in', SIGN_IN_POLICY_ID);
  const parsed = SignInPolicySchema.safeParse(saved?.value);
  return parsed.success ? parsed.data : DEFAULT_SIGN_IN_POLICY;
}

/** The tenant's identity provider; 409 sso_not_configured when it has none. */
export function providerOf(policy: SignInPolicy): OidcProvider {
  if (policy.oidc === null) {
    throw new HttpError(
      409,
      'sso_not_configured',
      'This tenant has no identity provider: sign in with email and password.',
    );
  }
  return policy.oidc;
}
