import { describe, expect, it } from 'vitest';
import { HistoryLabeller, intentsInReply, singleIntentArticleTexts } from '../../../engine/history-labels.js';
import { newTicket, type Message, type Ticket, type TicketStatus } from '../../../shared/domain/ticket.js';
import type { ArticleSetting } from '../../../shared/settings/setting-values.js';
import type { SettingEntry } from '../../../shared/settings/tenant-settings.js';

const AT = '2026-01-01T00:00:00.000Z';

function article(id: string, value: Partial<ArticleSetting> & { body: string }): SettingEntry<'article'> {
  return {
    id,
    version: 1,
    savedAt: AT,
    savedBy: 'lead',
    value: {
      status: value.status ?? 'published',
      intents: value.intents ?? [],
      versions: { en: { title: id, body: value.body } },
    },
  };
}

const ARTICLES = singleIntentArticleTexts([
  article('refund', { intents: ['get_refund'], body: 'Refunds reach your card **within five days**.' }),
  article('track', { intents: ['track_order'], body: 'Follow your parcel with the link in your confirmation mail.' }),
  article('both', { intents: ['get_refund', 'cancel_order'], body: 'Cancelled orders are refunded within a week.' }),
  article('draft', {
    status: 'draft',
    intents: ['change_password'],
    body: 'Reset the password from the sign-in page.',
  }),
  article('short', { intents: ['greeting'], body: 'Hello!' }),
]);

function ticket(id: string, status: TicketStatus): Ticket {
  return {
    ...newTicket({
      id,
      tenantId: 't',
      subject: 's',
      customer: { id: 'c', name: 'C', tier: 'standard' },
      channel: 'api',
      at: AT,
      seq: 1,
    }),
    status,
    language: 'en',
  };
}

let seq = 0;
function message(ticketId: string, author: Message['author'], text: string, kind: Message['kind'] = 'reply'): Message {
  seq++;
  return { id: `m${seq}`, ticketId, author, authorName: null, kind, text, createdAt: AT, seq };
}

describe('the labelling rule', () => {
  it('knows only published articles that name exactly one intent and are long enough to be recognised', () => {
    expect(ARTICLES.map((a) => a.intent).sort()).toEqual(['get_refund', 'track_order']);
    // The reply holds the article as the console inserts it (plain text, Markdown marks gone), spacing aside.
    expect(intentsInReply('Hi Ada,\n\nRefunds reach your card within\nfive days.\n\nSam', ARTICLES)).toEqual([
      'get_refund',
    ]);
    expect(intentsInReply('Refunds reach your card soon.', ARTICLES)).toEqual([]);
  });

  it("labels a ticket a person resolved with one intent's articles with the customer's first message", () => {
    const labeller = new HistoryLabeller(ARTICLES);
    labeller.read({
      messages: [
        message('t1', 'customer', 'Where is my money? I sent the shoes back'),
        message('t1', 'customer', 'Hello?'),
        message('t1', 'agent', 'Checked the ledger.', 'note'),
        message('t1', 'agent', 'Refunds reach your card within five days.'),
      ],
      tickets: [ticket('t1', 'resolved')],
    });
    expect(labeller.labelled).toEqual([
      { ticketId: 't1', text: 'Where is my money? I sent the shoes back', label: 'get_refund', language: 'en' },
    ]);
  });

  it('labels nothing that is not resolved by a person, answered without an article, or with two intents', () => {
    const labeller = new HistoryLabeller(ARTICLES);
    const refund = 'Refunds reach your card within five days.';
    const track = 'Follow your parcel with the link in your confirmation mail.';
    labeller.read({
      messages: [
        message('pending', 'customer', 'Refund please'),
        message('pending', 'agent', refund),
        message('by-ai', 'customer', 'Refund please'),
        message('by-ai', 'ai', refund),
        message('typed', 'customer', 'Refund please'),
        message('typed', 'agent', 'Your refund is on its way.'),
        message('two', 'customer', 'Refund and where is my parcel'),
        message('two', 'agent', `${refund} ${track}`),
      ],
      tickets: [
        ticket('pending', 'pending'),
        ticket('by-ai', 'ai_resolved'),
        ticket('typed', 'resolved'),
        ticket('two', 'resolved'),
      ],
    });
    expect(labeller.count).toBe(0);
  });

  it('forgets the label of a ticket reopened, and labels it again when resolved again', () => {
    const labeller = new HistoryLabeller(ARTICLES);
    labeller.read({
      messages: [
        message('t2', 'customer', 'Where is my parcel'),
        message('t2', 'agent', 'Follow your parcel with the link in your confirmation mail.'),
      ],
      tickets: [ticket('t2', 'resolved')],
    });
    expect(labeller.count).toBe(1);
    labeller.read({ messages: [message('t2', 'customer', 'The link is broken')], tickets: [ticket('t2', 'pending')] });
    expect(labeller.count).toBe(0);
    labeller.read({ messages: [], tickets: [ticket('t2', 'resolved')] });
    expect(labeller.labelled).toMatchObject([{ ticketId: 't2', label: 'track_order', text: 'Where is my parcel' }]);
  });
});
