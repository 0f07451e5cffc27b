import { describe, expect, it } from 'vitest';
import { renewedLeaseUntil } from '../../../server/domain/claim-lease.js';
import { planRating } from '../../../server/domain/customer-rating.js';
import { planCustomerReply } from '../../../server/domain/customer-reply.js';
import { planIntake } from '../../../server/domain/intake-plan.js';
import { changedTicket } from '../../../server/domain/ticket-change.js';
import { testTicket } from '../../helpers/tickets.js';

const now = new Date('2026-05-01T09:00:00.000Z');

describe('the plans a store writes', () => {
  it('an intake: a new ticket and its first customer message with the seqs drawn, and its audit entry', () => {
    const plan = planIntake(
      {
        tenantId: 'payments',
        subject: 'Card declined',
        customer: { id: 'c1', name: 'Dana', tier: 'vip' },
        channel: 'email',
        text: 'My card was declined.',
        idempotencyKey: 'k-1',
        now,
      },
      { ticketId: 't1', messageId: 'm1' },
      { message: 7, ticket: 8 },
    );
    expect(plan.ticket).toMatchObject({ id: 't1', status: 'new', version: 1, seq: 8, createdAt: now.toISOString() });
    expect(plan.message).toEqual({
      id: 'm1',
      ticketId: 't1',
      author: 'customer',
      authorName: 'Dana',
      kind: 'reply',
      text: 'My card was declined.',
      createdAt: now.toISOString(),
      seq: 7,
    });
    expect(plan.idempotencyKey).toBe('k-1');
    expect(plan.audit).toEqual([
      expect.objectContaining({
        ticketId: 't1',
        action: 'ticket_intake',
        actor: { name: 'system', role: 'system', clientId: null, userId: null },
        inputs: expect.objectContaining({ messageId: 'm1', idempotencyKey: 'k-1', tier: 'vip' }),
      }),
    ]);
  });

  it('a customer reply: the message, the status it moves to, and the end of a snooze', () => {
    const snoozed = testTicket({ id: 't1', status: 'pending', snoozedUntil: '2026-05-02T09:00:00.000Z' });
    const reply = planCustomerReply(snoozed, 'Still broken', 'm2');
    expect(reply.patch).toEqual({ status: 'escalated', snoozedUntil: null });
    expect(reply.message).toEqual({
      id: 'm2',
      author: 'customer',
      authorName: 'Dana',
      kind: 'reply',
      text: 'Still broken',
    });
    expect(planCustomerReply(testTicket({ id: 't2', status: 'ai_resolved' }), 'Hi', 'm3').patch.status).toBe('new');
  });

  it('a rating only of a closed ticket, with a blank comment left out', () => {
    expect(planRating(testTicket({ id: 't1', status: 'escalated' }), 5, 'Great', now)).toBeNull();
    expect(planRating(testTicket({ id: 't1', status: 'resolved' }), 4, '  ', now)).toEqual({
      patch: { csat: { score: 4, at: now.toISOString() } },
      message: null,
    });
  });

  it('a change moves version and seq on, and keeps updatedAt for bookkeeping only', () => {
    const ticket = testTicket({ id: 't1', version: 3 });
    const at = now.toISOString();
    expect(changedTicket(ticket, { patch: { status: 'pending' }, message: null }, at, 12)).toMatchObject({
      status: 'pending',
      version: 4,
      seq: 12,
      updatedAt: at,
    });
    const quiet = changedTicket(ticket, { patch: { handleSeconds: 30 }, message: null, quiet: true }, at, 13);
    expect(quiet).toMatchObject({ handleSeconds: 30, version: 4, seq: 13, updatedAt: ticket.updatedAt });
  });

  it('a lease is renewed only for its holder, on a new ticket, before it runs out', () => {
    const renewal = { workerId: 'bot-1', leaseMs: 60_000, now };
    const live = { claimedBy: 'bot-1', leaseUntil: now.getTime() + 1 };
    expect(renewedLeaseUntil('new', live, renewal)).toBe(now.getTime() + 60_000);
    expect(renewedLeaseUntil('new', { ...live, leaseUntil: now.getTime() }, renewal)).toBeNull();
    expect(renewedLeaseUntil('new', { ...live, claimedBy: 'bot-2' }, renewal)).toBeNull();
    expect(renewedLeaseUntil('escalated', live, renewal)).toBeNull();
  });
});
