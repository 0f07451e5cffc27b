import { describe, expect, it } from 'vitest';
import type { AiDecision } from '../../../shared/domain/decision.js';
import type { TenantConfig } from '../../../shared/domain/tenant.js';
import { customerMessage, fixtureEngine, fixtureTenant, makeTicket, tempDir } from './fixtures.js';

const cacheDir = tempDir();

async function decideWith(
  tenant: TenantConfig,
  text: string,
  tier: 'standard' | 'premium' | 'vip' = 'standard',
): Promise<AiDecision> {
  const engine = await fixtureEngine(tenant, cacheDir);
  const ticket = makeTicket({ customer: { id: 'c-1', name: 'Dana', tier } });
  return engine.decide({ ticket, messages: [customerMessage(ticket, text)] });
}

const base = fixtureTenant();
const withRules = (rules: TenantConfig['escalationRules']): TenantConfig => ({
  ...base,
  escalationRules: [...rules, ...base.escalationRules],
});
const ARRIVAL = 'My card still has not arrived, where is it?';

describe('builtin engine with tenant escalation rules', () => {
  it('resolves the plain question without extra rules', async () => {
    expect(await decideWith(base, ARRIVAL)).toMatchObject({ action: 'resolve', intent: 'card_arrival' });
  });

  it('escalates an answerable ticket when a rule on amounts forces it, recording the rule and reason', async () => {
    const tenant = withRules([{ id: 'large-amounts', ownerQueue: 'vip', escalate: true, when: { minAmount: 1000 } }]);
    expect(await decideWith(tenant, ARRIVAL)).toMatchObject({ action: 'resolve' });
    const d = await decideWith(tenant, `${ARRIVAL} I already paid 1,500 EUR for it.`);
    expect(d).toMatchObject({
      action: 'escalate',
      ownerQueue: 'vip',
      escalation: { code: 'rule', ruleId: 'large-amounts' },
    });
    if (d.action === 'escalate') expect(d.escalation.detail).toMatch(/amount 1500/);
  });

  it('forces escalation on keywords, tier and confidence conditions', async () => {
    const keywords = withRules([
      { id: 'fraud', ownerQueue: 'security', escalate: true, when: { keywords: ['fraud'] } },
    ]);
    expect(await decideWith(keywords, `${ARRIVAL} Is this fraud?`)).toMatchObject({
      action: 'escalate',
      escalation: { ruleId: 'fraud', code: 'rule' },
    });
    const vip = withRules([
      { id: 'vip-unsure', ownerQueue: 'vip', escalate: true, when: { tiers: ['vip'], maxConfidence: 1 } },
    ]);
    expect(await decideWith(vip, ARRIVAL, 'vip')).toMatchObject({
      action: 'escalate',
      ownerQueue: 'vip',
      escalation: { ruleId: 'vip-unsure' },
    });
    expect(await decideWith(vip, ARRIVAL, 'standard')).toMatchObject({ action: 'resolve' });
  });

  it('routes negative sentiment by a sentiment rule', async () => {
    const tenant: TenantConfig = {
      ...base,
      escalationRules: [
        { id: 'angry', ownerQueue: 'vip', when: { sentiments: ['negative'] } },
        ...base.escalationRules,
      ],
    };
    const d = await decideWith(tenant, 'WHERE IS MY CARD, IT HAS NOT ARRIVED YET');
    expect(d).toMatchObject({
      action: 'escalate',
      ownerQueue: 'vip',
      escalation: { code: 'complaint', ruleId: 'angry' },
    });
  });

  it('applies a per-intent threshold instead of the tenant-wide one', async () => {
    const strict: TenantConfig = { ...base, intentThresholds: { card_arrival: 1 } };
    const d = await decideWith(strict, ARRIVAL);
    expect(d).toMatchObject({ action: 'escalate', escalation: { code: 'low_confidence' } });
    if (d.action === 'escalate') expect(d.escalation.detail).toMatch(/threshold of 100%/);
  });
});
