import { describe, expect, it } from 'vitest';
import type { TicketStatus } from '../../../shared/domain/ticket.js';
import { DEFAULT_SLA_POLICY, inboxPolicyFor, slaPolicyBook } from '../../../shared/sla/inbox-policy.js';
import { WEEKDAYS } from '../../../shared/sla/local-calendar.js';
import { QueueSlaPolicySchema, type QueueSlaPolicy } from '../../../shared/sla/sla-policy.js';
import {
  businessTimeToDue,
  customerWaits,
  firstHumanReplyAt,
  inboxDue,
  ticketSlaTimes,
  type ClockMessage,
} from '../../../shared/sla/ticket-clock.js';
import { at, berlinOffice, businessHours, HOUR, iso, MONDAY_TO_FRIDAY, sameSpansOn, span } from './sla-fixtures.js';

const say = (
  author: ClockMessage['author'],
  createdAt: string,
  kind: ClockMessage['kind'] = 'reply',
): ClockMessage => ({
  author,
  kind,
  createdAt,
});

const targets = {
  standard: { firstReplyMinutes: 120, resolutionMinutes: 480 },
  premium: { firstReplyMinutes: 60, resolutionMinutes: 240 },
  vip: { firstReplyMinutes: 30, resolutionMinutes: 120 },
};
const policyOf = (queueId: string, hours: QueueSlaPolicy['businessHours']): QueueSlaPolicy =>
  QueueSlaPolicySchema.parse({ queueId, businessHours: hours, targets });

/** The inbox's target and due instant (UTC ISO) for a ticket created at `createdAt` with this thread and status. */
function dueOf(policy: QueueSlaPolicy, createdAt: string, thread: ClockMessage[], status: TicketStatus = 'escalated') {
  const { target, dueAt } = inboxDue(ticketSlaTimes({ createdAt, status }, thread), policy, 'standard');
  return [target, iso(dueAt)];
}

describe('waiting on the customer', () => {
  const thread = [
    say('customer', '2024-01-15T09:00:00Z'),
    say('ai', '2024-01-15T09:01:00Z'), // the AI answered: waiting from here
    say('customer', '2024-01-15T10:00:00Z'), // ... until the customer wrote again
    say('agent', '2024-01-15T11:00:00Z'),
    say('agent', '2024-01-15T11:10:00Z'), // a second reply adds nothing: the wait runs from 11:00
    say('agent', '2024-01-15T11:30:00Z', 'note'),
    say('customer', '2024-01-15T12:00:00Z'),
    say('agent', '2024-01-15T13:00:00Z'),
  ];
  const waits = (status: TicketStatus) => customerWaits(thread, status).map((w) => [iso(w.start), iso(w.end)]);

  it('runs from each public reply (AI or agent) to the customer’s next message, notes left out', () => {
    expect(waits('pending')).toEqual([
      ['2024-01-15T09:01Z', '2024-01-15T10:00Z'],
      ['2024-01-15T11:00Z', '2024-01-15T12:00Z'],
      ['2024-01-15T13:00Z', null],
    ]);
    expect(waits('resolved').at(-1)).toEqual(['2024-01-15T13:00Z', null]);
  });

  it('ends with the team’s last public message when the ticket is with the team again (a reopen)', () => {
    // Resolved by the agent at 13:00 and reopened at 15:00 (the reopen's notice is an agent reply).
    const reopened = [...thread, say('agent', '2024-01-15T15:00:00Z')];
    expect(customerWaits(reopened, 'escalated').at(-1)).toEqual({
      start: at('2024-01-15T13:00Z'),
      end: at('2024-01-15T15:00Z'),
    });
  });

  it('reads the thread in time order and the first reply of a person, never the AI’s or a note', () => {
    const shuffled = [thread[3], thread[0], thread[5], thread[1]] as ClockMessage[];
    expect(iso(firstHumanReplyAt(shuffled))).toBe('2024-01-15T11:00Z');
    expect(firstHumanReplyAt([thread[1], thread[5]] as ClockMessage[])).toBeNull();
    expect(customerWaits(shuffled, 'escalated')).toEqual([
      { start: at('2024-01-15T09:01Z'), end: at('2024-01-15T11:00Z') },
    ]);
  });
});

