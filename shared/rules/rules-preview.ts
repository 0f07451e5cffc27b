import { z } from 'zod';
import { EscalationReasonCodeSchema } from '../domain/ticket.js';

/** What the AI did (or would do) with one ticket: answer it, or escalate it to an owner queue by a rule. */
export const RuleOutcomeSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('resolve') }),
  z.strictObject({
    action: z.literal('escalate'),
    ownerQueue: z.string(),
    ruleId: z.string(),
    code: EscalationReasonCodeSchema,
  }),
]);
export type RuleOutcome = z.infer<typeof RuleOutcomeSchema>;

/** A ticket whose decision or owner queue the changed rules would change. */
export const PreviewChangeSchema = z.strictObject({
  ticketId: z.string(),
  subject: z.string(),
  createdAt: z.string(),
  language: z.string().nullable(),
  intent: z.string().nullable(),
  before: RuleOutcomeSchema,
  after: RuleOutcomeSchema,
});
export type PreviewChange = z.infer<typeof PreviewChangeSchema>;

/** Per rule or per queue: changed tickets it would newly take, and changed tickets it would no longer take. */
export const PreviewTallySchema = z.strictObject({
  /** A rule id, an owner queue id, or null for "answered by the AI" in the per-queue table. */
  key: z.string().nullable(),
  gained: z.number().int().nonnegative(),
  lost: z.number().int().nonnegative(),
});
export type PreviewTally = z.infer<typeof PreviewTallySchema>;

export const RulesPreviewSchema = z.strictObject({
  /** The window: tickets created from `from` up to `to` (the last 7 days). */
  from: z.string(),
  to: z.string(),
  /** Tickets in the window that the AI had decided (the ones compared). */
  compared: z.number().int().nonnegative(),
  /** Tickets in the window not decided yet (status new), left out. */
  undecided: z.number().int().nonnegative(),
  changed: z.number().int().nonnegative(),
  /** Changed tickets that the AI answered and now would escalate, and the reverse. */
  newlyEscalated: z.number().int().nonnegative(),
  newlyResolved: z.number().int().nonnegative(),
  byRule: z.array(PreviewTallySchema),
  byQueue: z.array(PreviewTallySchema),
  /** The changed tickets, newest first (at most `MAX_PREVIEW_CHANGES`). */
  changes: z.array(PreviewChangeSchema),
});
export type RulesPreview = z.infer<typeof RulesPreviewSchema>;

export const PREVIEW_DAYS = 7;
export const MAX_PREVIEW_CHANGES = 500;

/** Whether two outcomes differ in decision, owner queue or deciding rule. */
export function outcomeChanged(before: RuleOutcome, after: RuleOutcome): boolean {
  if (before.action !== after.action) return true;
  if (before.action === 'escalate' && after.action === 'escalate')
    return before.ownerQueue !== after.ownerQueue || before.ruleId !== after.ruleId;
  return false;
}

/** Sums changes per rule and per owner queue (null = answered by the AI), sorted by the most movement. */
export function tallyChanges(changes: readonly Pick<PreviewChange, 'before' | 'after'>[]): {
  byRule: PreviewTally[];
  byQueue: PreviewTally[];
} {
  const byRule = new Map<string, PreviewTally>();
  const byQueue = new Map<string | null, PreviewTally>();
  const bump = <K>(map: Map<K, PreviewTally>, key: K, field: 'gained' | 'lost') => {
    const tally = map.get(key) ?? { key: key as string | null, gained: 0, lost: 0 };
    tally[field]++;
    map.set(key, tally);
  };
  for (const { before, after } of changes) {
    const ruleBefore = before.action === 'escalate' ? before.ruleId : null;
    const ruleAfter = after.action === 'escalate' ? after.ruleId : null;
    if (ruleBefore !== ruleAfter) {
      if (ruleBefore !== null) bump(byRule, ruleBefore, 'lost');
      if (ruleAfter !== null) bump(byRule, ruleAfter, 'gained');
    }
    const queueBefore = before.action === 'escalate' ? before.ownerQueue : null;
    const queueAfter = after.action === 'escalate' ? after.ownerQueue : null;
    if (queueBefore !== queueAfter) {
      bump(byQueue, queueBefore, 'lost');
      bump(byQueue, queueAfter, 'gained');
    }
  }
  const order = (a: PreviewTally, b: PreviewTally) =>
    b.gained + b.lost - (a.gained + a.lost) || String(a.key).localeCompare(String(b.key));
  return { byRule: [...byRule.values()].sort(order), byQueue: [...byQueue.values()].sort(order) };
}
