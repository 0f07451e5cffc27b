import { handlingNoteText } from '../../../shared/api/handling-notes.js';
import type { Mutation } from '../../../shared/api/mutations.js';
import { REOPEN_RULE_ID, reopenNotice } from '../../../shared/domain/reopen-notice.js';
import type { Message, Ticket } from '../../../shared/domain/ticket.js';

/**
 * How a console's own unsent change shows locally before the queue confirms it. The queue's
 * answer replaces this on the next pull; changes still in the outbox are laid over it again.
 */
export function ticketAfterLocalChange(ticket: Ticket, mutation: Mutation): Ticket {
  switch (mutation.type) {
    case 'agent_reply':
      return {
        ...ticket,
        humanTouched: true,
        status: mutation.resolve ? 'resolved' : 'pending',
        updatedAt: mutation.createdAt,
      };
    case 'note':
      return { ...ticket, updatedAt: mutation.createdAt };
    case 'reassign':
      return { ...ticket, ownerQueue: mutation.ownerQueue, humanTouched: true, updatedAt: mutation.createdAt };
    case 'assign':
      return { ...ticket, assignee: mutation.assignee, humanTouched: true, updatedAt: mutation.createdAt };
    case 'snooze':
      return { ...ticket, snoozedUntil: mutation.until, updatedAt: mutation.createdAt };
    case 'handback':
      return {
        ...ticket,
        status: 'new',
        humanTouched: false,
        escalation: null,
        aiDraft: null,
        assignee: null,
        snoozedUntil: null,
        updatedAt: mutation.createdAt,
      };
    case 'review':
      return {
        ...ticket,
        review: {
          verdict: mutation.verdict,
          reason: mutation.reason ?? null,
          by: mutation.reviewerName,
          at: mutation.createdAt,
        },
        updatedAt: mutation.createdAt,
      };
    case 'reopen':
      if (ticket.status !== 'resolved' && ticket.status !== 'ai_resolved') return ticket;
      return {
        ...ticket,
        status: 'escalated',
        humanTouched: true,
        ownerQueue: ticket.ownerQueue ?? mutation.ownerQueue ?? null,
        escalation: { code: 'reopened', ruleId: REOPEN_RULE_ID, detail: mutation.reason },
        updatedAt: mutation.createdAt,
      };
    case 'handle_time':
      // Bookkeeping: the ticket does not turn unread or "changed" for the agent who just had it open.
      return { ...ticket, handleSeconds: (ticket.handleSeconds ?? 0) + mutation.seconds };
    case 'ai_decision':
      return ticket;
  }
}

/** The message a change adds to the thread; `ticket` (as cached) gives the customer's language for a reopen notice. */
export function messageOfLocalChange(mutation: Mutation, ticket?: Ticket | null): Message | null {
  switch (mutation.type) {
    case 'reopen':
      return {
        id: mutation.messageId,
        ticketId: mutation.ticketId,
        author: 'agent',
        authorName: mutation.agentName,
        kind: 'reply',
        text: reopenNotice(ticket?.language ?? null),
        createdAt: mutation.createdAt,
        seq: 0,
      };
    case 'review':
    case 'handle_time':
      return null;
    case 'agent_reply':
    case 'note':
      return {
        id: mutation.messageId,
        ticketId: mutation.ticketId,
        author: 'agent',
        authorName: mutation.agentName,
        kind: mutation.type === 'note' ? 'note' : 'reply',
        text: mutation.text,
        createdAt: mutation.createdAt,
        seq: 0,
      };
    case 'reassign':
      return {
        id: mutation.messageId,
        ticketId: mutation.ticketId,
        author: 'agent',
        authorName: mutation.agentName,
        kind: 'note',
        text: `Reassigned to ${mutation.ownerQueue}.`,
        createdAt: mutation.createdAt,
        seq: 0,
      };
    case 'assign':
    case 'snooze':
    case 'handback':
      return {
        id: mutation.messageId,
        ticketId: mutation.ticketId,
        author: 'agent',
        authorName: mutation.agentName,
        kind: 'note',
        text: handlingNoteText(mutation),
        createdAt: mutation.createdAt,
        seq: 0,
      };
    case 'ai_decision':
      return null;
  }
}