describe('when an inbox ticket is due, by business time', () => {
  it('counts the first reply in the queue’s zone, skipping holidays and the weekend (Tokyo, New Year)', () => {
    // Mon-Fri 09:00-18:00 JST (UTC+9), closed 1-3 January. Created Tue 2024-12-31 17:00 JST: 60 of the 120 min
    // that day; Wed-Fri are holidays, then the weekend; the other 60 on Mon 2025-01-06 09:00-10:00 JST = 01:00Z.
    const tokyo = policyOf(
      'billing',
      businessHours('Asia/Tokyo', sameSpansOn(MONDAY_TO_FRIDAY, [span('09:00', '18:00')]), [
        '2025-01-01',
        '2025-01-02',
        '2025-01-03',
      ]),
    );
    const thread = [say('customer', '2024-12-31T08:00:00Z')];
    expect(dueOf(tokyo, '2024-12-31T08:00:00Z', thread)).toEqual(['first_reply', '2025-01-06T01:00Z']);
  });

  it('counts the resolution once a person replied, over a fall-back night, the wait on the customer paused', () => {
    // A night desk in Berlin, every day 00:00-06:00 local. On Sun 2024-10-27 the clocks go back at 03:00 CEST to
    // 02:00 CET, so that night is open 7 h: 22:00Z Sat to 05:00Z Sun. Created Sat 23:00 CEST (21:00Z), closed until
    // 22:00Z. The agent replied 22:30Z, the customer 23:30Z: 1 h paused. Resolution 480 min: 22:00-22:30Z (30 min),
    // 23:30Z-05:00Z (330 min), then Mon 00:00 CET = 23:00Z Sun + 120 min: due Mon 01:00Z.
    const nightDesk = policyOf(
      'night',
      businessHours('Europe/Berlin', Object.fromEntries(WEEKDAYS.map((day) => [day, [span('00:00', '06:00')]]))),
    );
    const thread = [
      say('customer', '2024-10-26T21:00:00Z'),
      say('agent', '2024-10-26T22:30:00Z'),
      say('customer', '2024-10-26T23:30:00Z'),
    ];
    expect(dueOf(nightDesk, '2024-10-26T21:00:00Z', thread)).toEqual(['resolution', '2024-10-28T01:00Z']);
    // Before the person's reply the first reply counts: 120 min from 22:00Z = Sun 00:00Z (no reply, no pause).
    expect(dueOf(nightDesk, '2024-10-26T21:00:00Z', thread.slice(0, 1))).toEqual(['first_reply', '2024-10-27T00:00Z']);
  });

  it('counts a spring-forward day short (New York, 2024-03-10) and answers in UTC', () => {
    // Every day 00:00-06:00 New York time. On Sun 2024-03-10 02:00 EST jumps to 03:00 EDT: that night is 5 h,
    // 05:00Z to 10:00Z. Created Sat 23:00 EST (04:00Z Sun), closed until Sunday 00:00 EST (05:00Z); the first
    // reply's 120 min run 05:00Z-07:00Z, up to the jump.
    const newYork = policyOf(
      'us',
      businessHours('America/New_York', Object.fromEntries(WEEKDAYS.map((day) => [day, [span('00:00', '06:00')]]))),
    );
    const thread = [say('customer', '2024-03-10T04:00:00Z')];
    expect(dueOf(newYork, '2024-03-10T04:00:00Z', thread)).toEqual(['first_reply', '2024-03-10T07:00Z']);
    // Replied at once (no business time waited): resolution 480 min = Sunday's 5 h (300), then Monday from
    // 00:00 EDT (04:00Z) 180 min: 07:00Z. A 6-hour Sunday would have made it 06:00Z.
    const replied = [...thread, say('agent', '2024-03-10T04:00:00Z'), say('customer', '2024-03-10T04:00:00Z')];
    expect(dueOf(newYork, '2024-03-10T04:00:00Z', replied)).toEqual(['resolution', '2024-03-11T07:00Z']);
  });

  it('takes the queue’s own policy, else the catch-all queue’s, else the round-the-clock default', () => {
    const billing = policyOf('billing', berlinOffice);
    const general = policyOf('general', businessHours('UTC', sameSpansOn(MONDAY_TO_FRIDAY, [span('08:00', '16:00')])));
    const book = slaPolicyBook([billing, general], 'general');
    expect(inboxPolicyFor(book, 'billing')).toEqual({ policy: billing, source: 'own' });
    expect(inboxPolicyFor(book, 'cards')).toEqual({ policy: general, source: 'catch_all' });
    expect(inboxPolicyFor(slaPolicyBook([billing]), 'cards')).toEqual({
      policy: DEFAULT_SLA_POLICY,
      source: 'default',
    });
    expect(inboxPolicyFor(slaPolicyBook([billing]), null).source).toBe('default');
    // The default keeps the earlier round-the-clock minutes: standard 8 h after creation, on a Sunday too.
    const thread = [say('customer', '2024-01-14T10:00:00Z')];
    expect(dueOf(DEFAULT_SLA_POLICY, '2024-01-14T10:00:00Z', thread)).toEqual(['first_reply', '2024-01-14T18:00Z']);
  });
});

describe('business time to the due instant', () => {
  it('is what is left before it and what is overdue after it, closed hours not counted', () => {
    const due = at('2024-01-15T09:00Z'); // Mon 10:00 CET, Berlin office (09-12, 13-17)
    // From Fri 16:00 CET: Friday 16-17 and Monday 09-10 are left.
    expect(businessTimeToDue(due, at('2024-01-12T15:00Z'), berlinOffice)).toBe(2 * HOUR);
    // At Mon 14:00 CET: 10-12 and 13-14 overdue.
    expect(businessTimeToDue(due, at('2024-01-15T13:00Z'), berlinOffice)).toBe(-3 * HOUR);
    // Over the lunch break nothing more is overdue than at 12:00 CET.
    expect(businessTimeToDue(due, at('2024-01-15T11:30Z'), berlinOffice)).toBe(-2 * HOUR);
  });
});
