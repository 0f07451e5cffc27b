import { z } from 'zod';
import { AiDecisionSchema } from '../domain/decision.js';
import { MessageTextSchema, TicketSchema } from '../domain/ticket.js';

/** Mutation ids are numbered 1, 2, 3... per client; the queue applies each (clientId, id) once. */
const base = {
  id: z.number().int().positive(),
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

export const MutationSchema = z.discriminatedUnion('type', [AgentReplyMutationSchema, NoteMutationSchema, AiDecisionMutationSchema]);
export type Mutation = z.infer<typeof MutationSchema>;
export type AgentReplyMutation = z.infer<typeof AgentReplyMutationSchema>;
export type NoteMutation = z.infer<typeof NoteMutationSchema>;
export type AiDecisionMutation = z.infer<typeof AiDecisionMutationSchema>;

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
  ticket: TicketSchema.optional(),
});
export type MutationOutcome = z.infer<typeof MutationOutcomeSchema>;

export const PushResponseSchema = z.strictObject({
  results: z.array(MutationOutcomeSchema),
  /** Highest mutation id of this client the queue has applied. */
  lastMutationId: z.number().int().nonnegative(),
});
export type PushResponse = z.infer<typeof PushResponseSchema>;
