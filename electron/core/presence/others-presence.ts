import type { PresenceEntry } from '../../../shared/api/presence-contract.js';

/** The most presences a console keeps (the queue's cap per tenant). */
export const MAX_KNOWN_PRESENCES = 2_000;
/** How often presences past their `until` are dropped (the queue normally says `left` first). */
const EXPIRY_SWEEP_MS = 1_000;

export interface OthersPresenceOptions {
  /** Whether a principal is this console's own person (never listed). */
  isOwn: (principal: string) => boolean;
  /** A presence appeared, changed state or ended (`left`); not called for a heartbeat that only moves `until`. */
  changed: (entry: PresenceEntry) => void;
  now: () => Date;
}

/**
 * The other people's presences this console knows of, from the queue's `presence` events: a small map by person and
 * ticket, with expired entries dropped (said as `left`), and forgotten whole when the event stream drops (the
 * stream's next connect tells the live ones again).
 */
export class OthersPresence {
  private readonly entries = new Map<string, PresenceEntry>();
  private sweep: NodeJS.Timeout | null = null;

  constructor(private readonly options: OthersPresenceOptions) {}

  /** A `presence` event from the queue. */
  heard(entry: PresenceEntry): void {
    if (this.options.isOwn(entry.principal)) return;
    const key = keyOf(entry);
    const before = this.entries.get(key);
    if (entry.state === 'left' || Date.parse(entry.until) <= this.options.now().getTime()) {
      if (!before) return;
      this.entries.delete(key);
      this.options.changed({ ...entry, state: 'left' });
      return;
    }
    if (!before && this.entries.size >= MAX_KNOWN_PRESENCES) return;
    this.entries.set(key, entry);
    if (before?.state !== entry.state || before.name !== entry.name) this.options.changed(entry);
    this.sweepWhileKnown();
  }

  /** The live presences, this console's own person left out. */
  list(): PresenceEntry[] {
    const nowMs = this.options.now().getTime();
    return [...this.entries.values()].filter((entry) => Date.parse(entry.until) > nowMs);
  }

  /** Ends every presence of `principal` (it turned out to be this console's own person) or all of them (`null`). */
  forget(principal: string | null): void {
    for (const entry of [...this.entries.values()]) {
      if (principal !== null && entry.principal !== principal) continue;
      this.entries.delete(keyOf(entry));
      this.options.changed({ ...entry, state: 'left', until: this.options.now().toISOString() });
    }
  }

  stop(): void {
    if (this.sweep) clearInterval(this.sweep);
    this.sweep = null;
  }

  private sweepWhileKnown(): void {
    if (this.sweep) return;
    this.sweep = setInterval(() => this.expire(), EXPIRY_SWEEP_MS);
    this.sweep.unref();
  }

  private expire(): void {
    const nowMs = this.options.now().getTime();
    for (const entry of [...this.entries.values()]) {
      if (Date.parse(entry.until) > nowMs) continue;
      this.entries.delete(keyOf(entry));
      this.options.changed({ ...entry, state: 'left' });
    }
    if (this.entries.size === 0) this.stop();
  }
}

function keyOf(entry: PresenceEntry): string {
  return JSON.stringify([entry.principal, entry.ticketId]);
}
