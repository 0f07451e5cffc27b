import { beforeEach, describe, expect, it } from 'vitest';
import { InboxQueries } from '../../../electron/core/store/inbox-queries.js';
import { TicketCache } from '../../../electron/core/store/ticket-cache.js';
import { newTicket, type Ticket } from '../../../shared/domain/ticket.js';
import { DEFAULT_SLA_POLICY, slaPolicyBook } from '../../../shared/sla/inbox-policy.js';
import { QueueSlaPolicySchema } from '../../../shared/sla/sla-policy.js';
import { consoleFilePerTest } from '../../helpers/test-consoles.js';

const NOW = new Date('2026-03-02T12:00:00.000Z');

function escalated(
  i: number,
  overrides: Partial<Ticket> & { tier?: 'standard' | 'premium' | 'vip'; minutesAgo?: number } = {},
): Ticket {
  const { tier = 'standard', minutesAgo = i, ...rest } = overrides;
  return {
    ...newTicket({
      id: `t${String(i).padStart(4, '0')}`,
      tenantId: 'payments',
      subject: `Subject ${i}`,
      customer: { id: `c${i}`, name: `Customer ${i}`, tier },
      channel: 'chat',
      at: new Date(NOW.getTime() - minutesAgo * 60_000).toISOString(),
      seq: i + 1,
    }),
    status: 'escalated',
    language: i % 2 === 0 ? 'en' : 'de',
    intent: 'card_arrival',
    ownerQueue: i % 3 === 0 ? 'cards' : 'general',
    escalation: { code: i % 2 === 0 ? 'low_confidence' : 'human_requested', ruleId: 'r', detail: 'd' },
    ...rest,
  };
}

