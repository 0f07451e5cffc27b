import { z } from 'zod';

/**
 * Two tickets of one customer become one thread (issue 19): the source's messages move into the target in time
 * order, the source is resolved with a pointer (`mergedInto`), both record it in their history, and the customer is
 * told on the source's channel where the conversation continues, where the channel can carry a reply. A merge may be
 * undone within MERGE_UNDO_WINDOW_MS: the messages go back and the source returns to its status.
 */
export const MERGE_UNDO_WINDOW_MS = 10 * 60_000;

export const MergeIdSchema = z.string().regex(/^mrg_[A-Za-z0-9_-]{6,64}$/, 'A merge id looks like mrg_….');

/** `POST /v1/tickets/:id/merge` (agents, leads, admins): merge ticket :id into `into`. */
export const MergeRequestSchema = z.strictObject({ into: z.string().min(1).max(100) });
export type MergeRequest = z.infer<typeof MergeRequestSchema>;

/** Why the queue refuses a merge or its undo (a 409's or 422's `details.reason`). */
export const MERGE_REFUSALS = [
  'same_ticket',
  'different_customers',
  'already_merged',
  'undo_window_over',
  'already_undone',
] as const;
export const MergeRefusalSchema = z.enum(MERGE_REFUSALS);
export type MergeRefusal = z.infer<typeof MergeRefusalSchema>;

/** A merge as the queue recorded it (`POST …/merge` and `POST /v1/merges/:id/undo` answer it). */
export const MergeRecordSchema = z.strictObject({
  id: MergeIdSchema,
  sourceTicketId: z.string(),
  targetTicketId: z.string(),
  /** Messages moved from the source into the target. */
  movedMessages: z.number().int().nonnegative(),
  /** Who merged (the caller's name). */
  by: z.string(),
  at: z.string(),
  /** Until when it may be undone (ISO). */
  undoUntil: z.string(),
  undoneAt: z.string().nullable(),
  /** The channel that told the customer where the conversation continues; null where it could not. */
  customerToldBy: z.string().nullable(),
});
export type MergeRecord = z.infer<typeof MergeRecordSchema>;

/**
 * The console's merge methods: both ask the queue (offline: needs_network), then pull the feed so both tickets show
 * as the queue has them. Required: a console without a queue answers not_supported.
 */
export const mergeConsoleMethods = {
  mergeTickets: {
    input: z.strictObject({ ticketId: z.string().min(1).max(100), into: z.string().min(1).max(100) }),
    output: MergeRecordSchema,
  },
  undoMerge: { input: z.strictObject({ mergeId: MergeIdSchema }), output: MergeRecordSchema },
} as const;
