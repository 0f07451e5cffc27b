/** What the benchmarks make their tickets of: a seeded random sequence (the same data on every run) and the lists. */
import { RESOURCES_DIR } from '../lib/paths.js';
import { loadTenantConfig, seedTenantIds } from '../lib/tenant-config.js';

/** A linear congruential sequence in [0, 1) from `seed`, and a pick from a list with it. */
export function seededRandom(seed: number): { random: () => number; pick: <T>(items: readonly T[]) => T } {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return { random, pick: <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T };
}

/** The demo tenant the benchmarks' tickets belong to: the first of the seed tenants (resources/tenants/). */
const benchTenant = loadTenantConfig(RESOURCES_DIR, seedTenantIds(RESOURCES_DIR)[0] ?? '');
export const BENCH_TENANT_ID = benchTenant.id;
/** Its owner queues. */
export const BENCH_QUEUES = benchTenant.queues.map((queue) => queue.id);
export const BENCH_LANGUAGES = ['en', 'de', 'fr', 'es', 'ar', 'ja', 'pt', 'it'];
/** Banking intents an escalated ticket commonly has. */
export const BENCH_INTENTS = [
  'card_arrival',
  'refund_not_showing_up',
  'card_payment_fee_charged',
  'transfer_not_received_by_recipient',
  'pin_blocked',
];
