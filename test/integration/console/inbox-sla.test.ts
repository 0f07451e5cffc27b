import { beforeEach, describe, expect, it } from 'vitest';
import { SettingsStore } from '../../../electron/core/settings/settings-store.js';
import { InboxQueries } from '../../../electron/core/store/inbox-queries.js';
import { followSlaPolicies } from '../../../electron/core/store/inbox-sla-policies.js';
import { TicketCache } from '../../../electron/core/store/ticket-cache.js';
import { newTicket, type Message, type Ticket } from '../../../shared/domain/ticket.js';
import type { StoredSetting } from '../../../shared/settings/stored-setting.js';
import { WEEKDAYS } from '../../../shared/sla/local-calendar.js';
import { QueueSlaPolicySchema, type QueueSlaPolicy } from '../../../shared/sla/sla-policy.js';
import { consoleFilePerTest } from '../../helpers/test-consoles.js';

/**
 * The inbox's order on a real SQLite cache follows each queue's business hours, and follows a policy saved later.
 * Week of Mon 2026-03-02; Berlin is UTC+1 (CET), Tokyo UTC+9. Targets (business minutes): standard 120 / 480,
 * VIP 30 / 120.
 */
const NOW = new Date('2026-03-06T16:00:00Z'); // Fri 17:00 CET, Sat 01:00 JST
const targets = {
  standard: { firstReplyMinutes: 120, resolutionMinutes: 480 },
  premium: { firstReplyMinutes: 60, resolutionMinutes: 240 },
  vip: { firstReplyMinutes: 30, resolutionMinutes: 120 },
};
/** A policy with the same spans on these days. */
const policy = (queueId: string, timeZone: string, days: readonly string[], opens: string, closes: string) =>
  QueueSlaPolicySchema.parse({
    queueId,
    businessHours: { timeZone, weekly: Object.fromEntries(days.map((day) => [day, [{ opens, closes }]])) },
    targets,
  });
const billing = policy('billing', 'Europe/Berlin', WEEKDAYS.slice(0, 5), '09:00', '17:00');
const cards = policy('cards', 'Asia/Tokyo', WEEKDAYS.slice(0, 5), '09:00', '18:00');

let seq = 0;
function policySetting(policy: QueueSlaPolicy, version = 1): StoredSetting {
  seq += 1;
  const at = '2026-03-01T00:00:00.000Z';
  return {
    kind: 'sla_policy',
    id: policy.queueId,
    version,
    value: policy,
    deleted: false,
    savedAt: at,
    savedBy: 'admin',
    seq,
  };
}

function escalation(id: string, queue: string, tier: 'standard' | 'vip', createdAt: string): Ticket {
  return {
    ...newTicket({
      id,
      tenantId: 'acme',
      subject: `Ticket ${id}`,
      customer: { id: `c-${id}`, name: `Customer ${id}`, tier },
      channel: 'email',
      at: createdAt,
      seq: 1,
    }),
    status: 'escalated',
    ownerQueue: queue,
    escalation: { code: 'human_requested', ruleId: 'r', detail: 'd' },
  };
}

function message(ticketId: string, n: number, author: Message['author'], createdAt: string): Message {
  return {
    id: `${ticketId}-m${n}`,
    ticketId,
    author,
    authorName: null,
    kind: 'reply',
    text: 'Hello',
    createdAt,
    seq: 1,
  };
}

