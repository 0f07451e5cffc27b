import { z } from 'zod';
import { TicketStatusSchema } from '../domain/ticket.js';

/** One of a customer's tickets as the customer panel lists it. */
export const CustomerTicketSchema = z.strictObject({
  id: z.string(),
  subject: z.string(),
  status: TicketStatusSchema,
  channel: z.string(),
  /** The customer's rating (1-5), null while unrated. */
  csat: z.number().int().min(1).max(5).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Set when it was merged into another ticket. */
  mergedInto: z.string().nullable(),
});
export type CustomerTicket = z.infer<typeof CustomerTicketSchema>;

/**
 * The customer panel's history (issue 19): the customer's tickets in the local cache, newest first, the open one
 * included (the panel marks it), found offline too; `text` narrows to tickets whose subject or messages have the words.
 * Required: every console has a cache.
 */
export const customerHistoryConsoleMethods = {
  listCustomerTickets: {
    input: z.strictObject({
      customerId: z.string().min(1).max(200),
      text: z.string().max(200).optional(),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: z.strictObject({ tickets: z.array(CustomerTicketSchema), total: z.number().int().nonnegative() }),
  },
} as const;
