import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { TicketIntakeSchema } from '../../shared/api/queue-contract.js';
import type { QueueClient } from './sync/queue-client.js';

const DemoTicketSchema = TicketIntakeSchema.extend({ externalId: z.string().min(1) });
export type DemoTicket = z.infer<typeof DemoTicketSchema>;

export function loadDemoTickets(resourcesDir: string, tenantId: string): DemoTicket[] {
  const file = join(resourcesDir, 'tenants', tenantId, 'demo-tickets.json');
  return z.array(DemoTicketSchema).parse(JSON.parse(readFileSync(file, 'utf8')));
}

/**
 * Posts the demo tenant's tickets through the queue's intake API, as a channel would. Each carries its
 * external id as idempotency key, so seeding again (after a crash half-way, say) creates no twins.
 */
export async function seedDemoTickets(admin: QueueClient, tickets: readonly DemoTicket[], onProgress?: (done: number) => void): Promise<number> {
  let done = 0;
  for (const { externalId, ...intake } of tickets) {
    const created = await admin.createTicket(intake, `demo:${externalId}`);
    if (!created.ok) throw new Error(`Seeding demo ticket ${externalId} failed: ${created.error.message}`);
    done++;
    onProgress?.(done);
  }
  return done;
}
