import { PERSON_ROLES, type PersonRole } from '../../../shared/api/identity-contract.js';
import type { OidcProvider } from '../../../shared/settings/sign-in-policy.js';

/** The value at a dot path of the ID token's claims (`groups`, `realm_access.roles`), or undefined. */
export function claimAt(claims: Readonly<Record<string, unknown>>, path: string): unknown {
  let value: unknown = claims;
  for (const name of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, name))
      return undefined;
    value = (value as Record<string, unknown>)[name];
  }
  return value;
}

/**
 * A person's role from the provider's role claim: its value (a string, or an array whose strings count) matched
 * against each role's values, the highest role matched winning (admin over lead over agent); none matched: the
 * provider's default role, or null (the sign-in is refused).
 */
export function roleFromClaims(
  claims: Readonly<Record<string, unknown>>,
  provider: Pick<OidcProvider, 'roleClaim' | 'roleValues' | 'defaultRole'>,
): PersonRole | null {
  const value = claimAt(claims, provider.roleClaim);
  const values = new Set(
    (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string'),
  );
  const highestFirst = [...PERSON_ROLES].reverse();
  return (
    highestFirst.find((role) => provider.roleValues[role].some((wanted) => values.has(wanted))) ?? provider.defaultRole
  );
}
