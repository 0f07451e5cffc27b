import { z } from 'zod';
import { AiDecisionSchema } from '../domain/decision.js';
import { MessageTextSchema, ReviewVerdictSchema, TicketSchema } from '../domain/ticket.js';

/** Highest mutation id a client may use: ids stay exact integers in JSON, JavaScript and both stores. */
export const MAX_MUTATION_ID = Number.MAX_SAFE_INTEGER;
/** Highest ticket version a change may be based on (versions count the changes of one ticket). */
export const MAX_TICKET_VERSION = Number.MAX_SAFE_INTEGER;
const BaseVersionSchema = z.number().int().nonnegative().max(MAX_TICKET_VERSION);

/** Mutation ids are numbered 1, 2, 3... per client; the queue applies each (clientId, id) once. */
const base = {
  id: z.number().int().positive().max(MAX_MUTATION_ID),
  ticketId: z.string().min(1).max(100),
  createdAt: z.string(),
};

export const AgentReplyMutationSchema = z.strictObject({
  ...base,
  type: z.literal('agent_reply'),
  /** Chosen by the console so the optimistic local copy and the queue's copy are the same message. */
  messageId: z.string().min(1).max(100),
  text: MessageTextSchema,
  resolve: z.boolean(),
  agentName: z.string().min(1).max(200),
  /**
   * The ticket version the agent saw when writing. When present, the queue refuses the reply as a
   * `conflict` if another client answered, resolved or reassigned the ticket after that version.
   */
  baseVersion: BaseVersionSchema.optional(),
});

export const NoteMutationSchema = z.strictObject({
  ...base,
  type: z.literal('note'),
  messageId: z.string().min(1).max(100),
  text: MessageTextSchema,
  agentName: z.string().min(1).max(200),
});

export const AiDecisionMutationSchema = z.strictObject({
  ...base,
  type: z.literal('ai_decision'),
  messageId: z.string().min(1).max(100),
  decision: AiDecisionSchema,
});

/** Moves a ticket to another owner queue; recorded in the thread as an internal note. */
export const ReassignMutationSchema = z.strictObject({
  ...base,
  type: z.literal('reassign'),
  messageId: z.string().min(1).max(100),
  ownerQueue: z.string().trim().min(1).max(100),
  agentName: z.string().min(1).max(200),
  baseVersion: BaseVersionSchema.optional(),
});

/** An agent takes the ticket (assign to me): the AI only drafts for it from then on. */
export const AssignMutationSchema = z.strictObject({
  ...base,
  type: z.literal('assign'),
  messageId: z.string().min(1).max(100),
  assignee: z.string().trim().min(1).max(200),
  agentName: z.string().min(1).max(200),
  baseVersion: BaseVersionSchema.optional(),
});

/** Keeps the ticket out of the inbox until `until` (null wakes it now); a customer message wakes it too. */
export const SnoozeMutationSchema = z.strictObject({
  ...base,
  type: z.literal('snooze'),
  messageId: z.string().min(1).max(100),
  until: z.string().datetime({ offset: true }).nullable(),
  agentName: z.string().min(1).max(200),
});

/**
 * Hands the ticket back to the AI: the one explicit exception to "once a human took it, the AI only
 * drafts". The ticket becomes new and not human-owned, so an autopilot claims and answers it again.
 */
export const HandbackMutationSchema = z.strictObject({
  ...base,
  type: z.literal('handback'),
  messageId: z.string().min(1).max(100),
  agentName: z.string().min(1).max(200),
  baseVersion: BaseVersionSchema.optional(),
});

/** Longest review or reopen reason, in characters. */
export const MAX_REASON_LENGTH = 2000;
const ReasonTextSchema = z.string().trim().min(1, 'Say why.').max(MAX_REASON_LENGTH);

/** A team lead's verdict on a ticket (lead or admin only); a flag must say why. */
export const ReviewMutationSchema = z
  .strictObject({
    ...base,
    type: z.literal('review'),
    verdict: ReviewVerdictSchema,
    reason: ReasonTextSchema.optional(),
    reviewerName: z.string().min(1).max(200),
  })
  .refine((mutation) => mutation.verdict !== 'flag' || mutation.reason !== undefined, {
    message: 'A flag needs a reason.',
    path: ['reason'],
  });

/**
 * Puts a resolved (agent, lead, admin) or AI-resolved (lead, admin) ticket back in front of a human:
 * escalated to its owner queue, with a public message telling the customer a person follows up.
 */
export const ReopenMutationSchema = z.strictObject({
  ...base,
  type: z.literal('reopen'),
  /** Id of the public message to the customer, chosen by the console like a reply's. */
  messageId: z.string().min(1).max(100),
  reason: ReasonTextSchema,
  agentName: z.string().min(1).max(200),
  /** Owner queue for a ticket that has none (AI-resolved ones): the tenant's catch-all. The ticket's own queue wins. */
  ownerQueue: z.string().trim().min(1).max(100).optional(),
});

/**
 * Mutations a console sends on its own (time spent on a ticket): delivered like the rest, but nothing the
 * agent sees changes — not counted as waiting changes, no list refresh, the ticket's updatedAt stays.
 */
export const BOOKKEEPING_MUTATION_TYPES: readonly string[] = ['handle_time'];

/** Longest stretch one handle_time mutation may report: a ticket left open overnight is not work. */
export const MAX_HANDLE_SECONDS = 8 * 3600;
/** Most handle time one ticket adds up to (a year of work days): its sum stops there instead of growing without bound. */
export const MAX_TICKET_HANDLE_SECONDS = 365 * MAX_HANDLE_SECONDS;

/** Time an agent had the ticket open in a console, added to Ticket.handleSeconds (handle time metric). */
export const HandleTimeMutationSchema = z.strictObject({
  ...base,
  type: z.literal('handle_time'),
  seconds: z.number().positive().max(MAX_HANDLE_SECONDS),
  agentName: z.string().min(1).max(200),
});

export const MutationSchema = z.discriminatedUnion('type', [
  AgentReplyMutationSchema,
  NoteMutationSchema,
  AiDecisionMutationSchema,
  ReassignMutationSchema,
  ReviewMutationSchema,
  ReopenMutationSchema,
  AssignMutationSchema,
  SnoozeMutationSchema,
  HandbackMutationSchema,
  HandleTimeMutationSchema,
]);
export type Mutation = z.infer<typeof MutationSchema>;
export type AgentReplyMutation = z.infer<typeof AgentReplyMutationSchema>;
export type NoteMutation = z.infer<typeof NoteMutationSchema>;
export type AiDecisionMutation = z.infer<typeof AiDecisionMutationSchema>;
export type ReassignMutation = z.infer<typeof ReassignMutationSchema>;
export type ReviewMutation = z.infer<typeof ReviewMutationSchema>;
export type ReopenMutation = z.infer<typeof ReopenMutationSchema>;
export type AssignMutation = z.infer<typeof AssignMutationSchema>;
export type SnoozeMutation = z.infer<typeof SnoozeMutationSchema>;
export type HandbackMutation = z.infer<typeof HandbackMutationSchema>;
export type HandleTimeMutation = z.infer<typeof HandleTimeMutationSchema>;

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
