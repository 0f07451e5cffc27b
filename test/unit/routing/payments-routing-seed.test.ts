import { describe, expect, it } from 'vitest';
import { settingsFromSeedItems } from '../../../engine/seed-tenant.js';
import { readTenantSeed } from '../../../lib/tenant-seed/tenant-seed.js';
import { routingPolicy } from '../../../shared/settings/tenant-settings.js';
import { RESOURCES_DIR } from '../../integration/openai/fixtures.js';

describe("the payments demo's routing seed", () => {
  it('turns the model on with a monthly budget and shadow runs, so what the classifier is unsure of reaches it', () => {
    const policy = routingPolicy(settingsFromSeedItems(readTenantSeed(`${RESOURCES_DIR}/tenants/payments`).items));
    expect(policy.model).toMatchObject({ enabled: true, intents: [], queues: [], assistEscalations: true });
    expect(policy.budget).toEqual({ monthlyUsd: 50, warnAt: 0.8, whenExhausted: 'people' });
    expect(policy.shadow.enabled).toBe(true);
    expect(policy.whenModelDown).toBe('builtin');
  });
});
