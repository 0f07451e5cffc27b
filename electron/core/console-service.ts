import { randomUUID } from 'node:crypto';
import type {
  ConsoleApi,
  ConsoleEvent,
  ConsoleInput,
  ConsoleOutput,
  ConsoleStatus,
  TicketDetail,
} from '../../shared/api/console-contract.js';
import { fail, ok, type Result } from '../../shared/result.js';
import { messageOfLocalChange, ticketAfterLocalChange } from './store/optimistic-effects.js';
import type { Outbox, UnnumberedMutation } from './store/outbox.js';
import type { TicketCache } from './store/ticket-cache.js';
import type { SyncEngine } from './sync/sync-engine.js';

export interface ConsoleServiceOptions {
  cache: TicketCache;
  outbox: Outbox;
  sync: SyncEngine;
  agentName: string;
  tenantName: string;
  now?: () => Date;
}

/**
 * The console's API for the renderer: reads come from the local cache, actions go to the outbox and
 * show at once, then sync pushes them. Works the same with the queue up or down.
 */
export class ConsoleService implements ConsoleApi {
  private readonly listeners = new Set<(event: ConsoleEvent) => void>();
  private readonly now: () => Date;

  constructor(private readonly options: ConsoleServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  async getStatus(_input: ConsoleInput<'getStatus'> = {}): Promise<Result<ConsoleStatus>> {
    return ok(this.status());
  }

  async listInbox(_input: ConsoleInput<'listInbox'> = {}): Promise<Result<ConsoleOutput<'listInbox'>>> {
    return ok(this.options.cache.listByStatus('escalated'));
  }

  async listAiResolved(_input: ConsoleInput<'listAiResolved'> = {}): Promise<Result<ConsoleOutput<'listAiResolved'>>> {
    return ok(this.options.cache.listByStatus('ai_resolved').reverse());
  }

  async getTicket(input: ConsoleInput<'getTicket'>): Promise<Result<TicketDetail>> {
    return this.detail(input.ticketId);
  }

  async sendReply(input: ConsoleInput<'sendReply'>): Promise<Result<TicketDetail>> {
    return this.record(input.ticketId, {
      type: 'agent_reply',
      ticketId: input.ticketId,
      messageId: randomUUID(),
      text: input.text,
      resolve: input.resolve,
      agentName: this.options.agentName,
      createdAt: this.now().toISOString(),
    });
  }

  async addNote(input: ConsoleInput<'addNote'>): Promise<Result<TicketDetail>> {
    return this.record(input.ticketId, {
      type: 'note',
      ticketId: input.ticketId,
      messageId: randomUUID(),
      text: input.text,
      agentName: this.options.agentName,
      createdAt: this.now().toISOString(),
    });
  }

  subscribe(listener: (event: ConsoleEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called by the runtime when sync changed the cache or the connection. */
  notifyTicketsChanged(): void {
    this.emit({ type: 'tickets_changed' });
    this.emit({ type: 'status_changed', status: this.status() });
  }

  notifyStatusChanged(): void {
    this.emit({ type: 'status_changed', status: this.status() });
  }

  private record(ticketId: string, change: UnnumberedMutation): Result<TicketDetail> {
    const { cache, outbox } = this.options;
    const stored = cache.transaction(() => {
      const ticket = cache.getTicket(ticketId);
      if (!ticket) return false;
      const mutation = outbox.enqueue(change);
      const message = messageOfLocalChange(mutation);
      if (message) cache.putPendingMessage(message);
      cache.putTicket(ticketAfterLocalChange(ticket, mutation));
      return true;
    });
    if (!stored) return fail('not_found', 'This ticket is not in the local cache; it may have been removed.');
    this.notifyTicketsChanged();
    this.options.sync.requestSync();
    return this.detail(ticketId);
  }

  private detail(ticketId: string): Result<TicketDetail> {
    const ticket = this.options.cache.getTicket(ticketId);
    if (!ticket) return fail('not_found', 'This ticket is not in the local cache; it may have been removed.');
    return ok({ ticket, messages: this.options.cache.listMessages(ticketId) });
  }

  private status(): ConsoleStatus {
    const sync = this.options.sync.current;
    return {
      online: sync.online,
      unsentChanges: this.options.outbox.count(),
      lastSyncAt: sync.lastSyncAt,
      lastError: sync.lastError,
      agentName: this.options.agentName,
      tenantName: this.options.tenantName,
    };
  }

  private emit(event: ConsoleEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // One broken listener must not stop the others.
      }
    }
  }
}
