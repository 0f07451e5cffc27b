import { describe, expect, it } from 'vitest';
import { claimAt, roleFromClaims } from '../../../../server/auth/sign-in/oidc-role.js';
import type { OidcProvider } from '../../../../shared/settings/sign-in-policy.js';

const provider: Pick<OidcProvider, 'roleClaim' | 'roleValues' | 'defaultRole'> = {
  roleClaim: 'groups',
  roleValues: { admin: ['sb-admins'], lead: ['sb-leads'], agent: ['sb-agents', 'support'] },
  defaultRole: null,
};

describe('the role from the identity provider claim', () => {
  it('reads a string or an array of strings; the highest role matched wins', () => {
    expect(roleFromClaims({ groups: 'support' }, provider)).toBe('agent');
    expect(roleFromClaims({ groups: ['support', 'sb-admins', 'sb-leads'] }, provider)).toBe('admin');
    expect(roleFromClaims({ groups: ['sb-leads', 42, null, 'support'] }, provider)).toBe('lead');
  });

  it('follows a dot path into nested claims (realm_access.roles)', () => {
    const nested = { ...provider, roleClaim: 'realm_access.roles' };
    expect(roleFromClaims({ realm_access: { roles: ['sb-leads'] } }, nested)).toBe('lead');
    expect(claimAt({ realm_access: { roles: ['x'] } }, 'realm_access.roles')).toEqual(['x']);
    expect(claimAt({ realm_access: ['roles'] }, 'realm_access.roles')).toBeUndefined();
    expect(claimAt({}, 'constructor')).toBeUndefined();
  });

  it('answers the default role when nothing matches, or null (refused) without one', () => {
    expect(roleFromClaims({ groups: ['contractors'] }, provider)).toBeNull();
    expect(roleFromClaims({}, provider)).toBeNull();
    expect(roleFromClaims({ groups: { admin: true } }, { ...provider, defaultRole: 'agent' })).toBe('agent');
  });
});
