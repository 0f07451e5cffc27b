import { z } from 'zod';
import { MAX_TICKET_TAGS, TagIdSchema } from '../domain/ticket.js';

/** Most tickets one bulk action changes. */
export const MAX_BULK_TICKETS = 200;

/**
 * What a bulk action does to each selected ticket (issue 19); each ticket gets its own mutation in the outbox (so each
 * is audited by the queue as that change, under the person who made it): take them (assign to me), add or remove
 * tags, snooze them until a time (null wakes), or reply with a macro's text and resolve.
 */
export const BulkActionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('assign_to_me') }),
  z.strictObject({
    kind: z.literal('tag'),
    add: z.array(TagIdSchema).max(MAX_TICKET_TAGS),
    remove: z.array(TagIdSchema).max(MAX_TICKET_TAGS),
  }),
  z.strictObject({ kind: z.literal('snooze'), until: z.string().datetime({ offset: true }).nullable() }),
  z.strictObject({ kind: z.literal('resolve_with_macro'), macroId: z.string().min(1).max(100) }),
]);
export type BulkAction = z.infer<typeof BulkActionSchema>;

export const BulkResultSchema = z.strictObject({
  ticketId: z.string(),
  /** Queued (shown at once, sent by sync), or refused here with the reason (the others still go). */
  ok: z.boolean(),
  error: z.string().nullable(),
});
export type BulkResult = z.infer<typeof BulkResultSchema>;

/** Required: every console queues ticket actions in its outbox. */
export const bulkConsoleMethods = {
  applyToTickets: {
    input: z.strictObject({
      ticketIds: z.array(z.string().min(1).max(100)).min(1).max(MAX_BULK_TICKETS),
      action: BulkActionSchema,
    }),
    output: z.strictObject({ results: z.array(BulkResultSchema) }),
  },
} as const;
