import { describe, expect, it } from 'vitest';
import { MAX_HANDLE_SECONDS, MAX_TICKET_HANDLE_SECONDS, type Mutation } from '../../../shared/api/mutations.js';
import { MAX_COST_USD_PER_DECISION, MAX_MODEL_COST_USD_PER_TICKET } from '../../../shared/domain/decision.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { planMutation, type MutationPlan } from '../../../server/domain/mutation-plan.js';
import { testTicket } from '../../helpers/tickets.js';

const now = new Date('2026-05-01T09:00:00.000Z');
const ticket = (over: Partial<Ticket>): Ticket =>
  testTicket({ id: 't1', subject: 'Card declined', channel: 'email', at: now.toISOString(), ...over });
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
  /** The ticket's model cost after a decision costing `decisionUsd` on a ticket that had `storedUsd`. */
  const costAfter = (decisionUsd: number, storedUsd: number) =>
    patchOf(plan(decision(decisionUsd), ticket({ modelCostUsd: storedUsd })))?.modelCostUsd;
  /** The ticket's handle time after `seconds` more on a ticket that had `storedSeconds`. */
  const secondsAfter = (seconds: number, storedSeconds: number) =>
    patchOf(plan(handleTime(seconds), ticket({ handleSeconds: storedSeconds })))?.handleSeconds;

  it('model cost adds up, and stops at its ceiling, also from a total stored before the bounds (1.7e308, Infinity)', () => {
    expect(costAfter(0.25, 0.5)).toBe(0.75);
    expect(costAfter(MAX_COST_USD_PER_DECISION, MAX_MODEL_COST_USD_PER_TICKET - 1)).toBe(MAX_MODEL_COST_USD_PER_TICKET);
    expect(costAfter(1, 1.7e308)).toBe(MAX_MODEL_COST_USD_PER_TICKET);
    expect(costAfter(1, Infinity)).toBe(MAX_MODEL_COST_USD_PER_TICKET);
  });

  it('handle time adds up, and stops at its ceiling', () => {
    expect(secondsAfter(30, 60)).toBe(90);
    expect(secondsAfter(MAX_HANDLE_SECONDS, MAX_TICKET_HANDLE_SECONDS - 1)).toBe(MAX_TICKET_HANDLE_SECONDS);
    expect(secondsAfter(1, Infinity)).toBe(MAX_TICKET_HANDLE_SECONDS);
  });
});
