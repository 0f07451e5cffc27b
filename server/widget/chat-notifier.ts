import type { ChangeBroadcaster } from '../events.js';
import type { QueueStore } from '../storage/queue-store.js';

/** Told a visitor's chat ticket changed, with the ticket's new feed number. */
export type ConversationListener = (cursor: number) => void;

interface TenantWatch {
  /** Listeners by customer id. */
  listeners: Map<string, Set<ConversationListener>>;
  /** The tenant's cursor up to which chat ticket changes were handed out. */
  cursor: number;
  /** The running look-up of changes, so they are read one after another. */
  reading: Promise<void>;
  unsubscribe: () => void;
}

/**
 * Fans the tenant's feed moves out to the visitors whose chat tickets moved: one read of the tenant's changed chat
 * tickets per move, however many visitors' streams are open (never one query per stream).
 */
export class ChatChangeNotifier {
  private readonly tenants = new Map<string, TenantWatch>();

  constructor(
    private readonly events: ChangeBroadcaster,
    private readonly store: QueueStore,
    private readonly log: (error: unknown) => void,
  ) {}

  /** Listens for changes of the customer's chat tickets; the function returned stops listening. */
  async subscribe(tenantId: string, customerId: string, listener: ConversationListener): Promise<() => void> {
    const watch = this.tenants.get(tenantId) ?? (await this.watch(tenantId));
    const listeners = watch.listeners.get(customerId) ?? new Set();
    listeners.add(listener);
    watch.listeners.set(customerId, listeners);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && watch.listeners.get(customerId) === listeners) watch.listeners.delete(customerId);
      if (watch.listeners.size === 0 && this.tenants.get(tenantId) === watch) {
        watch.unsubscribe();
        this.tenants.delete(tenantId);
      }
    };
  }

  private async watch(tenantId: string): Promise<TenantWatch> {
    const cursor = await this.store.currentCursor(tenantId);
    // Another subscriber may have started watching while the cursor was read.
    const started = this.tenants.get(tenantId);
    if (started) return started;
    const watch: TenantWatch = {
      listeners: new Map(),
      cursor,
      reading: Promise.resolve(),
      unsubscribe: () => undefined,
    };
    watch.unsubscribe = this.events.subscribe(tenantId, (moved) => {
      watch.reading = watch.reading.then(() => this.handOut(tenantId, watch, moved)).catch(this.log);
    });
    this.tenants.set(tenantId, watch);
    return watch;
  }

  private async handOut(tenantId: string, watch: TenantWatch, moved: number): Promise<void> {
    if (moved <= watch.cursor) return;
    const changes = await this.store.chat.chatTicketChanges(tenantId, watch.cursor, moved);
    watch.cursor = moved;
    for (const change of changes)
      for (const listener of [...(watch.listeners.get(change.customerId) ?? [])]) listener(change.seq);
  }
}
