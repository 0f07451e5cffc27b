import { z } from 'zod';
import { waitsForPerson, type TicketFacts } from './ticket-facts.js';

/** The open backlog: tickets waiting for a person now, whenever they came in; by owner queue, largest first. */
export const BacklogSchema = z.strictObject({
  tickets: z.number().int().nonnegative(),
  byQueue: z.array(z.strictObject({ queue: z.string().nullable(), tickets: z.number().int().nonnegative() })),
});
export type Backlog = z.infer<typeof BacklogSchema>;

export class BacklogCounter {
  private readonly queues = new Map<string | null, number>();
  private tickets = 0;

  add(facts: Pick<TicketFacts, 'status' | 'queue'>): void {
    if (!waitsForPerson(facts)) return;
    this.tickets++;
    this.queues.set(facts.queue, (this.queues.get(facts.queue) ?? 0) + 1);
  }

  values(): Backlog {
    const byQueue = [...this.queues]
      .map(([queue, tickets]) => ({ queue, tickets }))
      .sort((a, b) => b.tickets - a.tickets || (a.queue ?? '').localeCompare(b.queue ?? ''));
    return { tickets: this.tickets, byQueue };
  }
}
