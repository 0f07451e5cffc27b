/** In-process fan-out of "the feed moved" per tenant; the SSE route subscribes, writes publish. */
export type CursorListener = (cursor: number) => void;

export class ChangeBroadcaster {
  private readonly listeners = new Map<string, Set<CursorListener>>();

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

  listenerCount(tenantId: string): number {
    return this.listeners.get(tenantId)?.size ?? 0;
  }
}
