import type { z } from 'zod';
import { CustomerTierSchema } from '../../../shared/domain/ticket.js';
import { WEEKDAYS, type Weekday } from '../../../shared/sla/local-calendar.js';
import type { OpeningSpan } from '../../../shared/sla/business-hours.js';
import type { SettingFormSpec } from './setting-editor.js';

export type CustomerTier = z.infer<typeof CustomerTierSchema>;
export const CUSTOMER_TIERS: readonly CustomerTier[] = CustomerTierSchema.options;

/** A tier's targets as typed: whole business minutes. */
export interface TargetsForm {
  firstReplyMinutes: string;
  resolutionMinutes: string;
}

/**
 * An SLA policy as its form holds it, all as typed: each weekday's spans as `09:00-12:00, 13:00-17:00`, the
 * holidays one per line, the targets as text. The policy's id is its queue's.
 */
export interface SlaPolicyForm {
  timeZone: string;
  weekly: Record<Weekday, string>;
  holidays: string;
  targets: Record<CustomerTier, TargetsForm>;
}

/** Spans written `09:00-12:00, 13:00-17:00` (a dash or an en dash); a piece without a dash has no closing time. */
export function parseSpans(text: string): OpeningSpan[] {
  return text
    .split(/[,;]/)
    .map((piece) => piece.trim())
    .filter(Boolean)
    .map((piece) => {
      const [opens = '', closes = ''] = piece.split(/\s*[-–]\s*/);
      return { opens: opens.trim(), closes: closes.trim() };
    });
}

export const formatSpans = (spans: readonly OpeningSpan[]) => spans.map((s) => `${s.opens}-${s.closes}`).join(', ');

/** Holidays written one per line (or separated by commas or spaces). */
export function parseHolidays(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

/** Typed minutes as a number; text that is not one stays text, so the schema names the field. */
function minutesValue(text: string): number | string {
  const trimmed = text.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
}

/** A new policy: weekdays 09:00-17:00 in the console's own time zone; a day's resolution for vip. */
const BLANK_TARGETS: Record<CustomerTier, TargetsForm> = {
  standard: { firstReplyMinutes: '240', resolutionMinutes: '2400' },
  premium: { firstReplyMinutes: '120', resolutionMinutes: '960' },
  vip: { firstReplyMinutes: '60', resolutionMinutes: '480' },
};
const WORKING_DAYS: ReadonlySet<Weekday> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday']);

function record<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;
}

export const SLA_POLICY_FORM: SettingFormSpec<'sla_policy', SlaPolicyForm> = {
  kind: 'sla_policy',
  fieldPaths: [
    'queueId',
    'businessHours.timeZone',
    'businessHours.weekly',
    ...WEEKDAYS.map((day) => `businessHours.weekly.${day}`),
    'businessHours.holidays',
    ...CUSTOMER_TIERS.flatMap((tier) => [
      `targets.${tier}`,
      `targets.${tier}.firstReplyMinutes`,
      `targets.${tier}.resolutionMinutes`,
    ]),
  ],
  blank: () => ({
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    weekly: record(WEEKDAYS, (day) => (WORKING_DAYS.has(day) ? '09:00-17:00' : '')),
    holidays: '',
    targets: record(CUSTOMER_TIERS, (tier) => ({ ...BLANK_TARGETS[tier] })),
  }),
  fromValue: (value) => ({
    timeZone: value.businessHours.timeZone,
    weekly: record(WEEKDAYS, (day) => formatSpans(value.businessHours.weekly[day])),
    holidays: value.businessHours.holidays.join('\n'),
    targets: record(CUSTOMER_TIERS, (tier) => ({
      firstReplyMinutes: String(value.targets[tier]?.firstReplyMinutes ?? ''),
      resolutionMinutes: String(value.targets[tier]?.resolutionMinutes ?? ''),
    })),
  }),
  toValue: (form, id) => ({
    queueId: id,
    businessHours: {
      timeZone: form.timeZone.trim(),
      weekly: record(WEEKDAYS, (day) => parseSpans(form.weekly[day])),
      holidays: parseHolidays(form.holidays),
    },
    targets: record(CUSTOMER_TIERS, (tier) => ({
      firstReplyMinutes: minutesValue(form.targets[tier].firstReplyMinutes),
      resolutionMinutes: minutesValue(form.targets[tier].resolutionMinutes),
    })),
  }),
};
