import type { WhoAmI } from '../shared/api/whoami.js';
import type { Result } from '../shared/result.js';
import { backoffDelay } from '../lib/queue-client/backoff.js';
import type { TenantConfiguration } from '../engine/engine-tenant.js';
import type { TenantConfigurationFollower } from './tenant-configuration-follower.js';

/** How long an autopilot starting waits for its queue before it gives up (a console's queue may still be starting). */
const START_PATIENCE_MS = 120_000;

/** Asks until the queue answers; a refusal (a bad token, no such tenant) or a queue still away after a while throws. */
async function firstAnswer<T>(ask: () => Promise<Result<T>>, what: string): Promise<T> {
  const started = performance.now();
  for (let attempt = 0; ; attempt++) {
    const answer = await ask();
    if (answer.ok) return answer.value;
    const passing = answer.error.code === 'queue_unreachable' || answer.error.code === 'queue_error';
    if (!passing || performance.now() - started > START_PATIENCE_MS)
      throw new Error(`Could not read ${what} from the queue: ${answer.error.message}`);
    await new Promise((resolve) => setTimeout(resolve, backoffDelay(attempt, 250, 5_000)));
  }
}

/**
 * The tenant the autopilot works for: its token's (GET /v1/whoami). `expected` (what a console said when it started
 * the autopilot, so the intent model could load early) must be the same tenant.
 */
export async function tokenTenant(client: { whoami(): Promise<Result<WhoAmI>> }, expected?: string): Promise<string> {
  const me = await firstAnswer(() => client.whoami(), 'the token’s tenant');
  if (expected !== undefined && expected !== me.tenantId)
    throw new Error(`--tenant ${expected} was given, but the token belongs to tenant "${me.tenantId}".`);
  return me.tenantId;
}

/**
 * The tenant's configuration as the autopilot starts with it: the follower's first refresh (settings and rules read
 * from the queue, each version offered to its `apply`), waiting for a queue still starting. The follower then goes on
 * from there (the Autopilot's `configuration` option), so the settings are not read from the start a second time.
 */
export async function startingConfiguration(
  follower: TenantConfigurationFollower,
  tenantId: string,
): Promise<TenantConfiguration> {
  return firstAnswer(() => follower.refresh(), `tenant "${tenantId}"'s settings and rules`);
}
