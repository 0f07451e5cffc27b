/**
 * Fan-out of "the feed moved" per tenant: the SSE route, the widget's chat notifier and the like subscribe, writes
 * announce. Within one process always; across the queue processes of one PostgreSQL database when the broadcaster has
 * peers (change-sharing.ts). Several processes on one SQLite file do not share events.
 */
export type CursorListener = (cursor: number) => void;

/** The other queue processes on the same database (storage/postgres-change-channel.ts on PostgreSQL). */
export interface ChangePeers {
  /**
   * Tells them the tenant's feed or settings moved; resolves with the tenant's feed cursor, or null when they could
   * not be told (the reason logged).
   */
  announce(tenantId: string): Promise<number | null>;
}

export class ChangeBroadcaster {
  private readonly listeners = new Map<string, Set<CursorListener>>();

  constructor(private readonly peers: ChangePeers | null = null) {}

  subscribe(tenantId: string, listener: CursorListener): () => void {
    let set = this.listeners.get(tenantId);
    if (!set) {
      set = new Set();
      this.listeners.set(tenantId, set);
    }
    set.add(listener);
    return () => {
      const current = this.listeners.get(tenantId);
      if (!current) return;
      current.delete(listener);
      if (current.size === 0) this.listeners.delete(tenantId);
    };
  }

  publish(tenantId: string, cursor: number): void {
    for (const listener of [...(this.listeners.get(tenantId) ?? [])]) listener(cursor);
  }

  /**
   * A committed write moved the tenant's feed, or saved its settings (announced with an unchanged cursor: consoles
   * read their settings then): tells the peers, then this process's listeners, with the cursor `currentCursor` reads.
   */
  async announce(tenantId: string, currentCursor: () => Promise<number>): Promise<void> {
    const cursor = this.peers ? await this.peers.announce(tenantId) : null;
    if (this.listenerCount(tenantId) === 0) return;
    this.publish(tenantId, cursor ?? (await currentCursor()));
  }

  listenerCount(tenantId: string): number {
    return this.listeners.get(tenantId)?.size ?? 0;
  }

  /** The tenants someone listens to now. */
  listenedTenants(): string[] {
    return [...this.listeners.keys()];
  }
}
