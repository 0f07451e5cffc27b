import { z } from 'zod';
import { MessageSchema, MessageTextSchema, TicketSchema } from '../domain/ticket.js';
import type { Result } from '../result.js';

/**
 * The one API the renderer has. In Electron it travels over IPC (preload -> main -> core);
 * in browser mode over HTTP to the console host. Both validate inputs with these schemas.
 */

export const ConsoleStatusSchema = z.strictObject({
  online: z.boolean(),
  unsentChanges: z.number().int().nonnegative(),
  lastSyncAt: z.string().nullable(),
  lastError: z.string().nullable(),
  agentName: z.string(),
  tenantName: z.string(),
});
export type ConsoleStatus = z.infer<typeof ConsoleStatusSchema>;

export const LocalMessageSchema = MessageSchema.extend({
  /** True while the change that created it waits in the outbox. */
  pending: z.boolean(),
});
export type LocalMessage = z.infer<typeof LocalMessageSchema>;

export const TicketDetailSchema = z.strictObject({ ticket: TicketSchema, messages: z.array(LocalMessageSchema) });
export type TicketDetail = z.infer<typeof TicketDetailSchema>;

const empty = z.strictObject({});

export const consoleMethods = {
  getStatus: { input: empty, output: ConsoleStatusSchema },
  /** Escalated tickets waiting for a human, oldest first. */
  listInbox: { input: empty, output: z.array(TicketSchema) },
  /** Tickets the AI resolved on its own, newest first. */
  listAiResolved: { input: empty, output: z.array(TicketSchema) },
  getTicket: { input: z.strictObject({ ticketId: z.string().min(1) }), output: TicketDetailSchema },
  sendReply: {
    input: z.strictObject({ ticketId: z.string().min(1), text: MessageTextSchema, resolve: z.boolean() }),
    output: TicketDetailSchema,
  },
  addNote: { input: z.strictObject({ ticketId: z.string().min(1), text: MessageTextSchema }), output: TicketDetailSchema },
} as const;

export type ConsoleMethodName = keyof typeof consoleMethods;
export type ConsoleInput<M extends ConsoleMethodName> = z.input<(typeof consoleMethods)[M]['input']>;
export type ConsoleOutput<M extends ConsoleMethodName> = z.output<(typeof consoleMethods)[M]['output']>;

/** Pushed to the renderer when the local cache or the connection changes, so views refresh. */
export const ConsoleEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('tickets_changed') }),
  z.strictObject({ type: z.literal('status_changed'), status: ConsoleStatusSchema }),
]);
export type ConsoleEvent = z.infer<typeof ConsoleEventSchema>;

export type ConsoleApi = {
  [M in ConsoleMethodName]: (input: ConsoleInput<M>) => Promise<Result<ConsoleOutput<M>>>;
} & {
  /** Returns a function that stops the subscription. */
  subscribe(listener: (event: ConsoleEvent) => void): () => void;
};

export const CONSOLE_IPC_CALL = 'switchboard:call';
export const CONSOLE_IPC_EVENT = 'switchboard:event';
