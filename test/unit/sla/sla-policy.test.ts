import { describe, expect, it } from 'vitest';
import {
  MAX_SLA_POLICIES,
  QueueSlaPoliciesSchema,
  QueueSlaPolicySchema,
  type SlaTargets,
} from '../../../shared/sla/sla-policy.js';
import { refusals, span } from './sla-fixtures.js';

const targets = (firstReplyMinutes: number, resolutionMinutes: number): SlaTargets => ({
  firstReplyMinutes,
  resolutionMinutes,
});
const policy = {
  queueId: 'billing',
  businessHours: { timeZone: 'Europe/Berlin', weekly: { monday: [span('09:00', '17:00')] } },
  targets: { standard: targets(240, 960), premium: targets(60, 480), vip: targets(30, 240) },
};
const withTargets = (tierTargets: Partial<Record<string, unknown>>) => ({
  ...policy,
  targets: { ...policy.targets, ...tierTargets },
});

describe('an SLA policy of a queue', () => {
  it('takes targets for every tier on business hours', () => {
    expect(refusals(QueueSlaPolicySchema, policy)).toEqual([]);
    expect(QueueSlaPolicySchema.parse(policy).businessHours.holidays).toEqual([]);
  });

  it.each([
    [
      'a tier left out',
      { ...policy, targets: { standard: targets(1, 1), premium: targets(1, 1) } },
      ['targets.vip: Invalid input: expected object, received undefined'],
    ],
    [
      'a zero target',
      withTargets({ vip: targets(0, 240) }),
      ['targets.vip.firstReplyMinutes: The first-reply target is at least 1 business minute.'],
    ],
    [
      'a fraction of a minute',
      withTargets({ vip: targets(30, 90.5) }),
      ['targets.vip.resolutionMinutes: The resolution target is a whole number of minutes.'],
    ],
    [
      'a target that is no number',
      withTargets({ vip: { firstReplyMinutes: '30', resolutionMinutes: 240 } }),
      ['targets.vip.firstReplyMinutes: The first-reply target is a number of business minutes.'],
    ],
    [
      'a target over a year round the clock',
      withTargets({ vip: targets(30, 525_601) }),
      [
        'targets.vip.resolutionMinutes: The resolution target is at most 525600 business minutes (a year round the clock).',
      ],
    ],
    [
      'a resolution sooner than the first reply',
      withTargets({ premium: targets(60, 59) }),
      ['targets.premium.resolutionMinutes: The resolution target cannot be shorter than the first-reply target.'],
    ],
    [
      // Monday 09:00-17:00 is 480 minutes a week; 522 whole weeks in the 3660-day horizon give 250,560 minutes.
      'a target these hours cannot reach within the horizon',
      withTargets({ standard: targets(240, 250_561) }),
      [
        'targets.standard.resolutionMinutes: The standard resolution target of 250561 business minutes needs more than 522 weeks of these hours (480 minutes a week): lower it or open longer.',
      ],
    ],
    ['a queue without id', { ...policy, queueId: '' }, ['queueId: A policy names its queue.']],
    [
      'business hours it cannot read',
      { ...policy, businessHours: { ...policy.businessHours, timeZone: 'Berlin' } },
      ['businessHours.timeZone: Unknown time zone: use an IANA name such as Europe/Berlin or America/New_York.'],
    ],
  ])('refuses %s, saying where and why', (_, input, expected) => {
    expect(refusals(QueueSlaPolicySchema, input)).toEqual(expected);
  });

  it('takes the longest target the hours reach within the horizon (522 weeks x 480 minutes)', () => {
    expect(refusals(QueueSlaPolicySchema, withTargets({ standard: targets(240, 250_560) }))).toEqual([]);
  });
});

describe("a tenant's SLA policies", () => {
  it('give a queue one policy and at most 200 in all', () => {
    const forQueue = (queueId: string) => ({ ...policy, queueId });
    expect(refusals(QueueSlaPoliciesSchema, [forQueue('billing'), forQueue('shipping')])).toEqual([]);
    expect(refusals(QueueSlaPoliciesSchema, [forQueue('billing'), forQueue('shipping'), forQueue('billing')])).toEqual([
      '2.queueId: The queue billing has a second SLA policy; a queue has one.',
    ]);
    const many = Array.from({ length: MAX_SLA_POLICIES + 1 }, (_, index) => forQueue(`queue-${index}`));
    expect(refusals(QueueSlaPoliciesSchema, many)).toEqual([': At most 200 SLA policies.']);
  });
});
