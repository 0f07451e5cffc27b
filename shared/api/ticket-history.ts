import { z } from 'zod';

/** One record of a ticket's audit trail, as the queue serves it (`GET /v1/tickets/:id/history`). */
export const AuditEventSchema = z.strictObject({
  /** Position in the queue's audit chain. */
  seq: z.number().int().positive(),
  actor: z.strictObject({
    /** The authenticated caller's name (the signed-in user's, or the token's); older records may carry `inputs.claimedName`. */
    name: z.string(),
    /** The token's role: agent, lead, autopilot, admin (or system). */
    role: z.string(),
    /** The console or worker id, for pushed changes. */
    clientId: z.string().nullable(),
    /** The signed-in user who did it (issue 18); null for a machine token or the system, absent from older queues. */
    userId: z.string().nullable().optional(),
  }),
  at: z.string(),
  /** ticket_intake, ai_decision, agent_reply, send_and_resolve, note, reassign, review, reopen, customer_reply, customer_rating... */
  action: z.string(),
  /** What the action was given (JSON); `outcome` is applied, conflict or rejected for pushed changes. */
  inputs: z.record(z.string(), z.unknown()),
  reason: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const TicketHistorySchema = z.strictObject({ ticketId: z.string(), events: z.array(AuditEventSchema) });
export type TicketHistory = z.infer<typeof TicketHistorySchema>;

/**
 * The name the console gave for the person acting (agentName, reviewerName), when it is not the token's
 * own name: what the client said, not who it is, so it is shown only labelled as such.
 */
export function claimedNameOf(event: AuditEvent): string | null {
  const claimed = event.inputs.claimedName;
  return typeof claimed === 'string' && claimed !== event.actor.name ? claimed : null;
}

/** Whether the queue refused the change this event records (a conflict or a rejection). */
export function wasRefused(event: AuditEvent): boolean {
  return event.inputs.outcome === 'conflict' || event.inputs.outcome === 'rejected';
}
