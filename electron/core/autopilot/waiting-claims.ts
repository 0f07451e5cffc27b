import type { ClaimResponse } from '../../../shared/api/queue-contract.js';
import type { QueueClient } from '../sync/queue-client.js';

export type Claim = ClaimResponse['claims'][number];

export interface WaitingClaimsOptions {
  client: QueueClient;
  workerId: string;
  leaseMs: number;
  log?: (line: string) => void;
  now?: () => number;
}

/** Never renew more often than this, whatever the lease looks like from here. */
const MIN_RENEWAL_MS = 500;

/**
 * Claimed tickets waiting for the engine to finish loading (its classifier, on a first start). Their leases
 * are renewed a third of the way, so no other worker takes them meanwhile and a crash frees them within one lease;
 * once the engine is ready they are decided as the queue has them then (the customer may have written since).
 */
export class WaitingClaims {
  private readonly claims = new Map<string, { claim: Claim; renewAt: number }>();
  private readonly now: () => number;

  constructor(private readonly options: WaitingClaimsOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.claims.size;
  }

  add(claim: Claim): void {
    this.claims.set(claim.ticket.id, { claim, renewAt: this.renewalDue(claim.leaseUntil) });
  }

  /** Renews the leases that are half gone; forgets tickets whose lease is lost (another worker has them now). */
  async renewDue(): Promise<void> {
    const { client, workerId, leaseMs } = this.options;
    for (const [ticketId, entry] of this.claims) {
      if (entry.renewAt > this.now()) continue;
      const renewed = await client.renewClaim(ticketId, workerId, leaseMs);
      if (renewed.ok) entry.renewAt = this.renewalDue(renewed.value.leaseUntil);
      else if (renewed.error.code === 'queue_rejected') {
        this.claims.delete(ticketId);
        this.options.log?.(`autopilot ${workerId}: gave up waiting ticket ${ticketId}: ${renewed.error.message}`);
      }
      // Unreachable: kept, and tried again on the next round while the lease may still hold.
    }
  }

  /** Every waiting ticket, read again from the queue; the ones no longer new are dropped. Empties the room. */
  async takeAll(): Promise<Claim[]> {
    const taken: Claim[] = [];
    for (const { claim } of this.claims.values()) {
      const current = await this.options.client.getTicket(claim.ticket.id);
      if (!current.ok) taken.push(claim); // decided from what was claimed; the queue still checks the lease
      else if (current.value.ticket.status === 'new') taken.push({ ...claim, ticket: current.value.ticket, messages: current.value.messages });
    }
    this.claims.clear();
    return taken;
  }

  /**
   * When to renew a lease the queue granted until `leaseUntil`: it may be shorter than asked for (the queue caps
   * leases), so the queue's word counts, read on this clock and never trusted beyond what was asked.
   */
  private renewalDue(leaseUntil: string): number {
    const granted = Math.min(this.options.leaseMs, Date.parse(leaseUntil) - this.now());
    return this.now() + Math.max(MIN_RENEWAL_MS, granted / 3);
  }
}
