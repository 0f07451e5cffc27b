import { describe, expect, it } from 'vitest';
import type { Message } from '../../../../shared/domain/ticket.js';
import { wouldRepeatAiReply } from '../../../../server/domain/email-reply-rule.js';

let seq = 0;
const message = (author: Message['author'], kind: Message['kind'] = 'reply'): Message => ({
  id: `msg_${++seq}`,
  ticketId: 'tkt_1',
  author,
  authorName: null,
  kind,
  text: `${author} ${kind}`,
  createdAt: '2026-12-06T10:00:00.000Z',
  seq,
});

describe('one AI reply per mail thread without a person', () => {
  it('lets the AI answer a first time', () => {
    expect(wouldRepeatAiReply([message('customer')])).toBe(false);
  });

  it('holds a second AI answer when only more mail came back', () => {
    expect(wouldRepeatAiReply([message('customer'), message('ai'), message('customer')])).toBe(true);
  });

  it("an agent's internal note is not an answer: still held", () => {
    expect(
      wouldRepeatAiReply([message('customer'), message('ai'), message('agent', 'note'), message('customer')]),
    ).toBe(true);
  });

  it("an agent's reply since the AI's makes the next AI answer a first one again", () => {
    expect(wouldRepeatAiReply([message('customer'), message('ai'), message('agent'), message('customer')])).toBe(false);
  });
});
