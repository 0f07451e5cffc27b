import { describe, expect, it } from 'vitest';
import { QueueSlaPolicySchema } from '../../../shared/sla/sla-policy.js';
import { slaStatus, type SlaTargetStatus, type SlaTicketTimes } from '../../../shared/sla/sla-status.js';
import { at, berlinOffice, iso, MINUTE } from './sla-fixtures.js';

/**
 * The billing queue keeps the Berlin office hours (Mon-Fri 09-12 and 13-17 CET, UTC+1 in January).
 * Targets in business minutes: standard 120 / 480, premium 60 / 240, vip 30 / 120 (first reply / resolution).
 */
const policy = QueueSlaPolicySchema.parse({
  queueId: 'billing',
  businessHours: berlinOffice,
  targets: {
    standard: { firstReplyMinutes: 120, resolutionMinutes: 480 },
    premium: { firstReplyMinutes: 60, resolutionMinutes: 240 },
    vip: { firstReplyMinutes: 30, resolutionMinutes: 120 },
  },
});

const ticket = (
  createdAt: string,
  times: { firstReplyAt?: string; resolvedAt?: string; pauses?: SlaTicketTimes['pauses'] },
): SlaTicketTimes => ({
  createdAt: at(createdAt),
  firstReplyAt: times.firstReplyAt ? at(times.firstReplyAt) : null,
  resolvedAt: times.resolvedAt ? at(times.resolvedAt) : null,
  pauses: times.pauses ?? [],
});

/** A target's status in one line: state, due instant, business minutes used and left, the clock at now. */
function readable(status: SlaTargetStatus): [string, string | null, number, number, string] {
  return [status.state, iso(status.dueAt), status.elapsedMs / MINUTE, status.remainingMs / MINUTE, status.clock];
}

function statusAt(times: SlaTicketTimes, tier: 'standard' | 'premium' | 'vip', now: string) {
  const { firstReply, resolution } = slaStatus(times, policy, tier, at(now));
  return { firstReply: readable(firstReply), resolution: readable(resolution) };
}

describe('where a ticket stands against its SLA', () => {
  it('meets both targets when replied and resolved in business time', () => {
    // Standard, created Mon 2024-01-15 16:00 CET, replied Tue 09:30, resolved Tue 15:00 CET.
    // First reply: Mon 16-17 + Tue 09:00-09:30 = 90 of 120 min; due after 60 more min of Tuesday, 10:00 CET.
    // Resolution: 60 + Tue 09-12 (180) + 13-15 (120) = 360 of 480; 480 are reached Tue 17:00 CET, at closing.
    const times = ticket('2024-01-15T15:00Z', {
      firstReplyAt: '2024-01-16T08:30Z',
      resolvedAt: '2024-01-16T14:00Z',
    });
    expect(statusAt(times, 'standard', '2024-01-17T12:00Z')).toEqual({
      firstReply: ['met', '2024-01-16T09:00Z', 90, 30, 'stopped'],
      resolution: ['met', '2024-01-16T16:00Z', 360, 120, 'stopped'],
    });
  });

  it('counts an open ticket down, then overdue, with the clock running or closed', () => {
    // VIP, created Mon 2024-01-15 11:50 CET. First reply due after 10 min before lunch and 20 after: 13:20 CET;
    // resolution after 10 + 110: 14:50 CET.
    const times = ticket('2024-01-15T10:50Z', {});
    // At 13:15 CET: 10 + 15 = 25 min used.
    expect(statusAt(times, 'vip', '2024-01-15T12:15Z')).toEqual({
      firstReply: ['open', '2024-01-15T12:20Z', 25, 5, 'running'],
      resolution: ['open', '2024-01-15T13:50Z', 25, 95, 'running'],
    });
    // At 13:40 CET: 10 + 40 = 50 min used, 20 past the first-reply target: breached, though still unanswered.
    const { firstReply } = statusAt(times, 'vip', '2024-01-15T12:40Z');
    expect(firstReply).toEqual(['breached', '2024-01-15T12:20Z', 50, -20, 'running']);
    // At 18:00 CET: 10 + 240 = 250 min used; the office is closed.
    const { resolution } = statusAt(times, 'vip', '2024-01-15T17:00Z');
    expect(resolution).toEqual(['breached', '2024-01-15T13:50Z', 250, -130, 'closed']);
  });

  it('meets a target answered after its due instant while the clock stood still', () => {
    // Premium, created Mon 2024-01-15 16:00 CET: the 60 min run out at 17:00 CET, closing. Replied 18:30 CET: no
    // business time passed after 17:00, so 60 of 60 min used: met.
    const times = ticket('2024-01-15T15:00Z', { firstReplyAt: '2024-01-15T17:30Z' });
    const { firstReply } = statusAt(times, 'premium', '2024-01-15T17:30Z');
    expect(firstReply).toEqual(['met', '2024-01-15T16:00Z', 60, 0, 'stopped']);
  });

  it('stops the clock while the ticket waits on the customer', () => {
    // Standard, created Mon 2024-01-15 09:00 CET, replied 09:20, waiting on the customer from 09:20 CET.
    const waiting = { start: at('2024-01-15T08:20Z'), end: null };
    const times = ticket('2024-01-15T08:00Z', { firstReplyAt: '2024-01-15T08:20Z', pauses: [waiting] });
    // At 15:00 CET, still waiting: 20 min used, the due instant unknown while the clock stands.
    const { resolution } = statusAt(times, 'standard', '2024-01-15T14:00Z');
    expect(resolution).toEqual(['open', null, 20, 460, 'paused']);
    // The customer answered Tue 10:00 CET, resolved 11:00 CET: 20 + 60 = 80 min used. The due instant: 460 min
    // from Tue 10:00 CET are Tue 10-12 (120), 13-17 (240), Wed 09:00-10:40 (100): Wed 10:40 CET.
    const answered = {
      ...times,
      pauses: [{ ...waiting, end: at('2024-01-16T09:00Z') }],
      resolvedAt: at('2024-01-16T10:00Z'),
    };
    const resolved = statusAt(answered, 'standard', '2024-01-16T10:00Z').resolution;
    expect(resolved).toEqual(['met', '2024-01-17T09:40Z', 80, 400, 'stopped']);
  });

  it('takes a resolution without any reply as the end of the first-reply clock', () => {
    // Standard, created Mon 2024-01-15 09:00 CET, resolved 10:00 CET without a reply: 60 of 120 min.
    const times = ticket('2024-01-15T08:00Z', { resolvedAt: '2024-01-15T09:00Z' });
    const { firstReply } = statusAt(times, 'standard', '2024-01-15T12:00Z');
    expect(firstReply).toEqual(['met', '2024-01-15T10:00Z', 60, 60, 'stopped']);
  });
});
