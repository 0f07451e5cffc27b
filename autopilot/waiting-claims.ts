import type { ClaimResponse } from '../shared/api/queue-contract.js';
import type { QueueClient } from '../lib/queue-client/queue-client.js';

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

  /**
   * Renews the leases that are a third gone, all at once (one at a time, a hundred of them outlast a short
   * lease); forgets tickets whose lease is lost (another worker has them now).
   */
  async renewDue(): Promise<void> {
    const { client, workerId, leaseMs } = this.options;
    const due = [...this.claims].filter(([, entry]) => entry.renewAt <= this.now());
    await Promise.all(
      due.map(async ([ticketId, entry]) => {
        const renewed = await client.renewClaim(ticketId, workerId, leaseMs);
        if (renewed.ok) entry.renewAt = this.renewalDue(renewed.value.leaseUntil);
        else if (renewed.error.code === 'queue_rejected') {
          this.claims.delete(ticketId);
          this.options.log?.(`autopilot ${workerId}: gave up waiting ticket ${ticketId}: ${renewed.error.message}`);
        }
        // Unreachable: kept, and tried again on the next round while the lease may still hold.
      }),
    );
  }

  /**
   * Takes the `count` tickets that have waited longest out of the room, each read again from the queue (all at
   * once); the ones no longer new are dropped. The rest keep waiting, and being renewed, until their turn.
   */
  async take(count: number): Promise<{ taken: number; claims: Claim[] }> {
    const turn = [...this.claims.values()].slice(0, count).map(({ claim }) => claim);
    for (const claim of turn) this.claims.delete(claim.ticket.id);
    const current = await Promise.all(turn.map((claim) => this.options.client.getTicket(claim.ticket.id)));
    const claims = turn.flatMap((claim, i): Claim[] => {
      const read = current[i];
      if (!read?.ok) return [claim]; // decided from what was claimed; the queue still checks the lease
      return read.value.ticket.status === 'new'
        ? [{ ...claim, ticket: read.value.ticket, messages: read.value.messages }]
        : [];
    });
    return { taken: turn.length, claims };
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
