import type { Person } from '../../shared/api/people-contract.js';
import type { User } from '../../shared/api/identity-contract.js';

/** The tenant's people as colleagues see them (GET /v1/people): enabled users only, their id, name and role. */
export function colleaguesOf(users: readonly User[]): Person[] {
  return users.filter((user) => user.disabledAt === null).map(({ id, name, role }) => ({ id, name, role }));
}
