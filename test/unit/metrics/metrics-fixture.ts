import type { Message, Ticket } from '../../../shared/domain/ticket.js';
import type { ReviewSignals } from '../../../shared/metrics/ticket-facts.js';

/**
 * Nine tickets whose every figure is worked out by hand in metrics.test.ts.
 * "Now" is 2026-03-10T12:00:00Z; the reopen window is the default 72 h; an agent hour costs $30.
 *
 * | t  | created (UTC)    | queue   | lang | market | intent    | status      | thread (after the customer's first message)                         | csat | model $ | handle s | review        |
 * | T1 | 03-01 10:00:00   | -       | en   | US     | refund    | ai_resolved | AI reply +30 s                                                       | 5    | 0.02    | 0        |               |
 * | T2 | 03-01 11:00:00   | billing | de   | DE     | refund    | resolved    | AI reply +60 s; customer 03-02 09:00 (22 h: reopen); AI escalated    | 2    | 0.03    | 300      |               |
 * |    |                  |         |      |        |           |             | with draft "Wir prüfen das."; agent sends it unchanged 03-02 10:00   |      |         |          |               |
 * | T3 | 03-02 08:00:00   | cards   | en   | GB     | card_lost | resolved    | AI escalated, draft "We blocked your card."; agent edits it, 08:20   | 5    | 0.01    | 600      |               |
 * | T4 | 03-02 09:00:00   | -       | en   | US     | refund    | ai_resolved | AI reply +10 s                                                       | -    | 0.02    | 0        | flagged       |
 * | T5 | 03-09 12:00:00   | -       | fr   | FR     | card_lost | ai_resolved | AI reply +120 s (closed 24 h before now: window still open)          | 4    | 0       | 0        |               |
 * | T6 | 03-09 13:00:00   | cards   | en   | US     | -         | escalated   | AI escalated without draft; no reply yet                             | -    | 0.01    | 120      |               |
 * | T7 | 03-01 12:00:00   | cards   | de   | DE     | card_lost | pending     | AI escalated, draft "Karte gesperrt."; agent sends it +30 min        | -    | 0.01    | 180      |               |
 * |    |                  |         |      |        |           |             | (with extra spaces), not resolving                                   |      |         |          |               |
 * | T8 | 03-02 15:00:00   | -       | en   | -      | refund    | ai_resolved | AI reply +20 s; customer 03-06 15:00:20 (96 h: not a reopen); AI     | 3    | 0.04    | 0        |               |
 * |    |                  |         |      |        |           |             | replies again 03-06 15:01:20                                         |      |         |          |               |
 * | T9 | 03-03 10:00:00   | billing | es   | ES     | refund    | escalated   | AI reply +40 s; then a lead reopened it (no AI escalation)           | -    | 0.02    | 0        | lead reopened |
 */
export const NOW = Date.parse('2026-03-10T12:00:00.000Z');

interface Spec {
  id: string;
  created: string;
  queue: string | null;
  language: string;
  market: string | null;
  intent: string | null;
  status: Ticket['status'];
  escalated?: boolean;
  draft?: string | null;
  csat?: number;
  modelCostUsd: number;
  handleSeconds: number;
  /** [author, kind, text, ISO time] after the customer's first message at `created`. */
  thread: Array<[Message['author'], Message['kind'], string, string]>;
  signals?: ReviewSignals;
}

