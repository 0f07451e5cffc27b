import { describe, expect, it } from 'vitest';
import type { EngineTenant } from '../../../engine/engine-tenant.js';
import type { EscalationRule } from '../../../shared/domain/tenant.js';
import type { Escalation, Ticket } from '../../../shared/domain/ticket.js';
import { createKnowledgeBase } from '../../../engine/knowledge-base.js';
import { replayWithRules } from '../../../electron/core/rules/preview-rules.js';
import { firstCustomerText, storedFacts } from '../../../electron/core/rules/replay-decision.js';
import { testTicket } from '../../helpers/tickets.js';
import { fixtureTenant } from '../ai/fixtures.js';

// The fixture tenant: complaints -> complaints, lost_or_stolen_card -> security, vip tier -> vip, catch-all -> general;
// card_arrival, change_pin and exchange_rate are answerable at 50% confidence.
const tenant = fixtureTenant();
const knowledgeBase = createKnowledgeBase({
  card_arrival: { en: 'Cards arrive in 5 days.' },
  change_pin: { en: 'Change it in the app.' },
});
const NOW = new Date('2026-03-10T12:00:00.000Z');
/** The tenant as the engine sees it, deciding with `rules`. */
const deciding = (rules: readonly EscalationRule[]): EngineTenant => ({
  id: tenant.id,
  resolveThreshold: tenant.resolveThreshold,
  intentThresholds: tenant.intentThresholds ?? {},
  escalationRules: [...rules],
  knowledgeBase,
});

const ticket = (id: string, at: string, fields: Partial<Ticket>): Ticket =>
  testTicket({ id, at, tenantId: tenant.id, customer: { id: 'c', name: 'Dana', tier: 'standard' }, ...fields });
const resolved = { status: 'ai_resolved' as const, language: 'en', intent: 'card_arrival', confidence: 0.9 };
/** An English ticket the rules escalated: its intent and confidence, its owner queue, why and by which rule. */
const escalated = (
  id: string,
  at: string,
  intent: string,
  confidence: number,
  ownerQueue: string,
  code: Escalation['code'],
  ruleId: string,
): Ticket =>
  ticket(id, at, {
    status: 'escalated',
    language: 'en',
    intent,
    confidence,
    ownerQueue,
    escalation: { code, ruleId, detail: '' },
  });

const tickets = [
  // 1. answered, nothing in the new rules touches it
  { ticket: ticket('t1', '2026-03-09T08:00:00.000Z', resolved), text: 'Where is my card?' },
  // 2. answered, but it mentions 1,500 EUR: the new amount rule forces it to the vip queue
  { ticket: ticket('t2', '2026-03-08T10:00:00.000Z', resolved), text: 'Where is my card? I paid 1,500 EUR for it' },
  // 3. a lost card sent to security by the old rules; the new rules send lost cards to vip
  {
    ticket: escalated(
      't3',
      '2026-03-08T09:00:00.000Z',
      'lost_or_stolen_card',
      0.8,
      'security',
      'no_answer',
      'security',
    ),
    text: 'I lost my card',
  },
  // 4. a complaint: settled before the rules, still owned by complaints
  {
    ticket: escalated('t4', '2026-03-07T09:00:00.000Z', 'card_arrival', 0.7, 'complaints', 'complaint', 'complaints'),
    text: 'This is the worst service ever',
  },
  // 5. forced by an old keyword rule the new set drops: the engine's own checks would answer it
  {
    ticket: escalated('t5', '2026-03-06T09:00:00.000Z', 'change_pin', 0.95, 'security', 'rule', 'old-fraud-words'),
    text: 'How do I change my PIN? Is this fraud?',
  },
  // 6. not decided yet
  { ticket: ticket('t6', '2026-03-09T09:00:00.000Z', {}), text: 'Hello' },
  // 7. older than 7 days: outside the window even though the amount rule would force it
  { ticket: ticket('t7', '2026-03-01T09:00:00.000Z', resolved), text: 'I paid 5000 EUR and my card never came' },
];

const newRules: EscalationRule[] = [
  { id: 'big-amounts', ownerQueue: 'vip', escalate: true, when: { minAmount: 1000 } },
  { id: 'complaints', ownerQueue: 'complaints', when: { reasons: ['complaint'] } },
  { id: 'lost-cards', ownerQueue: 'vip', when: { intents: ['lost_or_stolen_card'] } },
  { id: 'catch-all', ownerQueue: 'general', when: {} },
];