describe('the windowed inbox over the local cache (real SQLite)', () => {
  const file = consoleFilePerTest();
  let cache: TicketCache;
  let inbox: InboxQueries;

  beforeEach(() => {
    cache = new TicketCache(file.db);
    // No policies: every queue counts by the round-the-clock default (standard 8 h, premium 2 h, VIP 30 min).
    cache.useSlaPolicies(slaPolicyBook([]));
    inbox = new InboxQueries(
      file.db,
      () => 'Sam',
      (queue) => cache.slaPolicyFor(queue).policy.businessHours,
    );
  });

  it('orders escalations by SLA due time (first-reply minutes of the tier after creation, round the clock) and pages through them without gaps or repeats', () => {
    cache.transaction(() => {
      for (let i = 0; i < 250; i++)
        cache.putTicket(
          escalated(i, { tier: i % 5 === 0 ? 'vip' : i % 5 === 1 ? 'premium' : 'standard', minutesAgo: (i * 7) % 600 }),
        );
      cache.putTicket({ ...escalated(999), status: 'pending' });
    });
    const seen: string[] = [];
    let previousDue = '';
    for (let offset = 0; offset < 300; offset += 40) {
      const page = inbox.window({ offset, limit: 40 }, NOW);
      expect(page.total).toBe(250);
      expect(page.offset).toBe(offset);
      for (const row of page.rows) {
        expect(row.dueAt >= previousDue).toBe(true);
        previousDue = row.dueAt;
        seen.push(row.id);
      }
    }
    expect(seen).toHaveLength(250);
    expect(new Set(seen).size).toBe(250);
    expect(seen).not.toContain('t0999');
    // t0005 is VIP, created 35 min ago: its first reply was due 5 min ago, counted in the default's hours.
    const vip = inbox
      .window({ offset: 0, limit: 300, filters: { tier: 'vip' } }, NOW)
      .rows.find((r) => r.id === 't0005');
    expect(vip).toMatchObject({
      dueAt: new Date(NOW.getTime() - 5 * 60_000).toISOString(),
      sla: { target: 'first_reply', hours: DEFAULT_SLA_POLICY.businessHours },
    });
  });

  it('filters by queue, language, reason and tier, and counts what matches', () => {
    cache.transaction(() => {
      for (let i = 0; i < 30; i++) cache.putTicket(escalated(i, { tier: i < 10 ? 'vip' : 'standard' }));
    });
    const cards = inbox.window({ offset: 0, limit: 100, filters: { queue: 'cards' } }, NOW);
    expect(cards.total).toBe(10);
    expect(cards.rows.every((r) => r.ownerQueue === 'cards')).toBe(true);
    const germanHuman = inbox.window(
      { offset: 0, limit: 100, filters: { language: 'de', reason: 'human_requested' } },
      NOW,
    );
    expect(germanHuman.total).toBe(15);
    const vipCards = inbox.window({ offset: 0, limit: 100, filters: { tier: 'vip', queue: 'cards' } }, NOW);
    expect(vipCards.rows.map((r) => r.id)).toEqual(['t0009', 't0006', 't0003', 't0000']);
    expect(() => inbox.window({ offset: -1, limit: 10 }, NOW)).toThrow();
  });

  it('leaves snoozed tickets out until their time, shows them in the snoozed view, and keeps "mine" to my tickets', () => {
    cache.transaction(() => {
      cache.putTicket(escalated(1, { snoozedUntil: new Date(NOW.getTime() + 3_600_000).toISOString() }));
      cache.putTicket(escalated(2, { snoozedUntil: new Date(NOW.getTime() - 60_000).toISOString() }));
      cache.putTicket(escalated(3, { assignee: 'Sam' }));
      cache.putTicket(escalated(4, { assignee: 'Kim' }));
    });
    expect(
      inbox
        .window({ offset: 0, limit: 10 }, NOW)
        .rows.map((r) => r.id)
        .sort(),
    ).toEqual(['t0002', 't0003', 't0004']);
    expect(inbox.window({ offset: 0, limit: 10, view: 'snoozed' }, NOW).rows.map((r) => r.id)).toEqual(['t0001']);
    expect(inbox.window({ offset: 0, limit: 10, view: 'mine' }, NOW).rows.map((r) => r.id)).toEqual(['t0003']);
    // An hour later the snooze is over.
    inbox.invalidate();
    expect(inbox.window({ offset: 0, limit: 10 }, new Date(NOW.getTime() + 3_700_000)).total).toBe(4);
  });

  it('marks new and unread locally: read once opened, unread again when the ticket changes', () => {
    cache.transaction(() => {
      cache.putTicket(escalated(1));
      cache.putTicket(escalated(2));
    });
    const first = inbox.window({ offset: 0, limit: 10 }, NOW);
    expect(first.unread).toBe(2);
    expect(first.rows.every((r) => r.isNew && r.unread)).toBe(true);
    expect(inbox.recordSeen('t0001')).toBe(true);
    expect(inbox.recordSeen('missing')).toBe(false);
    const read = inbox.window({ offset: 0, limit: 10 }, NOW);
    expect(read.unread).toBe(1);
    expect(read.rows.find((r) => r.id === 't0001')).toMatchObject({ isNew: false, unread: false });
    cache.putTicket({ ...escalated(1), updatedAt: new Date(NOW.getTime() + 1000).toISOString(), version: 3 });
    inbox.invalidate();
    expect(inbox.window({ offset: 0, limit: 10 }, NOW).rows.find((r) => r.id === 't0001')).toMatchObject({
      isNew: false,
      unread: true,
    });
  });

  it('filters by a tag, common or rare, with the same order, totals and unread counts as the unfiltered inbox', () => {
    // 6,000 tickets carry `common` (its window walks the due-time index), 300 carry `rare` (its window sorts them).
    const tagsOf = (i: number) => [...(i % 2 === 0 ? ['common'] : []), ...(i % 40 === 1 ? ['rare'] : [])];
    cache.transaction(() => {
      for (let i = 0; i < 12_000; i++) {
        const tags = tagsOf(i);
        cache.putTicket(
          escalated(i, {
            tier: i % 7 === 0 ? 'vip' : 'standard',
            minutesAgo: (i * 13) % 5_000,
            ...(tags.length > 0 ? { tags } : {}),
            ...(i % 11 === 0 ? { snoozedUntil: new Date(NOW.getTime() + 3_600_000).toISOString() } : {}),
          }),
        );
      }
    });
    const pages = (filters: Record<string, string>, limit: number) => {
      const ids: string[] = [];
      let window = inbox.window({ offset: 0, limit, filters }, NOW);
      const total = window.total;
      while (window.rows.length > 0) {
        ids.push(...window.rows.map((row) => row.id));
        window = inbox.window({ offset: ids.length, limit, filters }, NOW);
      }
      return { ids, total, unread: inbox.window({ offset: 0, limit: 1, filters }, NOW).unread };
    };
    const everything = pages({}, 500);
    const number = (id: string) => Number(id.slice(1));
    for (const [tag, language] of [
      ['common', undefined],
      ['rare', undefined],
      ['common', 'de'],
      ['rare', 'en'],
    ] as const) {
      const expected = everything.ids.filter(
        (id) =>
          tagsOf(number(id)).includes(tag) &&
          (language === undefined || (number(id) % 2 === 0 ? 'en' : 'de') === language),
      );
      const filters = { tag, ...(language ? { language } : {}) };
      const found = pages(filters, 200);
      expect(found.ids, `${tag} ${language ?? ''}`).toEqual(expected);
      expect(found.total).toBe(expected.length);
      expect(found.unread).toBe(expected.length);
    }
    expect(pages({ tag: 'common' }, 200).total).toBeGreaterThan(5_000);
    // Read tickets leave the tag's unread count; the rows say so.
    const rareIds = pages({ tag: 'rare' }, 200).ids;
    for (const id of rareIds.slice(0, 5)) expect(inbox.recordSeen(id)).toBe(true);
    inbox.invalidate();
    const rare = inbox.window({ offset: 0, limit: 5, filters: { tag: 'rare' } }, NOW);
    expect(rare.unread).toBe(rareIds.length - 5);
    expect(rare.rows.map((row) => [row.id, row.unread, row.tags])).toEqual(
      rareIds.slice(0, 5).map((id) => [id, false, tagsOf(number(id))]),
    );
  });

  it('recomputes every due time when the tenant changes its SLA policies', () => {
    cache.putTicket(escalated(1, { tier: 'premium', minutesAgo: 0 }));
    expect(inbox.window({ offset: 0, limit: 1 }, NOW).rows[0]?.dueAt).toBe(
      new Date(NOW.getTime() + 120 * 60_000).toISOString(),
    );
    const faster = { firstReplyMinutes: 60, resolutionMinutes: 600 };
    const general = QueueSlaPolicySchema.parse({
      ...DEFAULT_SLA_POLICY,
      queueId: 'general',
      targets: { ...DEFAULT_SLA_POLICY.targets, premium: faster },
    });
    expect(cache.useSlaPolicies(slaPolicyBook([general]))).toBe(true);
    expect(cache.useSlaPolicies(slaPolicyBook([general]))).toBe(false);
    expect(inbox.window({ offset: 0, limit: 1 }, NOW).rows[0]?.dueAt).toBe(
      new Date(NOW.getTime() + 60 * 60_000).toISOString(),
    );
  });
});
