import { describe, expect, it } from 'vitest';
import type { WidgetConversation, WidgetMessage } from '../../../shared/api/widget-contract.js';
import { arrivals, conversationView, unconfirmed } from '../../../widget/conversation-view.js';

const message = (fields: Partial<WidgetMessage> & Pick<WidgetMessage, 'id' | 'author' | 'text'>): WidgetMessage => ({
  clientMessageId: null,
  authorName: null,
  at: '2026-12-06T20:00:00.000Z',
  ...fields,
});

const conversation = (fields: Partial<WidgetConversation>): WidgetConversation => ({
  ticketId: 'tkt_1',
  state: 'ai_answered',
  messages: [],
  handoff: null,
  rating: null,
  cursor: 1,
  ...fields,
});

const question = message({ id: 'msg_1', clientMessageId: 'c1', author: 'customer', text: 'Where is my order?' });
const answer = message({ id: 'msg_2', author: 'ai', text: 'It ships today.' });

describe('conversationView (what the panel shows)', () => {
  it('shows the visitor message being sent after the stored ones, marked sending, until the queue has it', () => {
    const pending = [
      { clientMessageId: 'c1', text: 'Where is my order?' },
      { clientMessageId: 'c2', text: 'And the invoice?' },
    ];
    const before = conversationView(conversation({ state: 'ai_typing', messages: [question] }), pending);
    expect(before.items.map((item) => [item.key, item.sending])).toEqual([
      ['c1', false],
      ['c2', true],
    ]);
    expect(before.typing).toBe(true);
    const stored = message({ id: 'msg_3', clientMessageId: 'c2', author: 'customer', text: 'And the invoice?' });
    const after = conversationView(conversation({ messages: [question, answer, stored] }), pending);
    expect(after.items.map((item) => [item.key, item.sending])).toEqual([
      ['c1', false],
      ['msg_2', false],
      ['c2', false],
    ]);
    expect(after.typing).toBe(false);
  });

  it('before any session: only the messages on their way', () => {
    const view = conversationView(null, [{ clientMessageId: 'c1', text: 'Hi' }]);
    expect(view.items).toEqual([{ key: 'c1', author: 'customer', authorName: null, text: 'Hi', sending: true }]);
    expect([view.typing, view.handoff, view.resolved, view.askRating]).toEqual([false, null, false, false]);
  });

  it('gives the handoff while a person will answer, an unknown one when the queue sent none', () => {
    const handoff = { openNow: false, opensAt: '2026-12-07T08:00:00.000Z', firstReplyMinutes: 60 };
    expect(conversationView(conversation({ state: 'with_person', handoff }), []).handoff).toEqual(handoff);
    expect(conversationView(conversation({ state: 'with_person' }), []).handoff).toEqual({
      openNow: null,
      opensAt: null,
      firstReplyMinutes: null,
    });
    expect(conversationView(conversation({ state: 'ai_answered', handoff }), []).handoff).toBeNull();
  });

  it('asks for a rating once resolved and thanks once rated', () => {
    const resolved = conversationView(conversation({ state: 'resolved' }), []);
    expect([resolved.resolved, resolved.askRating, resolved.rated]).toEqual([true, true, false]);
    const rating = { score: 4, at: '2026-12-06T20:05:00.000Z' };
    const rated = conversationView(conversation({ state: 'resolved', rating }), []);
    expect([rated.askRating, rated.rated]).toEqual([false, true]);
  });

  it('keeps only the unconfirmed messages, and announces only new AI and agent messages', () => {
    const pending = [
      { clientMessageId: 'c1', text: 'Where is my order?' },
      { clientMessageId: 'c9', text: 'Hello?' },
    ];
    expect(unconfirmed(pending, conversation({ messages: [question] }))).toEqual([pending[1]]);
    const agent = message({ id: 'msg_4', author: 'agent', authorName: 'Maya', text: 'Hi, Maya here.' });
    const items = conversationView(conversation({ messages: [question, answer, agent] }), []).items;
    expect(arrivals(new Set(['c1', 'msg_2']), items).map((item) => item.key)).toEqual(['msg_4']);
    expect(arrivals(new Set(), items).map((item) => item.key)).toEqual(['msg_2', 'msg_4']);
  });
});
