import type { Role } from '../../../shared/api/queue-contract.js';
import { hostileString } from './hostile-values.js';
import { headerValue } from './hostile-http.js';
import type { Prng } from './prng.js';

/**
 * Who sends: each role's token of the fuzzed tenant, no token, a token of another tenant, a token nobody
 * issued, or the operator's metrics token (which opens /metrics and nothing else).
 */
export const IDENTITIES = [
  'agent',
  'lead',
  'autopilot',
  'admin',
  'no token',
  'other tenant',
  'garbage token',
  'metrics token',
] as const;
export type Identity = (typeof IDENTITIES)[number];

/** The identities holding a token of the fuzzed tenant. */
export const TENANT_ROLES: readonly Identity[] = ['agent', 'lead', 'autopilot', 'admin'];

export interface FuzzTokens {
  tenant: Record<Role, string>;
  otherTenant: Record<Role, string>;
  metrics: string;
}

/** The Authorization header an identity sends (none without a token; a garbage token in one of many malformed shapes). */
export function authorization(prng: Prng, identity: Identity, tokens: FuzzTokens): string | null {
  switch (identity) {
    case 'no token':
      return null;
    case 'metrics token':
      return `Bearer ${tokens.metrics}`;
    case 'other tenant':
      return `Bearer ${tokens.otherTenant[prng.pick(['agent', 'lead', 'autopilot', 'admin'] as const)]}`;
    case 'garbage token': {
      const real = tokens.tenant[prng.pick(['agent', 'lead', 'autopilot', 'admin'] as const)];
      return prng.pick<() => string>([
        () => `Bearer sbq_${Buffer.from(Array.from({ length: 32 }, () => prng.int(0, 255))).toString('base64url')}`,
        () => `Bearer ${real}x`,
        () => `Bearer ${real.slice(0, -1)}`,
        () => `Bearer ${real.slice(0, 20)}`,
        () => `Basic ${Buffer.from(`admin:${real}`).toString('base64')}`,
        () => 'Bearer',
        () => 'Bearer ',
        () => `Token ${real}`,
        () => `Bearer ${real} ${real}`,
        () => `Bearer ${headerValue(hostileString(prng)).replace(/\s/g, '_') || '_'}`,
        () => `Bearer ${'A'.repeat(prng.pick([1_000, 20_000]))}`,
        () => `Bearer ${real}\u00ff`,
        () => `Bearer ${headerValue('\u0000')}${real}`,
      ])();
    }
    default:
      return `Bearer ${tokens.tenant[identity]}`;
  }
}
