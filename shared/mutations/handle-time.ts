import { z } from 'zod';
import { CONSOLE_ROLES, defineMutator, sumUpTo } from './mutator.js';
import { mutationFields, mutationSchema, PersonNameSchema } from './wire-fields.js';

/** Longest stretch one handle_time mutation may report: a ticket left open overnight is not work. */
export const MAX_HANDLE_SECONDS = 8 * 3600;
/** Most handle time one ticket adds up to (a year of work days): its sum stops there instead of growing without bound. */
export const MAX_TICKET_HANDLE_SECONDS = 365 * MAX_HANDLE_SECONDS;

/** Time an agent had the ticket open in a console, added to Ticket.handleSeconds (handle time metric). */
export const HandleTimeMutationSchema = mutationSchema('handle_time', {
  ...mutationFields,
  seconds: z.number().positive().max(MAX_HANDLE_SECONDS),
  agentName: PersonNameSchema,
});
export type HandleTimeMutation = z.infer<typeof HandleTimeMutationSchema>;

/**
 * Sent by a console on its own: time adds up on any ticket status. Repeats are caught by the queue's
 * (clientId, id) check, as it has no message to catch them by.
 */
export const handleTime = defineMutator(HandleTimeMutationSchema, {
  roles: CONSOLE_ROLES,
  patch: (spent, ticket) => ({
    handleSeconds: sumUpTo(ticket.handleSeconds, spent.seconds, MAX_TICKET_HANDLE_SECONDS),
  }),
  bookkeeping: true,
});
