import { z } from 'zod';
import { TicketSchema } from '../domain/ticket.js';
import { MUTATION_SCHEMAS, MUTATORS } from '../mutations/index.js';

/**
 * The wire schemas of ticket mutations. Each mutation type is a module in shared/mutations/ (its schema, who
 * may push it, its check and its effect); the union below is built from their list.
 */
export const MutationSchema = z.discriminatedUnion('type', MUTATION_SCHEMAS);
export type Mutation = z.infer<typeof MutationSchema>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A mutation as a client builds it, before its outbox numbers it; a mutation's rules read no more than this. */
export type UnnumberedMutation = DistributiveOmit<Mutation, 'id'>;

/**
 * Mutations a console sends on its own (time spent on a ticket): delivered like the rest, but nothing the
 * agent sees changes — not counted as waiting changes, no list refresh, the ticket's updatedAt stays.
 */
export const BOOKKEEPING_MUTATION_TYPES: readonly string[] = MUTATORS.filter((mutator) => mutator.bookkeeping).map(
  (mutator) => mutator.type,
);

export { MAX_MUTATION_ID, MAX_REASON_LENGTH, MAX_TICKET_VERSION } from '../mutations/wire-fields.js';
export type { AgentReplyMutation } from '../mutations/agent-reply.js';
export type { AiDecisionMutation } from '../mutations/ai-decision.js';
export type { AssignMutation } from '../mutations/assign.js';
export type { HandbackMutation } from '../mutations/handback.js';
export { MAX_HANDLE_SECONDS, MAX_TICKET_HANDLE_SECONDS, type HandleTimeMutation } from '../mutations/handle-time.js';
export type { MarkSpamMutation } from '../mutations/mark-spam.js';
export type { NoteMutation } from '../mutations/note.js';
export type { ReassignMutation } from '../mutations/reassign.js';
export type { ReopenMutation } from '../mutations/reopen.js';
export type { ReviewMutation } from '../mutations/review.js';
export type { SnoozeMutation } from '../mutations/snooze.js';
export type { TagMutation } from '../mutations/tag.js';

/** Why the queue refused a change as a conflict: what another client did after `baseVersion`. */
export const ConflictReasonSchema = z.enum(['answered_elsewhere', 'resolved_elsewhere', 'reassigned']);
export type ConflictReason = z.infer<typeof ConflictReasonSchema>;

export const MAX_MUTATIONS_PER_PUSH = 200;

export const PushRequestSchema = z.strictObject({
  clientId: z.string().min(1).max(100),
  mutations: z.array(MutationSchema).min(1).max(MAX_MUTATIONS_PER_PUSH),
});
export type PushRequest = z.infer<typeof PushRequestSchema>;

export const MutationOutcomeSchema = z.strictObject({
  id: z.number().int(),
  /** applied: done now; duplicate: done before; conflict: the queue kept its own state (in `ticket`); rejected: invalid. */
  status: z.enum(['applied', 'duplicate', 'conflict', 'rejected']),
  error: z.string().optional(),
  /** Set with `conflict` when the mutation lost to another client's change (see baseVersion). */
  reason: ConflictReasonSchema.optional(),
  ticket: TicketSchema.optional(),
});
export type MutationOutcome = z.infer<typeof MutationOutcomeSchema>;

export const PushResponseSchema = z.strictObject({
  results: z.array(MutationOutcomeSchema),
  /** Highest mutation id of this client the queue has applied. */
  lastMutationId: z.number().int().nonnegative(),
});
export type PushResponse = z.infer<typeof PushResponseSchema>;