describe('rules preview over the last 7 days of cached tickets', () => {
  it('counts, by hand, what the changed rules would change compared with what happened', () => {
    const preview = replayWithRules({ tenant: deciding(newRules), tickets, now: NOW });
    expect(preview).toMatchObject({
      from: '2026-03-03T12:00:00.000Z',
      to: NOW.toISOString(),
      compared: 5,
      undecided: 1,
      changed: 3,
      newlyEscalated: 1,
      newlyResolved: 1,
    });
    expect(preview.changes.map((c) => [c.ticketId, c.before, c.after])).toEqual([
      ['t2', { action: 'resolve' }, { action: 'escalate', ownerQueue: 'vip', ruleId: 'big-amounts', code: 'rule' }],
      [
        't3',
        { action: 'escalate', ownerQueue: 'security', ruleId: 'security', code: 'no_answer' },
        { action: 'escalate', ownerQueue: 'vip', ruleId: 'lost-cards', code: 'no_answer' },
      ],
      [
        't5',
        { action: 'escalate', ownerQueue: 'security', ruleId: 'old-fraud-words', code: 'rule' },
        { action: 'resolve' },
      ],
    ]);
    expect(preview.byRule).toEqual([
      { key: 'big-amounts', gained: 1, lost: 0 },
      { key: 'lost-cards', gained: 1, lost: 0 },
      { key: 'old-fraud-words', gained: 0, lost: 1 },
      { key: 'security', gained: 0, lost: 1 },
    ]);
    expect(preview.byQueue).toEqual([
      { key: null, gained: 1, lost: 1 },
      { key: 'security', gained: 0, lost: 2 },
      { key: 'vip', gained: 2, lost: 0 },
    ]);
  });

  it('shows no change when the rules are the shipped ones and the tickets were decided by them', () => {
    const unchanged = tickets.filter(({ ticket }) => ticket.id !== 't5');
    const preview = replayWithRules({ tenant: deciding(tenant.escalationRules), tickets: unchanged, now: NOW });
    expect(preview).toMatchObject({ compared: 4, changed: 0, byRule: [], byQueue: [], changes: [] });
  });

  it('routes by the stored sentiment and tier, and replays a no-longer-forced ticket as an escalation when the AI could not answer it', () => {
    const angryRules: EscalationRule[] = [
      { id: 'angry', ownerQueue: 'security', when: { sentiments: ['negative'] } },
      ...tenant.escalationRules,
    ];
    const preview = replayWithRules({ tenant: deciding(angryRules), tickets, now: NOW });
    // t4 is a complaint: its negative sentiment now matches "angry" first. t5 loses its old forcing rule;
    // change_pin at 95% is answerable, so it becomes a resolution.
    expect(
      preview.changes.map((c) => `${c.ticketId}:${c.after.action === 'escalate' ? c.after.ruleId : 'resolve'}`),
    ).toEqual(['t4:angry', 't5:resolve']);

    const lowConfidence = [{ ...tickets[4]!, ticket: { ...tickets[4]!.ticket, confidence: 0.3 } }];
    const replayed = replayWithRules({ tenant: deciding(tenant.escalationRules), tickets: lowConfidence, now: NOW });
    expect(replayed.changes[0]?.after).toEqual({
      action: 'escalate',
      ownerQueue: 'general',
      ruleId: 'catch-all',
      code: 'low_confidence',
    });
  });

  it('recomputes amount, keywords and sentiment from the first customer message', () => {
    const t = ticket('x', '2026-03-09T08:00:00.000Z', resolved);
    const text = firstCustomerText(t, [
      { author: 'agent', kind: 'note', text: 'internal' },
      { author: 'customer', kind: 'reply', text: ' I was charged 2.300,50 € twice ' },
      { author: 'customer', kind: 'reply', text: 'and 9000 EUR later' },
    ]);
    expect(text).toBe('I was charged 2.300,50 € twice');
    expect(storedFacts(t, text)).toMatchObject({
      intent: 'card_arrival',
      language: 'en',
      confidence: 0.9,
      tier: 'standard',
      amount: 2300.5,
      sentiment: 'neutral',
      text,
    });
    expect(firstCustomerText(t, [])).toBe('Subject x');
  });
});
