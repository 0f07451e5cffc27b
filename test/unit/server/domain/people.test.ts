import { describe, expect, it } from 'vitest';
import type { User } from '../../../../shared/api/identity-contract.js';
import { MAX_PEOPLE, PeopleSchema } from '../../../../shared/api/people-contract.js';
import { colleaguesOf } from '../../../../server/domain/people.js';

function user(n: number, disabled = false): User {
  return {
    id: `usr_person${String(n).padStart(6, '0')}`,
    tenantId: 'payments',
    email: `p${n}@example.com`,
    name: `Person ${String(n).padStart(6, '0')}`,
    role: 'agent',
    queues: [],
    language: null,
    disabledAt: disabled ? '2026-12-01T00:00:00.000Z' : null,
    hasPassword: true,
    ssoLinked: false,
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
    lastSignInAt: null,
    version: 1,
  };
}

describe('the people colleagues may mention', () => {
  it('are the enabled users with id, name and role only, and never more than the answer may hold', () => {
    const users = [user(1), user(2, true), user(3)];
    expect(colleaguesOf(users)).toEqual([
      { id: 'usr_person000001', name: 'Person 000001', role: 'agent' },
      { id: 'usr_person000003', name: 'Person 000003', role: 'agent' },
    ]);
    const many = Array.from({ length: MAX_PEOPLE + 5 }, (_, i) => user(i));
    const listed = colleaguesOf(many);
    expect(listed).toHaveLength(MAX_PEOPLE);
    expect(PeopleSchema.safeParse({ people: listed }).success).toBe(true);
  });
});
