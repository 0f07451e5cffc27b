import { describe, expect, it } from 'vitest';
import { MAX_HANDLE_SECONDS, MAX_TICKET_HANDLE_SECONDS, type Mutation } from '../../../shared/api/mutations.js';
import { MAX_COST_USD_PER_DECISION, MAX_MODEL_COST_USD_PER_TICKET } from '../../../shared/domain/decision.js';
import { newTicket, type Ticket } from '../../../shared/domain/ticket.js';
import { planMutation, type MutationPlan } from '../../../server/domain/mutation-plan.js';

const now = new Date('2026-05-01T09:00:00.000Z');
const ticket = (over: Partial<Ticket>): Ticket => ({
  ...newTicket({
    id: 't1',
    tenantId: 'payments',
    subject: 'Card declined',
    customer: { id: 'c1', name: 'Dana', tier: 'standard' },
    channel: 'email',
    at: now.toISOString(),
    seq: 1,
  }),
  ...over,
});
const plan = (mutation: Mutation, current: Ticket): MutationPlan =>
  planMutation({
    mutation,
    ticket: current,
    claim: { claimedBy: 'bot', leaseUntil: now.getTime() + 30_000 },
    messageExists: false,
    clientId: 'bot',
    now,
  });
const patchOf = (result: MutationPlan) => (result.kind === 'apply' ? result.patch : null);

const decision = (costUsd: number): Mutation => ({
  id: 1,
  type: 'ai_decision',
  ticketId: 't1',
  createdAt: now.toISOString(),
  messageId: 'ai-1',
  decision: {
    action: 'resolve',
    language: 'en',
    intent: 'card_declined',
    confidence: 0.9,
    reply: 'Please retry.',
    summary: null,
    engine: 'openai',
    latencyMs: 5,
    usage: { model: 'gpt-test', calls: 1, promptTokens: 10, completionTokens: 5, costUsd },
  },
});
const handleTime = (seconds: number): Mutation => ({
  id: 2,
  type: 'handle_time',
  ticketId: 't1',
  createdAt: now.toISOString(),
  seconds,
  agentName: 'Sam',
});

/** Issue 21, finding 2: the sums kept on a ticket stop at a ceiling instead of reaching Infinity (null in JSON). */
describe('the running totals on a ticket stay finite', () => {
  it('model cost adds up, and stops at its ceiling, also from a total stored before the bounds (1.7e308, Infinity)', () => {
    expect(patchOf(plan(decision(0.25), ticket({ modelCostUsd: 0.5 })))?.modelCostUsd).toBe(0.75);
    expect(
      patchOf(plan(decision(MAX_COST_USD_PER_DECISION), ticket({ modelCostUsd: MAX_MODEL_COST_USD_PER_TICKET - 1 })))
        ?.modelCostUsd,
    ).toBe(MAX_MODEL_COST_USD_PER_TICKET);
    expect(patchOf(plan(decision(1), ticket({ modelCostUsd: 1.7e308 })))?.modelCostUsd).toBe(
      MAX_MODEL_COST_USD_PER_TICKET,
    );
    expect(patchOf(plan(decision(1), ticket({ modelCostUsd: Infinity })))?.modelCostUsd).toBe(
      MAX_MODEL_COST_USD_PER_TICKET,
    );
  });

  it('handle time adds up, and stops at its ceiling', () => {
    expect(patchOf(plan(handleTime(30), ticket({ handleSeconds: 60 })))?.handleSeconds).toBe(90);
    expect(
      patchOf(plan(handleTime(MAX_HANDLE_SECONDS), ticket({ handleSeconds: MAX_TICKET_HANDLE_SECONDS - 1 })))
        ?.handleSeconds,
    ).toBe(MAX_TICKET_HANDLE_SECONDS);
    expect(patchOf(plan(handleTime(1), ticket({ handleSeconds: Infinity })))?.handleSeconds).toBe(
      MAX_TICKET_HANDLE_SECONDS,
    );
  });
});
