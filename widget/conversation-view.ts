import type { WidgetConversation, WidgetHandoff, WidgetMessage } from '../shared/api/widget-contract.js';

/** A message the visitor sent that the queue has not confirmed yet (retried with the same clientMessageId). */
export interface PendingMessage {
  readonly clientMessageId: string;
  readonly text: string;
}

/** One line of the message list: a stored message, or the visitor's own still being sent. */
export interface ChatItem {
  /** Stable across the send: the clientMessageId for the visitor's messages, the message id for the others. */
  readonly key: string;
  readonly author: WidgetMessage['author'];
  readonly authorName: string | null;
  readonly text: string;
  readonly sending: boolean;
}

/** What the panel shows of a conversation and the messages on their way. */
export interface ConversationView {
  readonly items: readonly ChatItem[];
  /** The AI is deciding: the typing indicator. */
  readonly typing: boolean;
  /** Set while a person will answer: the handoff notice. */
  readonly handoff: WidgetHandoff | null;
  readonly resolved: boolean;
  /** Resolved and not rated yet: the rating prompt. */
  readonly askRating: boolean;
  readonly rated: boolean;
}

/** A person will answer, when unknown. */
const UNKNOWN_HANDOFF: WidgetHandoff = { openNow: null, opensAt: null, firstReplyMinutes: null };

const itemOf = (message: WidgetMessage): ChatItem => ({
  key: message.clientMessageId ?? message.id,
  author: message.author,
  authorName: message.authorName,
  text: message.text,
  sending: false,
});

/** The messages the queue has not confirmed: those whose clientMessageId the conversation does not hold. */
export function unconfirmed(
  pending: readonly PendingMessage[],
  conversation: WidgetConversation | null,
): PendingMessage[] {
  const stored = new Set(conversation?.messages.map((message) => message.clientMessageId) ?? []);
  return pending.filter((message) => !stored.has(message.clientMessageId));
}

export function conversationView(
  conversation: WidgetConversation | null,
  pending: readonly PendingMessage[],
): ConversationView {
  const sending = unconfirmed(pending, conversation).map((message): ChatItem => ({
    key: message.clientMessageId,
    author: 'customer',
    authorName: null,
    text: message.text,
    sending: true,
  }));
  const state = conversation?.state ?? 'empty';
  const rated = (conversation?.rating ?? null) !== null;
  return {
    items: [...(conversation?.messages.map(itemOf) ?? []), ...sending],
    typing: state === 'ai_typing',
    handoff: state === 'with_person' ? (conversation?.handoff ?? UNKNOWN_HANDOFF) : null,
    resolved: state === 'resolved',
    askRating: state === 'resolved' && !rated,
    rated,
  };
}

/** The AI's and agents' messages not shown before: what the live region announces. */
export function arrivals(shownKeys: ReadonlySet<string>, items: readonly ChatItem[]): ChatItem[] {
  return items.filter((item) => item.author !== 'customer' && !shownKeys.has(item.key));
}
