import type { TicketWithMessages } from '../../shared/api/queue-contract.js';
import type { QueueClient } from '../../lib/queue-client/queue-client.js';
import { waitFor } from './child-process.js';

/**
 * A customer writes in with `text` (through `admin`'s client, as a channel would); resolves with the ticket and its
 * thread once an AI has decided it (it is no longer new). `context` is added to the time-out's message.
 */
export async function decidedTicket(admin: QueueClient, text: string, context = ''): Promise<TicketWithMessages> {
  const created = await admin.createTicket({
    subject: 'Card',
    text,
    customer: { id: 'c1', name: 'Kim Berg', tier: 'standard' },
  });
  if (!created.ok) throw new Error(created.error.message);
  const id = created.value.ticket.id;
  return waitFor(
    async () => {
      const current = await admin.getTicket(id);
      return current.ok && current.value.ticket.status !== 'new' ? current.value : null;
    },
    30_000,
    `the decision on "${text}"${context}`,
  );
}
