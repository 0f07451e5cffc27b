import { z } from 'zod';
import { CustomerTierSchema } from '../domain/ticket.js';
import { BusinessHoursSchema, weeklyOpenMinutes, WHEN_OTHERWISE_VALID } from './business-hours.js';
import { SLA_HORIZON_DAYS } from './open-intervals.js';

/**
 * An SLA policy of one queue: its business hours, and for each customer tier how many business minutes may
 * pass before the first reply and before the resolution.
 */

/** A year round the clock: the longest target a policy may set. */
export const MAX_SLA_TARGET_MINUTES = 365 * 24 * 60;
export const MAX_SLA_POLICIES = 200;
const MAX_QUEUE_ID_LENGTH = 100;

function targetMinutesSchema(target: string) {
  return z
    .number({ error: `The ${target} target is a number of business minutes.` })
    .int(`The ${target} target is a whole number of minutes.`)
    .min(1, `The ${target} target is at least 1 business minute.`)
    .max(
      MAX_SLA_TARGET_MINUTES,
      `The ${target} target is at most ${MAX_SLA_TARGET_MINUTES} business minutes (a year round the clock).`,
    );
}

export const SlaTargetsSchema = z
  .strictObject({
    firstReplyMinutes: targetMinutesSchema('first-reply'),
    resolutionMinutes: targetMinutesSchema('resolution'),
  })
  .refine((targets) => targets.resolutionMinutes >= targets.firstReplyMinutes, {
    message: 'The resolution target cannot be shorter than the first-reply target.',
    path: ['resolutionMinutes'],
    ...WHEN_OTHERWISE_VALID,
  });
export type SlaTargets = z.infer<typeof SlaTargetsSchema>;

/** Whole weeks within the horizon: a target must be reachable in them on the policy's plain weekly hours. */
const HORIZON_WEEKS = Math.floor(SLA_HORIZON_DAYS / 7);

export const QueueSlaPolicySchema = z
  .strictObject({
    queueId: z
      .string()
      .min(1, 'A policy names its queue.')
      .max(MAX_QUEUE_ID_LENGTH, `A queue id is at most ${MAX_QUEUE_ID_LENGTH} characters.`),
    businessHours: BusinessHoursSchema,
    /** One entry for every customer tier. */
    targets: z.record(CustomerTierSchema, SlaTargetsSchema),
  })
  .superRefine((policy, context) => {
    const weekly = weeklyOpenMinutes(policy.businessHours);
    for (const [tier, targets] of Object.entries(policy.targets))
      if (targets.resolutionMinutes > weekly * HORIZON_WEEKS)
        context.addIssue({
          code: 'custom',
          message: `The ${tier} resolution target of ${targets.resolutionMinutes} business minutes needs more than ${HORIZON_WEEKS} weeks of these hours (${weekly} minutes a week): lower it or open longer.`,
          path: ['targets', tier, 'resolutionMinutes'],
        });
  }, WHEN_OTHERWISE_VALID);
export type QueueSlaPolicy = z.infer<typeof QueueSlaPolicySchema>;

/** A tenant's SLA policies: at most one per queue. */
export const QueueSlaPoliciesSchema = z
  .array(QueueSlaPolicySchema)
  .max(MAX_SLA_POLICIES, `At most ${MAX_SLA_POLICIES} SLA policies.`)
  .superRefine((policies, context) => {
    policies.forEach((policy, index) => {
      if (policies.findIndex((other) => other.queueId === policy.queueId) < index)
        context.addIssue({
          code: 'custom',
          message: `The queue ${policy.queueId} has a second SLA policy; a queue has one.`,
          path: [index, 'queueId'],
        });
    });
  }, WHEN_OTHERWISE_VALID);
