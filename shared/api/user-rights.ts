import type { PersonRole, UserPatch } from './identity-contract.js';
import type { Role } from './queue-contract.js';

/**
 * Who may change which user: one rule for the queue (PATCH /v1/users/:id refuses what it does not allow) and the
 * console (the admin screen's Users section offers only what it allows). An admin adds users and changes anything of
 * anyone (the queue's own limits aside: nobody disables themselves, the tenant's last admin stays one). A lead may
 * disable or enable an agent, nothing more, so a team's lead offboards a departing agent without waiting for an
 * admin; a lead's or an admin's account, and every other field, stay an admin's.
 */

/** The sentence a refused change answers (403 forbidden). */
export const LEAD_USER_RIGHTS =
  'A lead may only disable or enable an agent: any other change of a user, and disabling or enabling a lead or an admin, is for an admin.';

/** The roles that see the tenant's people and may change some of them (GET and PATCH /v1/users; the Users section). */
export const USER_LIST_ROLES: readonly Role[] = ['lead', 'admin'];

/** Whether this role (a caller's, or a console's as whoami answers it) may add users and change any field of any user. */
export const mayManageUsers = (role: string | null): boolean => role === 'admin';

/** Whether this role may disable or enable `target`. */
export const mayToggleUser = (role: string | null, target: { role: PersonRole }): boolean =>
  mayManageUsers(role) || (role === 'lead' && target.role === 'agent');

/** Why `role` may not make this change of `target` (the sentence to answer), or null when it may. */
export function userChangeRefusal(role: Role, target: { role: PersonRole }, patch: UserPatch): string | null {
  if (mayManageUsers(role)) return null;
  const changes = Object.entries(patch).filter(([field, value]) => field !== 'baseVersion' && value !== undefined);
  const onlyToggles = changes.length === 1 && changes[0]?.[0] === 'disabled';
  return onlyToggles && mayToggleUser(role, target) ? null : LEAD_USER_RIGHTS;
}
