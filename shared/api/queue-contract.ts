import { z } from 'zod';
import {
  CustomerSchema,
  MAX_CSAT_COMMENT_LENGTH,
  MAX_SUBJECT_LENGTH,
  MessageSchema,
  MessageTextSchema,
  TicketSchema,
} from '../domain/ticket.js';

/** The central queue's HTTP API lives under this prefix. */
export const QUEUE_API_PREFIX = '/v1';

export const RoleSchema = z.enum(['agent', 'lead', 'autopilot', 'admin']);
export type Role = z.infer<typeof RoleSchema>;

export const TicketIntakeSchema = z.strictObject({
  subject: z.string().trim().min(1).max(MAX_SUBJECT_LENGTH),
  customer: CustomerSchema,
  channel: z.string().min(1).max(50).default('api'),
  text: MessageTextSchema,
});
export type TicketIntake = z.input<typeof TicketIntakeSchema>;

export const CustomerReplySchema = z.strictObject({ text: MessageTextSchema });

/** A customer's satisfaction rating of a closed ticket (`POST /v1/tickets/:id/rating`), as a channel posts it. */
export const CustomerRatingSchema = z.strictObject({
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(MAX_CSAT_COMMENT_LENGTH).optional(),
});
export type CustomerRating = z.infer<typeof CustomerRatingSchema>;
export const RatedTicketSchema = z.strictObject({ ticket: TicketSchema });

export const TicketWithMessagesSchema = z.strictObject({ ticket: TicketSchema, messages: z.array(MessageSchema) });
export type TicketWithMessages = z.infer<typeof TicketWithMessagesSchema>;

export const ChangesQuerySchema = z.strictObject({
  since: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
  clientId: z.string().min(1).max(100).optional(),
});

export const ChangesResponseSchema = z.strictObject({
  tickets: z.array(TicketSchema),
  messages: z.array(MessageSchema),
  /** Pass as `since` on the next pull. */
  cursor: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  /** Highest mutation id the queue has applied for `clientId`, when given. */
  lastMutationId: z.number().int().nonnegative().nullable(),
});
export type ChangesResponse = z.infer<typeof ChangesResponseSchema>;

/** The most tickets one claim may take. */
export const MAX_CLAIM_LIMIT = 100;
export const ClaimRequestSchema = z.strictObject({
  workerId: z.string().min(1).max(100),
  limit: z.number().int().min(1).max(MAX_CLAIM_LIMIT).default(10),
  leaseMs: z.number().int().min(1000).max(600_000).default(30_000),
});

export const ClaimResponseSchema = z.strictObject({
  claims: z.array(z.strictObject({ ticket: TicketSchema, messages: z.array(MessageSchema), leaseUntil: z.string() })),
});
export type ClaimResponse = z.infer<typeof ClaimResponseSchema>;

export const ErrorBodySchema = z.strictObject({
  error: z.strictObject({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/** Sent on the queue's event stream (`GET /v1/events`, server-sent events) whenever the feed moves. */
export const QueueEventSchema = z.strictObject({ cursor: z.number().int().nonnegative() });

/** Many tickets in one request (`POST /v1/tickets/batch`), each with its own optional idempotency key. */
export const MAX_TICKETS_PER_BATCH = 500;
export const TicketBatchIntakeSchema = z.strictObject({
  tickets: z
    .array(TicketIntakeSchema.extend({ idempotencyKey: z.string().trim().min(1).max(200).optional() }))
    .min(1)
    .max(MAX_TICKETS_PER_BATCH),
});
export type TicketBatchIntake = z.input<typeof TicketBatchIntakeSchema>;

export const TicketBatchResponseSchema = z.strictObject({
  results: z.array(z.strictObject({ ticketId: z.string(), created: z.boolean(), seq: z.number().int() })),
});

export const RenewClaimRequestSchema = ClaimRequestSchema.pick({ workerId: true, leaseMs: true });
export const RenewClaimResponseSchema = z.strictObject({ leaseUntil: z.string() });

/** `GET /v1/stats`: counts a team lead watches. */
export const QueueStatsSchema = z.strictObject({
  tickets: z.record(z.string(), z.number().int().nonnegative()),
  aiDecisions: z.strictObject({ resolve: z.number().int(), escalate: z.number().int(), total: z.number().int() }),
  ticketsDecidedMoreThanOnce: z.number().int().nonnegative(),
  queueDepth: z.number().int().nonnegative(),
});
export type QueueStats = z.infer<typeof QueueStatsSchema>;

/** An owner queue of a tenant: where escalations go and agents work. Ids are stable, names are for people. */
export const OwnerQueueSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'A queue id is 1-63 lowercase letters, digits, "-" or "_".'),
  name: z.string().trim().min(1).max(200),
});
export type OwnerQueue = z.infer<typeof OwnerQueueSchema>;

export const OwnerQueueListSchema = z.strictObject({ queues: z.array(OwnerQueueSchema) });
