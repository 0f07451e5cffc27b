import { TicketStatusSchema, type TicketStatus } from '../../shared/domain/ticket.js';
import type { TenantStats } from './queue-store.js';

/** Shapes grouped counts from either engine into TenantStats, with zeros for what is absent. */
export function buildStats(
  byStatus: readonly { status: TicketStatus; count: number | string }[],
  byAction: readonly { action: string; count: number | string }[],
  decidedMoreThanOnce: number,
): TenantStats {
  const tickets = Object.fromEntries(TicketStatusSchema.options.map((status) => [status, 0])) as Record<
    TicketStatus,
    number
  >;
  for (const row of byStatus) tickets[row.status] = Number(row.count);
  const action = (name: string): number => Number(byAction.find((row) => row.action === name)?.count ?? 0);
  const resolve = action('resolve');
  const escalate = action('escalate');
  return {
    tickets,
    aiDecisions: { resolve, escalate, total: resolve + escalate },
    ticketsDecidedMoreThanOnce: decidedMoreThanOnce,
  };
}
