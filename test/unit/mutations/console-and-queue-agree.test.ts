import { describe, expect, it } from 'vitest';
import type { Mutation } from '../../../shared/api/mutations.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { messageOfLocalChange, ticketAfterLocalChange } from '../../../electron/core/store/optimistic-effects.js';
import { planMutation } from '../../../server/domain/mutation-plan.js';
import { CREATED, change, escalateDecision, ticketIn } from './samples.js';

/** The queue's plan for the mutation on this ticket, decided at the moment the console made the change. */
const queuePlan = (mutation: Mutation, ticket: Ticket) =>
  planMutation({ mutation, ticket, claim: null, messageExists: false, clientId: 'console-1', now: new Date(CREATED) });

/** Changes a console makes, each on a ticket whose state allows it. */
const allowed: [Mutation, Ticket][] = [
  [change.reply(false), ticketIn('escalated')],
  [change.reply(true), ticketIn('pending', { language: 'fr' })],
  [change.note(), ticketIn('new')],
  [change.reassign(), ticketIn('escalated', { ownerQueue: 'general' })],
  [change.assign(), ticketIn('escalated')],
  [change.snooze('2026-05-03T08:00:00.000Z'), ticketIn('pending')],
  [change.handback(), ticketIn('escalated', { assignee: 'Sam', aiDraft: 'Hi' })],
  [change.spam(), ticketIn('pending', { snoozedUntil: '2026-05-03T08:00:00.000Z' })],
  [change.review('flag'), ticketIn('ai_resolved')],
  [change.reopen('general'), ticketIn('ai_resolved', { language: 'es' })],
  [change.handleTime(45), ticketIn('resolved', { handleSeconds: 15 })],
];

describe('the console shows a change as the queue will apply it (one mutator, run on both)', () => {
  it.each(allowed.map(([mutation, ticket]) => ({ type: mutation.type, mutation, ticket })))(
    '$type: the same ticket fields and the same message',
    ({ mutation, ticket }) => {
      const plan = queuePlan(mutation, ticket);
      if (plan.kind !== 'apply') throw new Error(`The queue did not apply ${mutation.type}: ${plan.kind}`);
      const shown = ticketAfterLocalChange(ticket, mutation);
      const bookkeeping = plan.quiet === true;
      expect(shown).toEqual({
        ...ticket,
        ...plan.patch,
        updatedAt: bookkeeping ? ticket.updatedAt : mutation.createdAt,
      });
      const message = messageOfLocalChange(mutation, ticket);
      expect(message).toEqual(
        plan.message && { ...plan.message, ticketId: 't1', createdAt: mutation.createdAt, seq: 0 },
      );
    },
  );

  it('a change the queue will refuse leaves the cached ticket as it is', () => {
    for (const [mutation, ticket] of [
      [change.snooze(null), ticketIn('new')],
      [change.handback(), ticketIn('ai_resolved')],
      [change.spam(), ticketIn('ai_resolved')],
      [change.spam(), ticketIn('new')],
      [change.reopen(), ticketIn('ai_resolved')],
      [change.review('approve'), ticketIn('new')],
    ] as const) {
      expect(queuePlan(mutation, ticket).kind).toBe('rejected');
      expect(ticketAfterLocalChange(ticket, mutation)).toBe(ticket);
    }
  });

  it('an AI decision shows nothing before the queue decides: only it knows who holds the claim', () => {
    const decision = change.decision(escalateDecision);
    expect(queuePlan(decision, ticketIn('new'))).toMatchObject({
      kind: 'conflict',
      error: 'This client does not hold a live claim on the ticket.',
    });
    expect(ticketAfterLocalChange(ticketIn('new'), decision)).toEqual(ticketIn('new'));
    expect(messageOfLocalChange(decision, ticketIn('new'))).toBeNull();
  });
});
