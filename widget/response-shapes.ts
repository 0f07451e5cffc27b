import type { WidgetConfig, WidgetConversation, WidgetSession } from '../shared/api/widget-contract.js';

/**
 * The queue's answers checked for the fields the widget reads, by hand: the contract's zod schemas would triple
 * the script's size. The queue validates what it stores; these guards keep a wrong answer from reaching the DOM.
 */
type Shape = Readonly<Record<string, unknown>>;

const isShape = (value: unknown): value is Shape => typeof value === 'object' && value !== null;
const STATES: ReadonlySet<unknown> = new Set(['empty', 'ai_typing', 'ai_answered', 'with_person', 'resolved']);
const AUTHORS: ReadonlySet<unknown> = new Set(['customer', 'ai', 'agent']);

const isMessage = (value: unknown) =>
  isShape(value) &&
  typeof value.id === 'string' &&
  typeof value.text === 'string' &&
  AUTHORS.has(value.author) &&
  (value.clientMessageId === null || typeof value.clientMessageId === 'string') &&
  (value.authorName === null || typeof value.authorName === 'string');

export function isWidgetConversation(value: unknown): value is WidgetConversation {
  return (
    isShape(value) &&
    STATES.has(value.state) &&
    typeof value.cursor === 'number' &&
    Array.isArray(value.messages) &&
    value.messages.every(isMessage) &&
    (value.handoff === null || isShape(value.handoff)) &&
    (value.rating === null || isShape(value.rating))
  );
}

export function isWidgetSession(value: unknown): value is WidgetSession {
  return isShape(value) && typeof value.sessionToken === 'string' && isWidgetConversation(value.conversation);
}

export function isWidgetConfig(value: unknown): value is WidgetConfig {
  return (
    isShape(value) &&
    typeof value.title === 'string' &&
    typeof value.accentColor === 'string' &&
    (value.position === 'left' || value.position === 'right') &&
    isShape(value.greeting) &&
    Object.values(value.greeting).every((greeting) => typeof greeting === 'string')
  );
}
