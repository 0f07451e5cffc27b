import type { Mutation } from '../../../shared/api/mutations.js';
import type { ChangesResponse } from '../../../shared/api/queue-contract.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import type { MetaStore } from '../store/meta-store.js';
import { messageOfLocalChange, ticketAfterLocalChange } from '../store/optimistic-effects.js';
import type { Outbox } from '../store/outbox.js';
import type { TicketCache } from '../store/ticket-cache.js';
import { backoffDelay } from './backoff.js';
import type { QueueClient } from './queue-client.js';
import { QueueEventStream } from './queue-event-stream.js';

const CURSOR = 'feedCursor';
const PUSH_BATCH = 100;

export interface SyncState {
  online: boolean;
  lastSyncAt: string | null;
  lastError: string | null;
}

export interface SyncEngineOptions {
  client: QueueClient;
  cache: TicketCache;
  outbox: Outbox;
  meta: MetaStore;
  clientId: string;
  /** Local tickets changed because of a pull or a push answer. */
  onTicketsChanged: () => void;
  onStateChanged: (state: SyncState) => void;
  /** Fallback pull interval when no event arrives. */
  pollIntervalMs?: number;
}

/**
 * Push the outbox, then pull the feed: each answer applied in one local transaction.
 * While the queue is unreachable it retries with backoff and jitter; the outbox keeps everything.
 */
export class SyncEngine {
  private readonly events: QueueEventStream;
  private state: SyncState = { online: false, lastSyncAt: null, lastError: null };
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(private readonly options: SyncEngineOptions) {
    this.events = new QueueEventStream({
      baseUrl: options.client.url,
      token: options.client.token,
      onChange: () => this.requestSync(),
      // A dropped stream is the first sign the queue went away: find out now, not at the next poll.
      onConnectionChange: (connected) => {
        if (!connected) this.requestSync();
      },
    });
  }

  get current(): SyncState {
    return this.state;
  }

  start(): void {
    this.stopped = false;
    this.events.start();
    this.pollTimer = setInterval(() => this.requestSync(), this.options.pollIntervalMs ?? 5_000);
    this.requestSync();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.events.stop();
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.running;
  }

  /** Asks for a sync soon; calls while one runs are folded into one more round. */
  requestSync(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  /** Runs a sync round and resolves when it (and any round requested meanwhile) is done. */
  async syncNow(): Promise<Result<void>> {
    this.requestSync();
    await this.running;
    return this.state.online ? ok(undefined) : fail('queue_unreachable', this.state.lastError ?? 'The queue is unreachable.');
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      const result = await this.syncOnce();
      if (result.ok) {
        this.failures = 0;
        this.setState({ online: true, lastSyncAt: new Date().toISOString(), lastError: null });
      } else {
        this.setState({ ...this.state, online: result.error.code !== 'queue_unreachable' && this.state.online, lastError: result.error.message });
        this.scheduleRetry();
        return;
      }
    } while (this.again && !this.stopped);
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.requestSync();
    }, backoffDelay(this.failures++, 500, 10_000));
  }

  private async syncOnce(): Promise<Result<void>> {
    const pushed = await this.pushAll();
    if (!pushed.ok) return pushed;
    return this.pullAll();
  }

  private async pushAll(): Promise<Result<void>> {
    const { client, outbox, cache, clientId } = this.options;
    for (;;) {
      const batch = outbox.peek(PUSH_BATCH);
      if (batch.length === 0) return ok(undefined);
      const answer = await client.push({ clientId, mutations: batch });
      if (!answer.ok) return answer;
      const refused = answer.value.results.filter((r) => r.status === 'conflict' || r.status === 'rejected');
      cache.transaction(() => {
        for (const outcome of refused) if (outcome.ticket) cache.putTicket(outcome.ticket);
        outbox.acknowledge(answer.value.lastMutationId);
      });
      if (refused.length > 0) {
        const first = refused[0];
        this.setState({ ...this.state, lastError: `The queue did not apply change ${first?.id}: ${first?.error ?? first?.status}.` });
        this.options.onTicketsChanged();
      }
      if (answer.value.lastMutationId < (batch.at(-1)?.id ?? 0)) {
        return fail('queue_rejected', 'The queue did not acknowledge every change sent; they stay in the outbox.');
      }
    }
  }

  private async pullAll(): Promise<Result<void>> {
    const { client, meta, clientId } = this.options;
    for (;;) {
      const since = meta.getNumber(CURSOR, 0);
      const page = await client.pull(since, clientId);
      if (!page.ok) return page;
      this.applyPage(page.value);
      if (page.value.tickets.length > 0 || page.value.messages.length > 0) this.options.onTicketsChanged();
      if (!page.value.hasMore) return ok(undefined);
    }
  }

  private applyPage(page: ChangesResponse): void {
    const { cache, meta, outbox } = this.options;
    cache.transaction(() => {
      for (const ticket of page.tickets) cache.putTicket(ticket);
      for (const message of page.messages) cache.putMessage(message);
      if (page.lastMutationId !== null) outbox.acknowledge(page.lastMutationId);
      meta.set(CURSOR, String(page.cursor));
      for (const mutation of outbox.peek(Number.MAX_SAFE_INTEGER)) this.layOver(mutation);
    });
  }

  /** Re-applies a still-unsent local change over the queue's state just pulled. */
  private layOver(mutation: Mutation): void {
    const { cache } = this.options;
    const ticket = cache.getTicket(mutation.ticketId);
    if (ticket) cache.putTicket(ticketAfterLocalChange(ticket, mutation));
    const message = messageOfLocalChange(mutation);
    if (message) cache.putPendingMessage(message);
  }

  private setState(next: SyncState): void {
    const changed = next.online !== this.state.online || next.lastError !== this.state.lastError || next.lastSyncAt !== this.state.lastSyncAt;
    this.state = next;
    if (changed) this.options.onStateChanged(next);
  }
}
