import { describe, expect, it } from 'vitest';
import type { TicketStatus } from '../../../shared/domain/ticket.js';
import { mutatorOf } from '../../../shared/mutations/index.js';
import { AT, change, ticketIn } from './samples.js';

const spam = change.spam();
const rules = mutatorOf(spam);

describe('marking a ticket as spam', () => {
  it('is for tickets a person holds: escalated, pending or resolved', () => {
    const statuses: TicketStatus[] = ['new', 'escalated', 'pending', 'resolved', 'ai_resolved'];
    expect(statuses.filter((status) => rules.check?.(spam, ticketIn(status)) == null)).toEqual([
      'escalated',
      'pending',
      'resolved',
    ]);
  });

  it('is refused on an AI-resolved ticket (a lead reopens it first) and on a new one (still with the AI)', () => {
    expect(rules.check?.(spam, ticketIn('ai_resolved'))).toEqual({
      kind: 'rejected',
      error: 'The AI resolved this ticket; a team lead can reopen it after review, and then mark it as spam.',
    });
    expect(rules.check?.(spam, ticketIn('new'))).toEqual({
      kind: 'rejected',
      error: 'A new ticket is with the AI; it can be marked as spam once the AI hands it to a person.',
    });
  });

  it('resolves the ticket awake, with an internal note by the agent, ends the claim and counts as a resolve', () => {
    const snoozed = ticketIn('escalated', { snoozedUntil: '2026-05-03T08:00:00.000Z' });
    expect(rules.patch(spam, snoozed, AT)).toEqual({ status: 'resolved', humanTouched: true, snoozedUntil: null });
    expect(rules.message?.(spam, snoozed)).toEqual({
      id: 'm1',
      author: 'agent',
      authorName: 'Sam',
      kind: 'note',
      text: 'Marked as spam.',
    });
    expect(rules.message?.(spam, null)?.kind).toBe('note');
    expect(rules.clearsClaim).toBe(true);
    expect(rules.handling?.(spam)).toBe('resolve');
    expect(rules.kept?.(spam) ?? null).toBeNull();
  });
});
