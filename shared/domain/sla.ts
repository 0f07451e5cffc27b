import type { TenantConfig } from './tenant.js';

export type SlaPolicy = NonNullable<TenantConfig['sla']>;
export type CustomerTier = keyof SlaPolicy['dueMinutes'];

/** Used when a tenant sets no service level: a working day for standard, faster for better tiers. */
export const DEFAULT_SLA: SlaPolicy = { dueMinutes: { standard: 480, premium: 120, vip: 30 } };

/** When an escalated ticket is due: its creation time plus the tenant's minutes for the customer's tier. */
export function dueAt(createdAt: string, tier: CustomerTier, policy: SlaPolicy = DEFAULT_SLA): string {
  const created = Date.parse(createdAt);
  if (Number.isNaN(created)) return createdAt;
  return new Date(created + policy.dueMinutes[tier] * 60_000).toISOString();
}
