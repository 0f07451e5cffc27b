import { describe, expect, it } from 'vitest';
import { MAX_TICKET_HANDLE_SECONDS, MutationSchema, type Mutation } from '../../../shared/api/mutations.js';
import { reopenNotice } from '../../../shared/domain/reopen-notice.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { MUTATORS, mutatorOf } from '../../../shared/mutations/index.js';
import { AT, change, escalateDecision, resolveDecision, ticketIn } from './samples.js';

const effect = (mutation: Mutation, ticket: Ticket = ticketIn('escalated')) => {
  const mutator = mutatorOf(mutation);
  return {
    patch: mutator.patch(mutation, ticket, AT),
    message: mutator.message?.(mutation, ticket) ?? null,
    handling: mutator.handling?.(mutation) ?? null,
    clearsClaim: mutator.clearsClaim === true,
  };
};
const note = (text: string) => ({ id: 'm1', author: 'agent', authorName: 'Sam', kind: 'note', text });

describe('what each mutation does to the ticket and its thread', () => {
  it('a reply makes the ticket a human’s, pending or resolved, ends the claim and decides later conflicts', () => {
    expect(effect(change.reply(false))).toEqual({
      patch: { humanTouched: true, status: 'pending' },
      message: { id: 'm1', author: 'agent', authorName: 'Sam', kind: 'reply', text: 'Done.' },
      handling: 'reply',
      clearsClaim: true,
    });
    expect(effect(change.reply(true))).toMatchObject({ patch: { status: 'resolved' }, handling: 'resolve' });
  });

  it('a note only adds itself; a reassignment and a take leave a note and make the ticket a human’s', () => {
    expect(effect(change.note())).toEqual({
      patch: {},
      message: note('Call back.'),
      handling: null,
      clearsClaim: false,
    });
    expect(effect(change.reassign())).toEqual({
      patch: { ownerQueue: 'billing', humanTouched: true },
      message: note('Reassigned to billing.'),
      handling: 'reassign',
      clearsClaim: false,
    });
    expect(effect(change.assign())).toMatchObject({
      patch: { assignee: 'Sam', humanTouched: true },
      message: note('Assigned to Sam.'),
    });
  });

  it('a snooze sets or clears the wake-up time; a hand-back returns the ticket to the AI as new', () => {
    const until = '2026-05-02T09:00:00.000Z';
    expect(effect(change.snooze(until))).toMatchObject({
      patch: { snoozedUntil: until },
      message: note(`Snoozed until ${until}.`),
    });
    expect(effect(change.snooze(null))).toMatchObject({
      patch: { snoozedUntil: null },
      message: note('Woken from snooze.'),
    });
    const escalation = { code: 'rule', ruleId: 'big', detail: 'Over the limit.' } as const;
    const held = ticketIn('escalated', {
      humanTouched: true,
      escalation,
      assignee: 'Sam',
      aiDraft: 'Hi',
      snoozedUntil: AT,
    });
    const handedBack = effect(change.handback(), held);
    const after = { ...held, ...handedBack.patch };
    expect([
      after.status,
      after.humanTouched,
      after.escalation,
      after.aiDraft,
      after.assignee,
      after.snoozedUntil,
    ]).toEqual(['new', false, null, null, null, null]);
    expect(handedBack).toMatchObject({ message: note('Handed back to the AI.'), handling: null, clearsClaim: true });
  });

  it('a review records the verdict at the time it takes effect, and adds nothing to the thread', () => {
    expect(effect(change.review('flag'))).toEqual({
      patch: { review: { verdict: 'flag', reason: 'Too slow.', by: 'Lee', at: AT } },
      message: null,
      handling: null,
      clearsClaim: false,
    });
    expect(effect(change.review('approve')).patch.review?.reason).toBeNull();
  });

  it('a reopen escalates to the ticket’s own queue before the catch-all, and tells the customer in their language', () => {
    const reopened = effect(change.reopen('general'), ticketIn('ai_resolved', { language: 'de' }));
    expect(reopened.patch).toEqual({
      status: 'escalated',
      humanTouched: true,
      ownerQueue: 'general',
      escalation: { code: 'reopened', ruleId: 'reopen', detail: 'Wrong answer.' },
    });
    expect(reopened.message).toMatchObject({ author: 'agent', kind: 'reply', text: reopenNotice('de') });
    expect(reopened.clearsClaim).toBe(true);
    expect(effect(change.reopen('general'), ticketIn('resolved', { ownerQueue: 'billing' })).patch.ownerQueue).toBe(
      'billing',
    );
    expect(mutatorOf(change.reopen()).message?.(change.reopen(), null)?.text).toBe(reopenNotice(null));
  });

  it('handle time adds up on the ticket and stops at its ceiling', () => {
    expect(effect(change.handleTime(90), ticketIn('pending', { handleSeconds: 30 })).patch).toEqual({
      handleSeconds: 120,
    });
    const full = ticketIn('pending', { handleSeconds: MAX_TICKET_HANDLE_SECONDS - 10 });
    expect(effect(change.handleTime(60), full).patch).toEqual({ handleSeconds: MAX_TICKET_HANDLE_SECONDS });
    expect(mutatorOf(change.handleTime(60)).bookkeeping).toBe(true);
  });

  it('tags are added once and removed set-wise, a note keeps its mentions, and a ticket carries at most 20 tags', () => {
    const tagged = ticketIn('escalated', { tags: ['vip', 'refund'] });
    expect(effect(change.tag(['late', 'vip'], ['refund']), tagged).patch).toEqual({ tags: ['vip', 'late'] });
    expect(effect(change.tag(['late'], ['late']), tagged).patch).toEqual({ tags: ['vip', 'refund'] });
    expect(effect(change.tag(['vip']), ticketIn('new')).message).toBeNull();
    const full = ticketIn('escalated', { tags: Array.from({ length: 20 }, (_, i) => `t${i}`) });
    expect(mutatorOf(change.tag(['one-more'])).check?.(change.tag(['one-more']), full)).toMatchObject({
      kind: 'rejected',
    });
    expect(mutatorOf(change.tag(['t1'])).check?.(change.tag(['t1']), full)).toBeNull();
    const mentioning: Mutation = { ...change.note(), mentions: ['usr_ana123'] } as Mutation;
    expect(mutatorOf(mentioning).message?.(mentioning, null)).toMatchObject({ mentions: ['usr_ana123'] });
    expect(mutatorOf(change.note()).message?.(change.note(), null)).not.toHaveProperty('mentions');
  });

  it('an AI resolution answers the customer; an escalation hands the draft to a queue; both end the claim', () => {
    const resolved = effect(change.decision(resolveDecision), ticketIn('new'));
    expect(resolved.patch).toMatchObject({ status: 'ai_resolved', language: 'de', intent: 'refund', ownerQueue: null });
    expect(resolved.message).toEqual({ id: 'ai-1', author: 'ai', authorName: null, kind: 'reply', text: 'Refunded.' });
    const escalated = effect(change.decision(escalateDecision), ticketIn('new'));
    expect(escalated.patch).toMatchObject({ status: 'escalated', ownerQueue: 'billing', aiDraft: 'We will check.' });
    expect(escalated).toMatchObject({ message: null, clearsClaim: true });
    const costly = {
      ...resolveDecision,
      usage: { model: 'm', calls: 1, promptTokens: 1, completionTokens: 1, costUsd: 0.5 },
    };
    expect(effect(change.decision(costly), ticketIn('new', { modelCostUsd: 0.25 })).patch.modelCostUsd).toBe(0.75);
  });
});

