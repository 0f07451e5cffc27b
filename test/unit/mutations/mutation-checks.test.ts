import { describe, expect, it } from 'vitest';
import type { Mutation } from '../../../shared/api/mutations.js';
import type { TicketStatus } from '../../../shared/domain/ticket.js';
import { MUTATION_ROLES, mutatorOf } from '../../../shared/mutations/index.js';
import { change, escalateDecision, resolveDecision, ticketIn } from './samples.js';

const STATUSES: readonly TicketStatus[] = ['new', 'escalated', 'pending', 'resolved', 'ai_resolved'];

/** The statuses in which the mutation's own check lets it through. */
function allowedIn(mutation: Mutation, fields = {}): TicketStatus[] {
  return STATUSES.filter((status) => mutatorOf(mutation).check?.(mutation, ticketIn(status, fields)) == null);
}

describe('who may push each mutation', () => {
  it('people at a console push their changes, leads alone review, autopilots (and admins) decide for the AI', () => {
    expect(MUTATION_ROLES).toEqual({
      agent_reply: ['agent', 'lead', 'admin'],
      note: ['agent', 'lead', 'admin'],
      ai_decision: ['autopilot', 'admin'],
      reassign: ['agent', 'lead', 'admin'],
      review: ['lead', 'admin'],
      reopen: ['agent', 'lead', 'admin'],
      assign: ['agent', 'lead', 'admin'],
      snooze: ['agent', 'lead', 'admin'],
      handback: ['agent', 'lead', 'admin'],
      mark_spam: ['agent', 'lead', 'admin'],
      handle_time: ['agent', 'lead', 'admin'],
      tag: ['agent', 'lead', 'admin'],
    });
  });
});

describe('in which ticket state each mutation may apply', () => {
  it('replies, notes, reassignments, takes and handle time: any state (the AI-resolved rule is the role gate’s)', () => {
    for (const mutation of [
      change.reply(true),
      change.note(),
      change.reassign(),
      change.assign(),
      change.handleTime(60),
      change.tag(['vip']),
    ])
      expect(allowedIn(mutation)).toEqual(STATUSES);
  });

  it('a snooze needs a ticket a human holds', () => {
    expect(allowedIn(change.snooze('2026-05-02T09:00:00.000Z'))).toEqual([
      'escalated',
      'pending',
      'resolved',
      'ai_resolved',
    ]);
    expect(mutatorOf(change.snooze(null)).check?.(change.snooze(null), ticketIn('new'))).toEqual({
      kind: 'rejected',
      error: 'A new ticket is with the AI; only tickets a human holds can be snoozed.',
    });
  });

  it('a hand-back needs a ticket a human holds that the AI did not resolve, and says which it was', () => {
    const handback = change.handback();
    expect(allowedIn(handback)).toEqual(['escalated', 'pending', 'resolved']);
    expect(mutatorOf(handback).check?.(handback, ticketIn('new'))?.error).toBe(
      'The ticket is already with the AI; there is nothing to hand back.',
    );
    expect(mutatorOf(handback).check?.(handback, ticketIn('ai_resolved'))?.error).toBe(
      'The ticket is resolved by the AI; there is nothing to hand back.',
    );
  });

  it('a review needs a ticket someone handled', () => {
    expect(allowedIn(change.review('approve'))).toEqual(['escalated', 'pending', 'resolved', 'ai_resolved']);
    expect(mutatorOf(change.review('flag')).check?.(change.review('flag'), ticketIn('new'))?.error).toMatch(
      /nothing to review/,
    );
  });

  it('a reopen needs a resolved ticket and an owner queue: its own, else the catch-all sent with it', () => {
    expect(allowedIn(change.reopen('general'))).toEqual(['resolved', 'ai_resolved']);
    expect(allowedIn(change.reopen(), { ownerQueue: 'billing' })).toEqual(['resolved', 'ai_resolved']);
    const unowned = change.reopen();
    expect(mutatorOf(unowned).check?.(unowned, ticketIn('ai_resolved'))).toEqual({
      kind: 'rejected',
      error: "The ticket has no owner queue; send the tenant's catch-all queue with the reopen so a human owns it.",
    });
    expect(mutatorOf(unowned).check?.(unowned, ticketIn('pending'))?.error).toBe(
      'The ticket is pending, not resolved; only resolved or AI-resolved tickets can be reopened.',
    );
  });

  it('the AI decides only on new tickets (a conflict otherwise), and never resolves one a human touched', () => {
    expect(allowedIn(change.decision(escalateDecision))).toEqual(['new']);
    const resolve = change.decision(resolveDecision);
    expect(mutatorOf(resolve).check?.(resolve, ticketIn('pending'))).toEqual({
      kind: 'conflict',
      error: 'The ticket is pending; the AI decides only on new tickets.',
    });
    expect(mutatorOf(resolve).check?.(resolve, ticketIn('new', { humanTouched: true }))).toEqual({
      kind: 'rejected',
      error: 'The AI only drafts on human-owned tickets.',
    });
    expect(allowedIn(change.decision(escalateDecision), { humanTouched: true })).toEqual(['new']);
  });
});
