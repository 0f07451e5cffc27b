import { MAX_PEOPLE, type Person } from '../../shared/api/people-contract.js';
import type { User } from '../../shared/api/identity-contract.js';

/** The tenant's people as colleagues see them (GET /v1/people): enabled users only, their id, name and role, at most MAX_PEOPLE. */
export function colleaguesOf(users: readonly User[]): Person[] {
  return users
    .filter((user) => user.disabledAt === null)
    .slice(0, MAX_PEOPLE)
    .map(({ id, name, role }) => ({ id, name, role }));
}
