import type { TicketStatus } from '../../shared/domain/ticket.js';
import type { ClaimState } from '../storage/queue-store.js';

/** Whether `holder` (a worker's client id) holds the ticket's claim with a lease that has not run out at `now`. */
export function holdsLiveLease(claim: ClaimState | null, holder: string, now: Date): boolean {
  return claim?.claimedBy === holder && claim.leaseUntil !== null && claim.leaseUntil > now.getTime();
}

/**
 * A worker's lease is renewed only while it still holds it on a ticket still new (undecided). Returns the
 * lease's new end (epoch ms), or null when the lease is lost.
 */
export function renewedLeaseUntil(
  status: TicketStatus,
  claim: ClaimState,
  renewal: { workerId: string; leaseMs: number; now: Date },
): number | null {
  if (status !== 'new' || !holdsLiveLease(claim, renewal.workerId, renewal.now)) return null;
  return renewal.now.getTime() + renewal.leaseMs;
}
