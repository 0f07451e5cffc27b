import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** The limits the guardrails enforce for the retail tenant (resources/tenants/retail/policy.json). */
export const RetailPolicySchema = z.strictObject({
  currency: z.string(),
  /** Most money (cancellations and returns together) the AI may send back on one ticket. */
  maxRefundPerTicket: z.number().positive(),
  /** Tool name -> order states in which that action is allowed. */
  actionsByStatus: z.record(z.string(), z.array(z.string())),
  cancelReasons: z.array(z.string()).min(1),
  /** The only refund times a reply may promise. */
  refundTimes: z.array(z.string()),
  /** Words for things the policy never offers (discounts, vouchers...); a reply promising them is held. */
  forbiddenPromises: z.array(z.string()),
});
export type RetailPolicy = z.infer<typeof RetailPolicySchema>;

export function loadRetailPolicy(tenantDir: string): RetailPolicy {
  return RetailPolicySchema.parse(JSON.parse(readFileSync(join(tenantDir, 'policy.json'), 'utf8')));
}
