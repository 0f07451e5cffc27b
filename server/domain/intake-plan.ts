import { newTicket, type Message, type Ticket } from '../../shared/domain/ticket.js';
import type { AuditEntry } from '../audit/audit-chain.js';
import { intakeEntry, SYSTEM_ACTOR } from '../audit/audit-entries.js';
import type { IntakeInput } from '../storage/queue-store.js';
import { messageRow } from './ticket-change.js';

/** What an intake writes: the new ticket, its first customer message, its idempotency key, and its audit record. */
export interface IntakePlan {
  ticket: Ticket;
  message: Message;
  /** Kept with the ticket id, so a repeat of the intake finds the ticket instead of making another. */
  idempotencyKey: string | null;
  audit: AuditEntry[];
}

/** Plans a new ticket from an intake; the store gives the ids and the two feed numbers it drew (message first). */
export function planIntake(
  input: IntakeInput,
  ids: { ticketId: string; messageId: string },
  seqs: { message: number; ticket: number },
): IntakePlan {
  const at = input.now.toISOString();
  const ticket = {
    ...newTicket({
      id: ids.ticketId,
      tenantId: input.tenantId,
      subject: input.subject,
      customer: input.customer,
      channel: input.channel,
      at,
      seq: seqs.ticket,
    }),
    ownerQueue: input.ownerQueue ?? null,
    language: input.language ?? null,
  };
  const first = {
    id: ids.messageId,
    author: 'customer',
    authorName: input.customer.name,
    kind: 'reply',
    text: input.text,
    ...(input.email ? { email: input.email } : {}),
  } as const;
  const message = messageRow(ticket.id, first, at, seqs.message);
  return {
    ticket,
    message,
    idempotencyKey: input.idempotencyKey,
    audit: [intakeEntry(ticket, message.id, input.idempotencyKey, input.actor ?? SYSTEM_ACTOR)],
  };
}
