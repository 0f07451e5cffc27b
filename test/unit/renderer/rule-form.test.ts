import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../../shared/rules/check-rule-set.js';
import {
  emptyRuleForm,
  formFromRule,
  issueField,
  move,
  ruleFromForm,
  splitList,
} from '../../../renderer/src/lead/rules/rule-form.js';

describe('rules editor form model', () => {
  it('round-trips a rule with every condition, leaving absent conditions out', () => {
    const rule = {
      id: 'vip-big',
      ownerQueue: 'payments',
      escalate: true,
      when: {
        reasons: ['no_answer' as const],
        intents: ['card_arrival', 'change_pin'],
        languages: ['de'],
        tiers: ['vip'],
        sentiments: ['negative' as const],
        keywords: ['fraud', 'scam'],
        tags: ['vip', 'press'],
        minConfidence: 0.2,
        maxConfidence: 0.9,
        minAmount: 500,
        maxAmount: 10_000,
      },
    };
    expect(ruleFromForm(formFromRule(rule))).toEqual(rule);
    expect(ruleFromForm(emptyRuleForm('general'))).toEqual({ id: '', ownerQueue: 'general', when: {} });
  });

  it('reads lists as comma-separated text and decimal commas as numbers, and passes non-numbers on so validation names the field', () => {
    expect(splitList(' card_arrival, ,change_pin ,')).toEqual(['card_arrival', 'change_pin']);
    const form = { ...emptyRuleForm('general'), id: 'x', intents: 'a, b', minConfidence: '0,5', minAmount: 'lots' };
    const rule = ruleFromForm(form);
    expect(rule).toEqual({
      id: 'x',
      ownerQueue: 'general',
      when: { intents: ['a', 'b'], minConfidence: 0.5, minAmount: 'lots' },
    });
    const check = checkRuleSet([rule, { id: 'c', ownerQueue: 'general' }], ['general']);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.issues.map(issueField)).toEqual(['minAmount']);
  });

  it('moves rules one place and not past either end', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(move(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});
