import type { InboxRow } from '../../../shared/api/console-contract.js';
import { businessTimeToDue } from '../../../shared/sla/ticket-clock.js';

/** Where an inbox row stands against its due instant, in business time of its queue's hours. */
export interface RowCountdown {
  /** due_now: at the due instant, or past it while no business time has run since (closed hours). */
  kind: 'due_in' | 'overdue' | 'due_now';
  /** Business time left (due_in) or overdue (overdue), in milliseconds; 0 for due_now. */
  businessMs: number;
}

/**
 * The countdown an inbox row shows at `now`; null when the row counts none down. Overdue only once business time
 * ran past the due instant: a reply after closing time, with no business time overdue, still meets the target.
 */
export function rowCountdown(row: Pick<InboxRow, 'dueAt' | 'sla'>, now: number): RowCountdown | null {
  const due = Date.parse(row.dueAt);
  if (!row.sla || !Number.isFinite(due)) return null;
  const businessMs = businessTimeToDue(due, now, row.sla.hours);
  if (businessMs > 0) return { kind: 'due_in', businessMs };
  if (businessMs < 0) return { kind: 'overdue', businessMs: -businessMs };
  return { kind: 'due_now', businessMs: 0 };
}
