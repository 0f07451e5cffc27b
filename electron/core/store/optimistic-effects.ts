import type { Mutation } from '../../../shared/api/mutations.js';
import type { Message, Ticket } from '../../../shared/domain/ticket.js';

/**
 * How a console's own unsent change shows locally before the queue confirms it. The queue's
 * answer replaces this on the next pull; changes still in the outbox are laid over it again.
 */
export function ticketAfterLocalChange(ticket: Ticket, mutation: Mutation): Ticket {
  switch (mutation.type) {
    case 'agent_reply':
      return { ...ticket, humanTouched: true, status: mutation.resolve ? 'resolved' : 'pending', updatedAt: mutation.createdAt };
    case 'note':
      return { ...ticket, updatedAt: mutation.createdAt };
    case 'reassign':
      return { ...ticket, ownerQueue: mutation.ownerQueue, humanTouched: true, updatedAt: mutation.createdAt };
    case 'ai_decision':
      return ticket;
  }
}

export function messageOfLocalChange(mutation: Mutation): Message | null {
  switch (mutation.type) {
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
    case 'ai_decision':
      return null;
  }
}
