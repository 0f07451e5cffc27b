import type { PendingDemoRating } from './demo-seeder.js';
import type { QueueClient } from '../../lib/queue-client/queue-client.js';

export interface DemoRaterOptions {
  /** How often to look for newly closed tickets. */
  intervalMs?: number;
  /** Stop waiting for tickets that never close (escalated ones nobody resolves) after this long. */
  giveUpAfterMs?: number;
  log?: (line: string) => void;
}

/**
 * The demo customers' side of CSAT: once the AI (or an agent) has closed a demo ticket, its customer
 * posts the rating from demo-tickets.json, as a channel's survey would. Tickets still open are looked
 * at again later; the rater gives up on them after a while.
 */
export function startDemoRater(
  admin: QueueClient,
  pending: readonly PendingDemoRating[],
  options: DemoRaterOptions = {},
): { stop(): Promise<void> } {
  const waiting = new Map(pending.map((entry) => [entry.ticketId, entry.rating]));
  const giveUpAt = Date.now() + (options.giveUpAfterMs ?? 30 * 60_000);
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const round = async (): Promise<void> => {
    let rated = 0;
    for (const [ticketId, rating] of waiting) {
      if (stopped) return;
      const current = await admin.getTicket(ticketId);
      if (!current.ok) {
        if (current.error.code === 'queue_unreachable') return; // try again next round
        waiting.delete(ticketId);
        continue;
      }
      const { status, csat } = current.value.ticket;
      if (csat !== null) waiting.delete(ticketId);
      else if (status === 'ai_resolved' || status === 'resolved') {
        const answer = await admin.rateTicket(ticketId, rating);
        if (answer.ok || answer.error.code !== 'queue_unreachable') waiting.delete(ticketId);
        if (answer.ok) rated++;
      }
    }
    if (rated > 0) options.log?.(`Demo customers rated ${rated} resolved tickets.`);
  };
  const schedule = () => {
    if (stopped || waiting.size === 0 || Date.now() > giveUpAt) return;
    timer = setTimeout(() => {
      running = round()
        .catch(() => undefined)
        .then(schedule);
    }, options.intervalMs ?? 5_000);
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
