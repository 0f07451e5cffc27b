import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../../shared/rules/check-rule-set.js';

const QUEUES = ['general', 'cards', 'security'];
const catchAll = { id: 'catch-all', ownerQueue: 'general', when: {} };

describe('checkRuleSet', () => {
  it('accepts a rule set that ends with a catch-all, filling in absent conditions', () => {
    expect(
      checkRuleSet(
        [
          { id: 'cards', ownerQueue: 'cards', when: { intents: ['card_arrival'] } },
          { id: 'catch-all', ownerQueue: 'general' },
        ],
        QUEUES,
      ),
    ).toEqual({
      ok: true,
      rules: [{ id: 'cards', ownerQueue: 'cards', when: { intents: ['card_arrival'] } }, catchAll],
    });
  });

  it('refuses a set without a catch-all (and an empty set) with one issue about the whole set', () => {
    for (const rules of [[], [{ id: 'cards', ownerQueue: 'cards', when: { intents: ['card_arrival'] } }]]) {
      const check = checkRuleSet(rules, QUEUES);
      expect(check.ok).toBe(false);
      if (check.ok) continue;
      expect(check.issues).toEqual([
        expect.objectContaining({ ruleIndex: null, ruleId: null, field: null, code: 'rules_without_catch_all' }),
      ]);
      expect(check.issues[0]?.message).toMatch(/must end with a catch-all rule/);
    }
  });

  it('names the rule (by id and position) and the field of every shape problem', () => {
    const check = checkRuleSet(
      [
        { id: 'amounts', ownerQueue: 'cards', when: { minAmount: -5, minConfidence: 1.5 } },
        { ownerQueue: 'cards', when: {} },
        { id: 'typo', ownerQueue: 'cards', when: { intent: ['card_arrival'] } },
        'not a rule',
        catchAll,
      ],
      QUEUES,
    );
    expect(check.ok).toBe(false);
    if (check.ok) return;
    const where = check.issues.map(({ ruleIndex, ruleId, field }) => `${ruleIndex}:${ruleId}:${field}`).sort();
    expect(where).toEqual([
      '0:amounts:when.minAmount',
      '0:amounts:when.minConfidence',
      '1:null:id',
      '2:typo:when',
      '3:null:null',
    ]);
    expect(check.issues[0]?.message).toMatch(/^Rule "amounts" \(rule 1\), field "when\.(minConfidence|minAmount)"/);
    expect(check.issues.find((i) => i.ruleIndex === 1)?.message).toMatch(/^The rule 2, field "id"/);
    expect(check.issues.find((i) => i.ruleIndex === 2)?.message).toMatch(/intent/);
  });

  it('finds unknown queues, duplicate ids, forcing rules without a condition, empty ranges and rules hidden behind a catch-all', () => {
    const check = checkRuleSet(
      [
        { id: 'a', ownerQueue: 'nowhere', when: { tiers: ['vip'] } },
        { id: 'a', ownerQueue: 'cards', when: { intents: ['x'] } },
        { id: 'force-all', ownerQueue: 'cards', escalate: true, when: {} },
        {
          id: 'never',
          ownerQueue: 'cards',
          when: { minAmount: 500, maxAmount: 100, minConfidence: 0.9, maxConfidence: 0.2 },
        },
        { id: 'early-catch-all', ownerQueue: 'general', when: {} },
        { id: 'hidden', ownerQueue: 'cards', when: { intents: ['y'] } },
        { id: 'still-forces', ownerQueue: 'security', escalate: true, when: { keywords: ['fraud'] } },
        catchAll,
      ],
      QUEUES,
    );
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.issues.map(({ ruleIndex, field, code }) => `${ruleIndex}:${field}:${code}`)).toEqual([
      '0:ownerQueue:rules_unknown_queue',
      '1:id:rules_duplicate_id',
      '2:escalate:rules_escalate_without_condition',
      '3:when.minConfidence:rules_empty_range',
      '3:when.minAmount:rules_empty_range',
      '5:null:rules_unreachable',
      '7:null:rules_unreachable',
    ]);
    expect(check.issues[0]?.message).toContain('"nowhere", which does not exist (known: general, cards, security)');
  });

  it('skips the queue check when the list of queues is unknown', () => {
    expect(checkRuleSet([{ id: 'x', ownerQueue: 'anything', when: {} }], null).ok).toBe(true);
  });
});
