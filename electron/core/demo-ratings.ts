import type { PendingDemoRating } from './demo-seeder.js';
import type { QueueClient } from '../../lib/queue-client/queue-client.js';
import { WakeableLoop } from '../../lib/wakeable-loop.js';

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
  const intervalMs = options.intervalMs ?? 5_000;

  const round = async (): Promise<void> => {
    let rated = 0;
    for (const [ticketId, rating] of waiting) {
      if (!rounds.active) return;
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
  const finished = () => waiting.size === 0 || Date.now() > giveUpAt;
  const rounds = new WakeableLoop({
    round: async () => {
      await round().catch(() => undefined);
      return finished() ? 'done' : 'rest';
    },
    restMs: intervalMs,
    // Rounds catch their own failures; a failed round simply waits for the next.
    backoff: { baseMs: intervalMs, maxMs: intervalMs },
  });
  if (!finished()) rounds.start(intervalMs);
  return { stop: () => rounds.stop() };
}
