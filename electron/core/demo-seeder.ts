import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  CustomerRatingSchema,
  MAX_TICKETS_PER_BATCH,
  TicketIntakeSchema,
  type CustomerRating,
  type TicketIntake,
} from '../../shared/api/queue-contract.js';
import type { QueueClient } from '../../lib/queue-client/queue-client.js';

/**
 * What a demo ticket is, as a correct help desk would treat it: an everyday question its knowledge base
 * answers, or one of the hard cases that go to a person. The payments demo mixes them about three to one, the
 * way a payments help desk sees its traffic; the mix and its source are in resources/tenants/payments/DEMO-TRAFFIC.md.
 */
export const DemoTicketKindSchema = z.enum([
  'everyday',
  'human_request',
  'complaint',
  'security',
  'large_amount',
  'vip',
  'unsupported_language',
]);
export type DemoTicketKind = z.infer<typeof DemoTicketKindSchema>;

/** A demo ticket as its channel posts it; `rating` is what the customer will give once it is resolved. */
const DemoTicketSchema = TicketIntakeSchema.extend({
  externalId: z.string().min(1),
  kind: DemoTicketKindSchema,
  rating: CustomerRatingSchema.optional(),
});
export type DemoTicket = z.infer<typeof DemoTicketSchema>;

/** A demo tenant's tickets (resources/tenants/<id>/demo-tickets.json); none when its seed has no demo traffic. */
export function loadDemoTickets(resourcesDir: string, tenantId: string): DemoTicket[] {
  const file = join(resourcesDir, 'tenants', tenantId, 'demo-tickets.json');
  if (!existsSync(file)) return [];
  return z.array(DemoTicketSchema).parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** The ticket as a channel posts it: without what only the demo knows about it. */
export function demoIntake({
  externalId: _externalId,
  kind: _kind,
  rating: _rating,
  ...intake
}: DemoTicket): TicketIntake {
  return intake;
}

/** A posted demo ticket whose customer rates it once it is closed. */
export interface PendingDemoRating {
  ticketId: string;
  rating: CustomerRating;
}

/**
 * Posts the demo tenant's tickets through the queue's batch intake, as a channel would, in as few requests as
 * the queue allows. Each carries its external id as idempotency key, so seeding again (after a crash half-way,
 * say) creates no twins. Returns the ratings their customers will give (see demo-ratings.ts).
 */
export async function seedDemoTickets(
  admin: QueueClient,
  tickets: readonly DemoTicket[],
  onProgress?: (done: number) => void,
): Promise<PendingDemoRating[]> {
  const ratings: PendingDemoRating[] = [];
  for (let start = 0; start < tickets.length; start += MAX_TICKETS_PER_BATCH) {
    const batch = tickets.slice(start, start + MAX_TICKETS_PER_BATCH);
    const created = await admin.createTickets(
      batch.map((ticket) => ({ ...demoIntake(ticket), idempotencyKey: `demo:${ticket.externalId}` })),
    );
    if (!created.ok) throw new Error(`Seeding the demo tickets failed: ${created.error.message}`);
    batch.forEach((ticket, i) => {
      const ticketId = created.value.results[i]?.ticketId;
      if (!ticketId)
        throw new Error(`Seeding demo ticket ${ticket.externalId} failed: the queue did not answer for it.`);
      if (ticket.rating) ratings.push({ ticketId, rating: ticket.rating });
    });
    onProgress?.(start + batch.length);
  }
  return ratings;
}
