import { z } from 'zod';
import { PersonRoleSchema } from '../api/identity-contract.js';
import { isDeliveryUrl } from '../channels/web-origin.js';

/**
 * How a tenant's people sign in (issue 18): one item, SIGN_IN_POLICY_ID, edited by admins. The identity provider is
 * OpenID Connect (authorization code with PKCE, a public client: no client secret); local accounts (email and
 * password) are for teams without one, and off when the tenant requires single sign-on. A tenant that never saved one
 * has local accounts only, with DEFAULT_SIGN_IN_POLICY's session lengths.
 */
export const SIGN_IN_POLICY_ID = 'sign_in';

/**
 * An issuer the queue may ask: https, or http on this machine only (a local or test provider); no user name, query or
 * fragment (the issuer is compared as written with the one its discovery document and ID tokens name).
 */
export function isIssuerUrl(value: string): boolean {
  if (!isDeliveryUrl(value)) return false;
  const url = new URL(value);
  return url.search === '' && url.hash === '' && !value.endsWith('?') && !value.endsWith('#');
}

export const ISSUER_URL_RULE =
  'An issuer is https://…, or http:// on this machine (127.0.0.1 or localhost), without a query or fragment.';

const claimValues = z.array(z.string().min(1).max(200)).max(50, 'At most 50 values.');

export const OidcProviderSchema = z.strictObject({
  /** The issuer URL; its /.well-known/openid-configuration must name the same issuer. https, or http on loopback. */
  issuer: z.string().url().max(500).refine(isIssuerUrl, ISSUER_URL_RULE),
  clientId: z.string().min(1).max(200),
  /** The button's text on the sign-in screen ("Sign in with …"). */
  label: z.string().trim().min(1).max(80),
  /** The ID token claim (a dot path, e.g. `groups` or `realm_access.roles`) whose value(s) give the role. */
  roleClaim: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9_:-]+(\.[A-Za-z0-9_:-]+)*$/, 'A claim name, or names joined by dots.'),
  /** The claim values of each role; the highest role matched wins (admin over lead over agent). */
  roleValues: z.strictObject({ admin: claimValues, lead: claimValues, agent: claimValues }),
  /** The role of a person whose claim matches none; null refuses their sign-in. */
  defaultRole: PersonRoleSchema.nullable(),
  /** A person the tenant has no user for yet becomes one at their first sign-in (else an admin adds them first). */
  createUsers: z.boolean(),
});
export type OidcProvider = z.infer<typeof OidcProviderSchema>;

export const SignInPolicySchema = z
  .strictObject({
    /** Email and password accounts; off means single sign-on is required. */
    localAccounts: z.boolean(),
    oidc: OidcProviderSchema.nullable(),
    /** How long an access token works (a console refreshes it before then). */
    accessMinutes: z.number().int().min(1, 'At least 1 minute.').max(60, 'At most 60 minutes.'),
    /** How long a session lasts without a refresh, in hours. */
    refreshHours: z
      .number()
      .int()
      .min(1, 'At least 1 hour.')
      .max(24 * 90, 'At most 90 days.'),
  })
  .refine((policy) => policy.localAccounts || policy.oidc !== null, {
    message: 'Keep local accounts on until an identity provider is set, or nobody can sign in.',
    path: ['localAccounts'],
  });
export type SignInPolicy = z.infer<typeof SignInPolicySchema>;

export const DEFAULT_SIGN_IN_POLICY: SignInPolicy = {
  localAccounts: true,
  oidc: null,
  accessMinutes: 15,
  refreshHours: 24 * 7,
};
