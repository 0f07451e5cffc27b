import { describe, expect, it } from 'vitest';
import { zendeskTicket } from '../../../../server/import/zendesk-tickets.js';

const requester = { id: 7, name: 'Jürgen Müller', email: 'Juergen@Example.com', role: 'end-user', locale: 'de-ch' };
const agent = { id: 9, name: 'Sam Agent', role: 'agent' };
const comment = (id: number, authorId: number, fields: Record<string, unknown> = {}) => ({
  id,
  author_id: authorId,
  body: `comment ${id}`,
  public: true,
  created_at: new Date(Date.UTC(2026, 0, 5, 8, id)).toISOString(),
  ...fields,
});
const line = (fields: Record<string, unknown> = {}) => ({
  id: 42,
  subject: 'Karte abgelehnt',
  status: 'open',
  priority: 'high',
  type: 'incident',
  tags: ['card', 'vip'],
  requester_id: 7,
  created_at: '2026-01-05T08:00:00Z',
  updated_at: '2026-01-05T09:00:00Z',
  via: { channel: 'email' },
  comments: [
    comment(1, 7),
    comment(2, 9, { public: false }),
    comment(3, 9, { body: null, html_body: '<p>Hi <b>there</b></p>' }),
  ],
  users: [requester, agent],
  ...fields,
});

describe('a Zendesk ticket line as the ticket to import', () => {
  it('maps the requester, comments (author, note or reply, times), status, language and details', () => {
    const reading = zendeskTicket(line(), { ownerQueue: 'billing' });
    if (!reading.ok) throw new Error(reading.reason);
    expect(reading.ticket).toEqual({
      externalId: '42',
      subject: 'Karte abgelehnt',
      customer: { id: 'juergen@example.com', name: 'Jürgen Müller', email: 'juergen@example.com', tier: 'standard' },
      channel: 'email',
      status: 'escalated',
      language: 'de',
      ownerQueue: 'billing',
      escalation: { code: 'human_owned', ruleId: 'import', detail: 'Still open in Zendesk when it was imported.' },
      createdAt: '2026-01-05T08:00:00.000Z',
      updatedAt: '2026-01-05T09:00:00.000Z',
      messages: [
        {
          externalId: '1',
          author: 'customer',
          authorName: 'Jürgen Müller',
          kind: 'reply',
          text: 'comment 1',
          createdAt: '2026-01-05T08:01:00.000Z',
        },
        {
          externalId: '2',
          author: 'agent',
          authorName: 'Sam Agent',
          kind: 'note',
          text: 'comment 2',
          createdAt: '2026-01-05T08:02:00.000Z',
        },
        {
          externalId: '3',
          author: 'agent',
          authorName: 'Sam Agent',
          kind: 'reply',
          text: 'Hi **there**',
          createdAt: '2026-01-05T08:03:00.000Z',
        },
      ],
      details: { priority: 'high', type: 'incident', tags: ['card', 'vip'] },
    });
  });

  it.each([
    ['solved', 'resolved'],
    ['closed', 'resolved'],
    ['pending', 'pending'],
    ['hold', 'escalated'],
    ['new', 'escalated'],
  ])('keeps Zendesk status %s as %s, never new (the autopilot does not pick history up)', (status, expected) => {
    const reading = zendeskTicket(line({ status }), { ownerQueue: 'billing' });
    expect(reading.ok && reading.ticket.status).toBe(expected);
    expect(reading.ok && reading.ticket.ownerQueue).toBe(expected === 'escalated' ? 'billing' : null);
  });

  it('uses the description when there are no comments, and names an unknown requester by id', () => {
    const reading = zendeskTicket(line({ comments: [], users: [], description: 'Only this', subject: '' }), {
      ownerQueue: null,
    });
    if (!reading.ok) throw new Error(reading.reason);
    expect(reading.ticket.subject).toBe('Only this');
    expect(reading.ticket.customer).toEqual({ id: 'zendesk-user-7', name: 'Zendesk user 7', tier: 'standard' });
    expect(reading.ticket.messages).toMatchObject([
      { externalId: 'description', author: 'customer', text: 'Only this' },
    ]);
  });

  it('leaves comments without text out and counts them', () => {
    const reading = zendeskTicket(line({ comments: [comment(1, 7), comment(2, 9, { body: '  ' })] }), {
      ownerQueue: null,
    });
    expect(reading.ok && reading.emptyComments).toBe(1);
    expect(reading.ok && reading.ticket.messages).toHaveLength(1);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['an unknown status', { status: 'sleeping' }, /^status: /],
    ['a time that is no time', { created_at: 'yesterday' }, /^created_at: is not a date and time/],
    ['no requester', { requester_id: undefined }, /^requester_id: /],
    [
      'a comment over the message limit',
      { comments: [comment(1, 7, { body: 'x'.repeat(20_001) })] },
      /comment 1 of ticket 42 is 20,001 characters, more than 20,000/,
    ],
    [
      'too many comments',
      { comments: Array.from({ length: 1_001 }, (_, index) => comment(index, 7)) },
      /1001 comments, more than 1000/,
    ],
    ['too many tags', { tags: Array.from({ length: 101 }, (_, index) => `t${index}`) }, /more than 100 tags/],
    ['no text at all', { comments: [], description: '' }, /has no comment with text/],
  ])('refuses a line with %s, saying why', (_what, fields, reason) => {
    const reading = zendeskTicket(line(fields), { ownerQueue: null });
    expect(reading.ok ? 'imported' : reading.reason).toMatch(reason);
  });
});