describe('the inbox ordered by business-time due on a real SQLite cache', () => {
  const file = consoleFilePerTest();
  let cache: TicketCache;
  let inbox: InboxQueries;
  let settings: SettingsStore;
  let reorders: number;

  beforeEach(() => {
    cache = new TicketCache(file.db);
    settings = new SettingsStore(file.db);
    settings.apply({ items: [policySetting(billing), policySetting(cards)], cursor: seq, hasMore: false });
    reorders = 0;
    followSlaPolicies({ settings, cache, catchAllQueue: () => null, reordered: () => (reorders += 1) });
    inbox = new InboxQueries(
      file.db,
      () => 'Sam',
      (queue) => cache.slaPolicyFor(queue).policy.businessHours,
    );
    // One page of the feed: tickets first, their messages after (the due times are computed as it commits).
    cache.transaction(() => {
      // Billing, created Thu 16:00 CET: 60 min Thursday, 60 from Fri 09:00 CET: due Fri 10:00 CET (09:00Z).
      cache.putTicket(escalation('a', 'billing', 'standard', '2026-03-05T15:00:00.000Z'));
      // Cards, created Fri 09:30 JST: due 11:30 JST (02:30Z).
      cache.putTicket(escalation('b', 'cards', 'standard', '2026-03-06T00:30:00.000Z'));
      // Cards VIP, created Fri 23:00 JST, after closing: 30 min from Mon 09:00 JST: Mon 00:30Z.
      cache.putTicket(escalation('c', 'cards', 'vip', '2026-03-06T14:00:00.000Z'));
      // Billing, created Thu 09:00 CET, the agent replied 10:00 CET, the customer Fri 09:00 CET: resolution 480 min
      // = Thu 09-10 (60), paused until Fri 09:00 CET, 420 more: Fri 16:00 CET (15:00Z).
      cache.putTicket(escalation('d', 'billing', 'standard', '2026-03-05T08:00:00.000Z'));
      cache.putMessage(message('d', 1, 'customer', '2026-03-05T08:00:00.000Z'));
      cache.putMessage(message('d', 2, 'agent', '2026-03-05T09:00:00.000Z'));
      cache.putMessage(message('d', 3, 'customer', '2026-03-06T08:00:00.000Z'));
    });
  });

  const order = () =>
    inbox.window({ offset: 0, limit: 10 }, NOW).rows.map((row) => [row.id, row.dueAt, row.sla?.target ?? null]);

  it('orders by each queue’s business hours, the wait on the customer paused', () => {
    // Round the clock the order would be a (Thu 23:00Z), d, b, c; by business time:
    expect(order()).toEqual([
      ['b', '2026-03-06T02:30:00.000Z', 'first_reply'],
      ['a', '2026-03-06T09:00:00.000Z', 'first_reply'],
      ['d', '2026-03-06T15:00:00.000Z', 'resolution'],
      ['c', '2026-03-09T00:30:00.000Z', 'first_reply'],
    ]);
    const row = inbox.window({ offset: 0, limit: 1 }, NOW).rows[0];
    expect(row?.sla?.hours.timeZone).toBe('Asia/Tokyo');
  });

  it('orders anew when a policy is saved, and when a ticket is answered', () => {
    // Billing opens round the clock: a is due 2 h after its creation, Thu 17:00Z; d's resolution stays Fri 15:00Z
    // (Thu 08-09Z, then from Fri 08:00Z 420 min).
    const roundTheClock = policy('billing', 'UTC', WEEKDAYS, '00:00', '24:00');
    settings.apply({ items: [policySetting(roundTheClock, 2)], cursor: seq, hasMore: false });
    expect(reorders).toBe(1);
    inbox.invalidate();
    expect(order().map(([id, dueAt]) => [id, dueAt])).toEqual([
      ['a', '2026-03-05T17:00:00.000Z'],
      ['b', '2026-03-06T02:30:00.000Z'],
      ['d', '2026-03-06T15:00:00.000Z'],
      ['c', '2026-03-09T00:30:00.000Z'],
    ]);
    // A setting of another kind changes no due time.
    settings.apply({
      items: [{ ...policySetting(billing), kind: 'tag', id: 'vip', value: { name: 'VIP' } }],
      cursor: seq,
      hasMore: false,
    });
    expect(reorders).toBe(1);
    // The agent answers b (Fri 10:00 JST): it leaves the inbox (pending) with no due time. The customer writes back
    // at 10:30 JST: due by the resolution target, 480 min from 09:30 JST with 10:00-10:30 paused: 30 + 450 min,
    // Fri 18:00 JST (09:00Z).
    cache.transaction(() => {
      cache.putTicket({ ...escalation('b', 'cards', 'standard', '2026-03-06T00:30:00.000Z'), status: 'pending' });
      cache.putMessage(message('b', 1, 'agent', '2026-03-06T01:00:00.000Z'));
    });
    expect(order().map(([id]) => id)).not.toContain('b');
    cache.transaction(() => {
      cache.putTicket(escalation('b', 'cards', 'standard', '2026-03-06T00:30:00.000Z'));
      cache.putMessage(message('b', 2, 'customer', '2026-03-06T01:30:00.000Z'));
    });
    expect(order().find(([id]) => id === 'b')).toEqual(['b', '2026-03-06T09:00:00.000Z', 'resolution']);
    // Deleting cards' policy leaves its tickets to the round-the-clock default: c (VIP) 30 min after its creation,
    // b's resolution (3 days) from Fri 00:30Z with 01:00-01:30Z paused: Mon 01:00Z.
    settings.apply({ items: [{ ...policySetting(cards, 2), deleted: true }], cursor: seq, hasMore: false });
    expect(reorders).toBe(2);
    expect(order()).toEqual([
      ['a', '2026-03-05T17:00:00.000Z', 'first_reply'],
      ['c', '2026-03-06T14:30:00.000Z', 'first_reply'],
      ['d', '2026-03-06T15:00:00.000Z', 'resolution'],
      ['b', '2026-03-09T01:00:00.000Z', 'resolution'],
    ]);
  });
});
