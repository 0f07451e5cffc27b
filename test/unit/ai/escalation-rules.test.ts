import { describe, expect, it } from 'vitest';
import type { EscalationRule } from '../../../shared/domain/tenant.js';
import { EscalationRuleSchema } from '../../../shared/domain/tenant.js';
import { chooseOwner, forcedEscalation, ruleMatches, validateRuleSet } from '../../../shared/escalation-rules.js';

const rule = (r: Partial<EscalationRule> & { id: string }): EscalationRule =>
  EscalationRuleSchema.parse({ ownerQueue: 'general', ...r });
const base = {
  intent: 'card_arrival',
  language: 'en',
  tier: 'standard',
  confidence: 0.9,
  sentiment: 'neutral' as const,
  amount: null,
  text: 'Where is my card?',
};

describe('escalation rule conditions', () => {
  it('matches on confidence ranges, and not when the confidence is unknown', () => {
    const r = rule({ id: 'unsure', when: { minConfidence: 0.5, maxConfidence: 0.8 } });
    expect(ruleMatches(r, { ...base, confidence: 0.6 })).toBe(true);
    expect(ruleMatches(r, { ...base, confidence: 0.8 })).toBe(false);
    expect(ruleMatches(r, { ...base, confidence: 0.4 })).toBe(false);
    expect(ruleMatches(r, { ...base, confidence: null })).toBe(false);
  });

  it('matches on sentiment, amounts and keywords (case and accents ignored)', () => {
    expect(ruleMatches(rule({ id: 's', when: { sentiments: ['negative'] } }), { ...base, sentiment: 'negative' })).toBe(
      true,
    );
    expect(ruleMatches(rule({ id: 's', when: { sentiments: ['negative'] } }), base)).toBe(false);
    const big = rule({ id: 'big', when: { minAmount: 1000 } });
    expect(ruleMatches(big, { ...base, amount: 1500 })).toBe(true);
    expect(ruleMatches(big, { ...base, amount: 999.99 })).toBe(false);
    expect(ruleMatches(big, base)).toBe(false);
    const words = rule({ id: 'kw', when: { keywords: ['fraude', 'stolen card'] } });
    expect(ruleMatches(words, { ...base, text: 'Creo que es una FRAUDE' })).toBe(true);
    expect(ruleMatches(words, { ...base, text: 'My stolen card!' })).toBe(true);
    expect(ruleMatches(words, { ...base, text: 'fraudulent-looking email' })).toBe(false);
  });

  it("matches on the ticket's tags: one of the rule's tags is enough, none or no tags known is no match", () => {
    const tagged = rule({ id: 'vip-tagged', ownerQueue: 'vip', escalate: true, when: { tags: ['vip', 'press'] } });
    expect(ruleMatches(tagged, { ...base, tags: ['refund', 'press'] })).toBe(true);
    expect(ruleMatches(tagged, { ...base, tags: ['refund'] })).toBe(false);
    expect(ruleMatches(tagged, { ...base, tags: [] })).toBe(false);
    expect(ruleMatches(tagged, base)).toBe(false);
    const rules = [tagged, rule({ id: 'catch-all' })];
    expect(forcedEscalation(rules, { ...base, tags: ['vip'] })?.id).toBe('vip-tagged');
    expect(chooseOwner(rules, { ...base, reason: 'no_answer', tags: ['other'] }).id).toBe('catch-all');
    expect(EscalationRuleSchema.safeParse({ id: 'x', ownerQueue: 'q', when: { tags: [''] } }).success).toBe(false);
  });

  it('combines conditions with AND and keeps the first matching rule', () => {
    const rules = [
      rule({ id: 'vip-big', ownerQueue: 'vip', when: { tiers: ['vip'], minAmount: 500 } }),
      rule({ id: 'cards', ownerQueue: 'cards', when: { intents: ['card_arrival'] } }),
      rule({ id: 'catch-all' }),
    ];
    expect(chooseOwner(rules, { ...base, reason: 'no_answer', tier: 'vip', amount: 800 }).id).toBe('vip-big');
    expect(chooseOwner(rules, { ...base, reason: 'no_answer', tier: 'vip', amount: 100 }).id).toBe('cards');
    expect(chooseOwner(rules, { reason: 'no_answer', intent: 'x', language: 'de', tier: 'standard' }).id).toBe(
      'catch-all',
    );
  });

  it('forces escalation only through rules marked escalate, never through reason-only rules', () => {
    const rules = [
      rule({ id: 'complaints', when: { reasons: ['complaint'] }, escalate: true }),
      rule({ id: 'large', ownerQueue: 'payments', escalate: true, when: { minAmount: 1000 } }),
      rule({ id: 'cards', when: { intents: ['card_arrival'] } }),
      rule({ id: 'catch-all' }),
    ];
    expect(forcedEscalation(rules, { ...base, amount: 2500 })?.id).toBe('large');
    expect(forcedEscalation(rules, base)).toBeNull();
  });

  it('rejects rule sets without a catch-all, with a forcing catch-all, or with an empty range', () => {
    expect(validateRuleSet([rule({ id: 'a', when: { minAmount: 5 } })], ['general'])).toMatchObject({
      ok: false,
      error: { code: 'rules_without_catch_all' },
    });
    expect(validateRuleSet([rule({ id: 'all', escalate: true })], ['general'])).toMatchObject({
      ok: false,
      error: { code: 'rules_escalate_without_condition' },
    });
    expect(
      validateRuleSet(
        [rule({ id: 'r', when: { minConfidence: 0.9, maxConfidence: 0.5 } }), rule({ id: 'c' })],
        ['general'],
      ),
    ).toMatchObject({ ok: false, error: { code: 'rules_empty_range' } });
    expect(validateRuleSet([rule({ id: 'r', when: { keywords: ['x'] } }), rule({ id: 'c' })], ['general'])).toEqual({
      ok: true,
      value: undefined,
    });
  });
});
