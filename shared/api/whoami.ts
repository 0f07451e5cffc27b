import { z } from 'zod';
import { RoleSchema } from './queue-contract.js';

/**
 * `GET /v1/whoami`: who the caller's credential is: the tenant, the role and name (a person's current ones), the user
 * and their email (both null for a machine token).
 */
export const WhoAmISchema = z.strictObject({
  tenantId: z.string(),
  role: RoleSchema,
  name: z.string(),
  userId: z.string().nullable(),
  email: z.string().nullable(),
});
export type WhoAmI = z.infer<typeof WhoAmISchema>;

/** Roles that see the lead screens (dashboard, review sample, rules) and may review or reopen AI answers. */
export const LEAD_ROLES = ['lead', 'admin'] as const;

export function isLeadRole(role: string | null | undefined): boolean {
  return role === 'lead' || role === 'admin';
}

/**
 * Overruling the AI is a lead's review: no other role takes a ticket out of `ai_resolved` (answers,
 * resolves or reopens it). The queue refuses it (server/auth/mutation-roles.ts); consoles do not offer it.
 */
export function mayOverruleAi(role: string | null | undefined): boolean {
  return isLeadRole(role);
}

/** Whether a console of `role` must leave a ticket in `status` as the AI resolved it (false while its role is unknown: the queue decides). */
export function cannotOverruleAi(status: string, role: string | null | undefined): boolean {
  return status === 'ai_resolved' && role !== null && role !== undefined && !mayOverruleAi(role);
}