describe('what a console keeps of a change the queue refused', () => {
  it('the text to send again for replies, notes, reassignments, reviews and reopens, the tags of a tag change; nothing for the rest', () => {
    const kept = (mutation: Mutation) => mutatorOf(mutation).kept?.(mutation) ?? null;
    expect(kept(change.reply(true))).toEqual({ kind: 'reply', text: 'Done.', resolve: true });
    expect(kept(change.note())).toEqual({ kind: 'note', text: 'Call back.', resolve: false });
    expect(kept(change.reassign())).toEqual({ kind: 'reassign', text: 'billing', resolve: false });
    expect(kept(change.review('flag'))).toEqual({ kind: 'review', text: 'Too slow.', resolve: false });
    expect(kept(change.review('approve'))).toEqual({ kind: 'review', text: 'approve', resolve: false });
    expect(kept(change.reopen('general'))).toEqual({ kind: 'reopen', text: 'Wrong answer.', resolve: false });
    expect(kept(change.tag(['vip']))).toEqual({
      kind: 'tag',
      text: '',
      resolve: false,
      tags: { add: ['vip'], remove: [] },
    });
    for (const mutation of [
      change.assign(),
      change.snooze(null),
      change.handback(),
      change.spam(),
      change.handleTime(5),
    ])
      expect(kept(mutation)).toBeNull();
  });
});

describe('the wire schema is the mutators’ union', () => {
  it('parses one mutation of every registered type, and nothing of an unknown type', () => {
    const samples = [
      change.reply(true),
      change.note(),
      change.decision(resolveDecision),
      change.reassign(),
      change.review('flag'),
      change.reopen('general'),
      change.assign(),
      change.snooze(null),
      change.handback(),
      change.spam(),
      change.handleTime(5),
      change.tag(['vip']),
    ];
    expect(samples.map((sample) => sample.type)).toEqual(MUTATORS.map((mutator) => mutator.type));
    for (const sample of samples) expect(MutationSchema.parse(sample)).toEqual(sample);
    expect(MutationSchema.safeParse({ ...change.note(), type: 'merge_tickets' }).success).toBe(false);
    expect(MutationSchema.safeParse({ ...change.review('approve'), verdict: 'flag' }).success).toBe(false);
  });
});
