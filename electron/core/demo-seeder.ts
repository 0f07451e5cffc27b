import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CustomerRatingSchema, TicketIntakeSchema, type CustomerRating } from '../../shared/api/queue-contract.js';
import type { QueueClient } from './sync/queue-client.js';

/** A demo ticket as its channel posts it; `rating` is what the customer will give once it is resolved. */
const DemoTicketSchema = TicketIntakeSchema.extend({ externalId: z.string().min(1), rating: CustomerRatingSchema.optional() });
export type DemoTicket = z.infer<typeof DemoTicketSchema>;

export function loadDemoTickets(resourcesDir: string, tenantId: string): DemoTicket[] {
  const file = join(resourcesDir, 'tenants', tenantId, 'demo-tickets.json');
  return z.array(DemoTicketSchema).parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** A posted demo ticket whose customer rates it once it is closed. */
export interface PendingDemoRating {
  ticketId: string;
  rating: CustomerRating;
}

/**
 * Posts the demo tenant's tickets through the queue's intake API, as a channel would. Each carries its
 * external id as idempotency key, so seeding again (after a crash half-way, say) creates no twins.
 * Returns the ratings their customers will give (see demo-ratings.ts).
 */
export async function seedDemoTickets(admin: QueueClient, tickets: readonly DemoTicket[], onProgress?: (done: number) => void): Promise<PendingDemoRating[]> {
  const ratings: PendingDemoRating[] = [];
  let done = 0;
  for (const { externalId, rating, ...intake } of tickets) {
    const created = await admin.createTicket(intake, `demo:${externalId}`);
    if (!created.ok) throw new Error(`Seeding demo ticket ${externalId} failed: ${created.error.message}`);
    if (rating) ratings.push({ ticketId: created.value.ticket.id, rating });
    done++;
    onProgress?.(done);
  }
  return ratings;
}
