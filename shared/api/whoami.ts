import { z } from 'zod';
import { RoleSchema } from './queue-contract.js';

/** `GET /v1/whoami`: the tenant, role and name the caller's bearer token is bound to. */
export const WhoAmISchema = z.strictObject({
  tenantId: z.string(),
  role: RoleSchema,
  name: z.string(),
});
export type WhoAmI = z.infer<typeof WhoAmISchema>;

/** Roles that see the lead screens (dashboard, review sample, rules) and may review or reopen AI answers. */
export const LEAD_ROLES = ['lead', 'admin'] as const;

export function isLeadRole(role: string | null | undefined): boolean {
  return role === 'lead' || role === 'admin';
}
