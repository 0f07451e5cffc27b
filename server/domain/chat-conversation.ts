import type {
  WidgetConversation,
  WidgetConversationState,
  WidgetHandoff,
  WidgetMessage,
} from '../../shared/api/widget-contract.js';
import type { Message, Ticket } from '../../shared/domain/ticket.js';

/** Where the conversation stands, from its ticket (WidgetConversationStateSchema explains each). */
export function conversationState(ticket: Ticket | null): WidgetConversationState {
  if (!ticket) return 'empty';
  switch (ticket.status) {
    case 'new':
      return ticket.assignee ? 'with_person' : 'ai_typing';
    case 'ai_resolved':
      return 'ai_answered';
    case 'escalated':
    case 'pending':
      return 'with_person';
    case 'resolved':
      return 'resolved';
  }
}

/**
 * What the visitor sees of the ticket's messages: their own and the public replies, in the order written; never a
 * note, a draft, an intent or a confidence. `clientIds` maps a visitor message's id to the client id it came with.
 */
export function visitorMessages(messages: readonly Message[], clientIds: ReadonlyMap<string, string>): WidgetMessage[] {
  return messages
    .filter((message) => message.kind === 'reply')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((message) => ({
      id: message.id,
      clientMessageId: clientIds.get(message.id) ?? null,
      author: message.author,
      authorName: message.author === 'agent' ? message.authorName : null,
      text: message.text,
      at: message.createdAt,
    }));
}

export interface ConversationParts {
  ticket: Ticket | null;
  messages: readonly Message[];
  clientIds: ReadonlyMap<string, string>;
  /** The handoff while a person will answer (chat-handoff.ts); ignored in any other state. */
  handoff: WidgetHandoff | null;
  /** The ticket's feed number as the visitor last caused it to move (after a fetch marked replies sent). */
  cursor?: number;
}

/** The conversation as the widget shows it. */
export function widgetConversation(parts: ConversationParts): WidgetConversation {
  const state = conversationState(parts.ticket);
  return {
    ticketId: parts.ticket?.id ?? null,
    state,
    messages: parts.ticket ? visitorMessages(parts.messages, parts.clientIds) : [],
    handoff: state === 'with_person' ? parts.handoff : null,
    rating: parts.ticket?.csat ?? null,
    cursor: parts.cursor ?? parts.ticket?.seq ?? 0,
  };
}