const specs: Spec[] = [
  {
    id: 'T1',
    created: '2026-03-01T10:00:00Z',
    queue: null,
    language: 'en',
    market: 'US',
    intent: 'refund',
    status: 'ai_resolved',
    csat: 5,
    modelCostUsd: 0.02,
    handleSeconds: 0,
    thread: [['ai', 'reply', 'Your refund is on its way.', '2026-03-01T10:00:30Z']],
  },
  {
    id: 'T2',
    created: '2026-03-01T11:00:00Z',
    queue: 'billing',
    language: 'de',
    market: 'DE',
    intent: 'refund',
    status: 'resolved',
    escalated: true,
    draft: 'Wir prüfen das.',
    csat: 2,
    modelCostUsd: 0.03,
    handleSeconds: 300,
    thread: [
      ['ai', 'reply', 'Die Erstattung ist unterwegs.', '2026-03-01T11:01:00Z'],
      ['customer', 'reply', 'Nichts ist angekommen.', '2026-03-02T09:00:00Z'],
      ['agent', 'note', 'Checking with billing.', '2026-03-02T09:30:00Z'],
      ['agent', 'reply', 'Wir prüfen das.', '2026-03-02T10:00:00Z'],
    ],
  },
  {
    id: 'T3',
    created: '2026-03-02T08:00:00Z',
    queue: 'cards',
    language: 'en',
    market: 'GB',
    intent: 'card_lost',
    status: 'resolved',
    escalated: true,
    draft: 'We blocked your card.',
    csat: 5,
    modelCostUsd: 0.01,
    handleSeconds: 600,
    thread: [['agent', 'reply', 'We blocked your card. A new one is on its way.', '2026-03-02T08:20:00Z']],
  },
  {
    id: 'T4',
    created: '2026-03-02T09:00:00Z',
    queue: null,
    language: 'en',
    market: 'US',
    intent: 'refund',
    status: 'ai_resolved',
    modelCostUsd: 0.02,
    handleSeconds: 0,
    signals: { flagged: true },
    thread: [['ai', 'reply', 'Refunds take five days.', '2026-03-02T09:00:10Z']],
  },
  {
    id: 'T5',
    created: '2026-03-09T12:00:00Z',
    queue: null,
    language: 'fr',
    market: 'FR',
    intent: 'card_lost',
    status: 'ai_resolved',
    csat: 4,
    modelCostUsd: 0,
    handleSeconds: 0,
    thread: [['ai', 'reply', 'Votre carte est bloquée.', '2026-03-09T12:02:00Z']],
  },
  {
    id: 'T6',
    created: '2026-03-09T13:00:00Z',
    queue: 'cards',
    language: 'en',
    market: 'US',
    intent: null,
    status: 'escalated',
    escalated: true,
    draft: null,
    modelCostUsd: 0.01,
    handleSeconds: 120,
    thread: [],
  },
  {
    id: 'T7',
    created: '2026-03-01T12:00:00Z',
    queue: 'cards',
    language: 'de',
    market: 'DE',
    intent: 'card_lost',
    status: 'pending',
    escalated: true,
    draft: 'Karte gesperrt.',
    modelCostUsd: 0.01,
    handleSeconds: 180,
    thread: [['agent', 'reply', '  Karte   gesperrt. ', '2026-03-01T12:30:00Z']],
  },
  {
    id: 'T8',
    created: '2026-03-02T15:00:00Z',
    queue: null,
    language: 'en',
    market: null,
    intent: 'refund',
    status: 'ai_resolved',
    csat: 3,
    modelCostUsd: 0.04,
    handleSeconds: 0,
    thread: [
      ['ai', 'reply', 'Refund sent.', '2026-03-02T15:00:20Z'],
      ['customer', 'reply', 'Still nothing.', '2026-03-06T15:00:20Z'],
      ['ai', 'reply', 'It arrived today.', '2026-03-06T15:01:20Z'],
    ],
  },
  {
    id: 'T9',
    created: '2026-03-03T10:00:00Z',
    queue: 'billing',
    language: 'es',
    market: 'ES',
    intent: 'refund',
    status: 'escalated',
    modelCostUsd: 0.02,
    handleSeconds: 0,
    signals: { reopenedByLead: true },
    thread: [['ai', 'reply', 'El reembolso está en camino.', '2026-03-03T10:00:40Z']],
  },
];

export interface FixtureTicket {
  ticket: Ticket;
  messages: Message[];
  signals: ReviewSignals;
}

export function fixtureTickets(): FixtureTicket[] {
  return specs.map((spec, index) => {
    const createdAt = new Date(spec.created).toISOString();
    const thread: Spec['thread'] = [['customer', 'reply', `Help with ${spec.id}`, spec.created], ...spec.thread];
    const messages: Message[] = thread.map(([author, kind, text, at], n) => ({
      id: `${spec.id}-m${n}`,
      ticketId: spec.id,
      author,
      authorName: author === 'agent' ? 'Ana' : null,
      kind,
      text,
      createdAt: new Date(at).toISOString(),
      seq: index * 10 + n + 1,
    }));
    const ticket: Ticket = {
      id: spec.id,
      tenantId: 'northwind',
      subject: `Ticket ${spec.id}`,
      customer: {
        id: `c-${spec.id}`,
        name: 'Customer',
        tier: 'standard',
        ...(spec.market ? { market: spec.market } : {}),
      },
      channel: 'chat',
      status: spec.status,
      language: spec.language,
      intent: spec.intent,
      confidence: 0.9,
      ownerQueue: spec.queue,
      escalation: spec.escalated ? { code: 'low_confidence', ruleId: 'catch-all', detail: 'Not sure.' } : null,
      aiDraft: spec.draft ?? null,
      summary: null,
      humanTouched: thread.some(([author]) => author === 'agent'),
      csat: spec.csat === undefined ? null : { score: spec.csat, at: '2026-03-09T00:00:00.000Z' },
      review: null,
      modelCostUsd: spec.modelCostUsd,
      handleSeconds: spec.handleSeconds,
      version: 3,
      createdAt,
      updatedAt: messages.at(-1)?.createdAt ?? createdAt,
      seq: index + 1,
    };
    return { ticket, messages, signals: spec.signals ?? {} };
  });
}
