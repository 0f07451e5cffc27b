import { describe, expect, it } from 'vitest';
import { chatHandoff } from '../../../../server/domain/chat-handoff.js';
import { DEFAULT_SLA_POLICY } from '../../../../shared/sla/inbox-policy.js';
import { QueueSlaPolicySchema } from '../../../../shared/sla/sla-policy.js';

/** Berlin office hours, Monday to Friday 09:00-17:00, first reply within 60 business minutes for standard customers. */
const office = QueueSlaPolicySchema.parse({
  queueId: 'web-chat',
  businessHours: {
    timeZone: 'Europe/Berlin',
    weekly: Object.fromEntries(
      ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((day) => [
        day,
        [{ opens: '09:00', closes: '17:00' }],
      ]),
    ),
  },
  targets: {
    standard: { firstReplyMinutes: 60, resolutionMinutes: 480 },
    premium: { firstReplyMinutes: 30, resolutionMinutes: 240 },
    vip: { firstReplyMinutes: 15, resolutionMinutes: 120 },
  },
});

describe('chatHandoff', () => {
  it('says the queue is open now during its hours, with the tier’s first-reply target', () => {
    // Wednesday 2026-03-04 11:00 in Berlin (UTC+1).
    expect(chatHandoff(office, 'premium', new Date('2026-03-04T10:00:00Z'))).toEqual({
      openNow: true,
      opensAt: null,
      firstReplyMinutes: 30,
    });
  });

  it('names the next opening when closed: Friday evening opens Monday 09:00 Berlin time', () => {
    expect(chatHandoff(office, 'standard', new Date('2026-03-06T18:30:00Z'))).toEqual({
      openNow: false,
      opensAt: '2026-03-09T08:00:00.000Z',
      firstReplyMinutes: 60,
    });
  });

  it('keeps no hours for a queue staffed round the clock, and knows nothing without a policy', () => {
    expect(chatHandoff(DEFAULT_SLA_POLICY, 'vip', new Date('2026-03-06T18:30:00Z'))).toEqual({
      openNow: null,
      opensAt: null,
      firstReplyMinutes: 30,
    });
    expect(chatHandoff(null, 'standard', new Date())).toEqual({
      openNow: null,
      opensAt: null,
      firstReplyMinutes: null,
    });
  });
});
