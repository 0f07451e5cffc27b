import { z } from 'zod';

/** Highest mutation id a client may use: ids stay exact integers in JSON, JavaScript and both stores. */
export const MAX_MUTATION_ID = Number.MAX_SAFE_INTEGER;
/** Highest ticket version a change may be based on (versions count the changes of one ticket). */
export const MAX_TICKET_VERSION = Number.MAX_SAFE_INTEGER;
/** Longest review or reopen reason, in characters. */
export const MAX_REASON_LENGTH = 2000;

/** Mutation ids are numbered 1, 2, 3... per client; the queue applies each (clientId, id) once. */
export const mutationFields = {
  id: z.number().int().positive().max(MAX_MUTATION_ID),
  ticketId: z.string().min(1).max(100),
  createdAt: z.string(),
};

/** Chosen by the client so its own copy of the message it adds and the queue's copy are the same message. */
export const MessageIdSchema = z.string().min(1).max(100);

/** The name a client gives for the person behind a change (the token is the actor; this is only the claimed name). */
export const PersonNameSchema = z.string().min(1).max(200);

/** The fields of a change a person makes at a console and that adds a message to the thread. */
export const agentChangeFields = {
  ...mutationFields,
  messageId: MessageIdSchema,
  agentName: PersonNameSchema,
};

/**
 * The ticket version the agent saw. When present, the queue refuses the change as a `conflict` if another
 * client answered, resolved or reassigned the ticket after that version (server/domain/mutation-plan.ts).
 */
const BaseVersionSchema = z.number().int().nonnegative().max(MAX_TICKET_VERSION);

/** The fields of a person's change the queue checks against the ticket version the agent saw. */
export const versionedChangeFields = { ...agentChangeFields, baseVersion: BaseVersionSchema.optional() };

/** An owner queue's id, as the tenant's queues name it. */
export const QueueIdSchema = z.string().trim().min(1).max(100);

export const ReasonTextSchema = z.string().trim().min(1, 'Say why.').max(MAX_REASON_LENGTH);

/** A mutation's wire schema: exactly `fields` and its `type`, nothing else. */
export function mutationSchema<T extends string, F extends z.ZodRawShape>(type: T, fields: F) {
  return z.strictObject({ ...fields, type: z.literal(type) });
}
