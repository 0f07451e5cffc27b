/** Turns an eval case into the ticket and thread a channel would have posted. */
import { newTicket, type Message, type Ticket } from '../shared/domain/ticket.js';
import type { EvalCase } from '../shared/evals/suite-format.js';
import type { AiEngineInput } from '../engine/engine.js';

const EPOCH = Date.parse('2025-01-01T00:00:00.000Z');
const at = (i: number) => new Date(EPOCH + i * 60_000).toISOString();

export function caseMessages(c: EvalCase): { author: Message['author']; text: string }[] {
  return c.messages.map((m) => (typeof m === 'string' ? { author: 'customer' as const, text: m } : m));
}

/** The customer's messages joined, for reports. */
export function customerText(c: EvalCase): string {
  return caseMessages(c)
    .filter((m) => m.author === 'customer')
    .map((m) => m.text)
    .join('\n');
}

export function caseTicket(c: EvalCase, tenantId: string): AiEngineInput {
  const id = `eval-${c.id}`;
  const thread = caseMessages(c);
  const first = thread.find((m) => m.author === 'customer')?.text ?? thread[0]!.text;
  const subject = c.subject ?? (c.order ? `Order ${c.order.id}` : first.replace(/\s+/g, ' ').slice(0, 80));
  const ticket: Ticket = {
    ...newTicket({
      id,
      tenantId,
      subject,
      customer: {
        id: c.customer?.id ?? `c-${c.id}`,
        name: c.customer?.name ?? 'Customer',
        tier: c.customer?.tier ?? 'standard',
        ...(c.customer?.email ? { email: c.customer.email } : {}),
      },
      channel: 'eval',
      at: at(0),
      seq: thread.length,
    }),
    // An agent already answered in the thread: a human owns the ticket, the AI only drafts.
    humanTouched: thread.some((m) => m.author === 'agent'),
  };
  const messages: Message[] = thread.map((m, i) => ({
    id: `${id}-m${i + 1}`,
    ticketId: id,
    author: m.author,
    authorName: m.author === 'agent' ? 'Agent' : null,
    kind: 'reply',
    text: m.text,
    createdAt: at(i),
    seq: i + 1,
  }));
  return { ticket, messages };
}
