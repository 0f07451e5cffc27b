import type { Mutation } from '../../../shared/api/mutations.js';
import { ChangesResponseSchema } from '../../../shared/api/queue-contract.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import type { MetaStore } from '../store/meta-store.js';
import { messageOfLocalChange, ticketAfterLocalChange } from '../store/optimistic-effects.js';
import type { Outbox, OutboxEntry } from '../store/outbox.js';
import { isDamage } from '../store/local-database.js';
import type { TicketCache } from '../store/ticket-cache.js';
import { identityRefusalOf } from '../../../lib/queue-client/identity-refusals.js';
import { unreadableRecordNotice } from '../../../lib/queue-client/feed-records.js';
import { schemaKnowsField } from '../../../lib/queue-client/parse-from-newer-queue.js';
import type { FeedPage, QueueClient } from '../../../lib/queue-client/queue-client.js';
import { QueueEventStream, type QueueEventStreamOptions } from '../../../lib/queue-client/queue-event-stream.js';
import { WakeableLoop, type RoundOutcome } from '../../../lib/wakeable-loop.js';
import type { SettingsSync } from './settings-sync.js';

const CURSOR = 'feedCursor';
/** Ticket and message fields of a newer queue this console left out of its cache (JSON list of names). */
const DROPPED_FIELDS = 'feedFieldsDropped';
/** Feed records this console skipped because it could not read them, since its cache was made. */
const SKIPPED_RECORDS = 'feedRecordsSkipped';
const PUSH_BATCH = 100;
/** Feed page size: big pages keep a fresh console's first sync fast (the queue allows up to 5000). */
const PULL_PAGE = 5000;

export interface SyncState {
  online: boolean;
  lastSyncAt: string | null;
  lastError: string | null;
  /** Feed records skipped because this console could not read them (each one logged), since its cache was made. */
  skippedRecords: number;
}

export interface SyncEngineOptions {
  client: QueueClient;
  cache: TicketCache;
  outbox: Outbox;
  meta: MetaStore;
  clientId: string;
  /**
   * Takes and remembers a new client id, for when the queue says this one belongs to another token (the
   * console's token was changed or reissued). Without it such a refusal is reported like any other.
   */
  renewClientId?: () => string;
  /** Local tickets changed because of a pull or a push answer. */
  onTicketsChanged: () => void;
  onStateChanged: (state: SyncState) => void;
  /** The cache file turned out damaged mid-sync (it is marked for a rebuild at the next start). */
  onCacheDamaged?: (message: string) => void;
  /** Fallback pull interval when no event arrives. */
  pollIntervalMs?: number;
  /** Days closed tickets stay cached (null: keep all); read before each retention pass. */
  retentionDays?: () => number | null;
  now?: () => Date;
  /** Whether this program knows a feed field (default: the feed's schema); replaceable to test an upgrade. */
  knowsFeedField?: (path: string) => boolean;
  /** Where the engine's notices go (the host's log). */
  log?: (line: string) => void;
  /** The tenant's settings, read after the tickets in the rounds where they may have changed. */
  settings?: SettingsSync;
  /**
   * Whether the console may talk to the queue now (issue 18: not while signed out; reads and drafting go on, the
   * outbox keeps everything). Default: always. Call `resume()` when it may again.
   */
  connected?: () => boolean;
  /** Whether a waiting change may be sent by the person signed in now (the hold rule). Default: every change. */
  maySend?: (entry: OutboxEntry) => boolean;
  /** What else listens to the queue's event stream (issue 19's presence): its events, its headers, its connection. */
  eventStream?: Pick<QueueEventStreamOptions, 'onPresence' | 'headers' | 'onConnectionChange'>;
  /**
   * Told each feed page inside the transaction that applies it (what it records moves with the cursor: issue 19's
   * mentions); the function it returns, if any, runs once the page is committed (its notifications).
   */
  withPage?: (page: FeedPage) => (() => void) | void;
}

/**
 * Push the outbox, then pull the feed: each answer applied in one local transaction.
 * While the queue is unreachable it retries with backoff and jitter; the outbox keeps everything.
 */
export class SyncEngine {
  private readonly events: QueueEventStream;
  /** Sync rounds: asked for by events and local changes, and after `pollIntervalMs` without one. */
  private readonly rounds: WakeableLoop;
  private state: SyncState;
  /** The cache file turned out damaged: no more sync rounds until the console restarts and rebuilds it. */
  private damaged = false;
  /** Fields this program knows cannot change while it runs: the check for newly known dropped fields runs once. */
  private checkedDroppedFields = false;

  /** The id this console pushes and pulls under (options.clientId until the queue makes it take a new one). */
  private clientId: string;

  constructor(private readonly options: SyncEngineOptions) {
    this.clientId = options.clientId;
    this.state = {
      online: false,
      lastSyncAt: null,
      lastError: null,
      skippedRecords: options.meta.getNumber(SKIPPED_RECORDS, 0),
    };
    const pollIntervalMs = options.pollIntervalMs ?? 5_000;
    this.rounds = new WakeableLoop({
      round: () => this.round(),
      restMs: pollIntervalMs,
      // The poll also tries an unreachable queue again: no retry waits longer than a poll.
      backoff: { baseMs: 500, maxMs: Math.min(10_000, pollIntervalMs) },
    });
    this.events = new QueueEventStream({
      ...options.eventStream,
      baseUrl: options.client.url,
      token: options.client.credential,
      onChange: (cursor) => {
        options.settings?.noticeQueueEvent(cursor);
        this.requestSync();
      },
      // A dropped stream is the first sign the queue went away: find out now, not at the next poll.
      onConnectionChange: (connected) => {
        options.eventStream?.onConnectionChange?.(connected);
        if (connected) options.settings?.markDue();
        else this.requestSync();
      },
    });
  }

  get current(): SyncState {
    return this.state;
  }

  start(): void {
    this.events.start();
    this.rounds.start();
  }

  async stop(): Promise<void> {
    // The loop first: the stream's last words (disconnected) must not ask for another round.
    const stopped = this.rounds.stop();
    await this.events.stop();
    await stopped;
  }

  /** Sync may go on (a sign-in): the event stream opens again with the new credential and a round runs now. */
  resume(): void {
    this.events.reconnect();
    this.requestSync();
  }

  /** Asks for a sync soon; calls while one runs are folded into one more round. */
  requestSync(): void {
    this.rounds.wake();
  }

  /** Runs a sync round and resolves when it (and any round requested meanwhile) is done. */
  async syncNow(): Promise<Result<void>> {
    this.options.settings?.markDue();
    this.requestSync();
    await this.rounds.settled();
    return this.state.online
      ? ok(undefined)
      : fail('queue_unreachable', this.state.lastError ?? 'The queue is unreachable.');
  }

  private async round(): Promise<RoundOutcome> {
    if (this.damaged) return 'done';
    if (this.options.connected?.() === false) return 'rest';
    const result = await this.syncOnce().catch((error: unknown) => this.failedRound(error));
    if (this.damaged) return 'done';
    if (result.ok) {
      this.setState({ ...this.state, online: true, lastSyncAt: new Date().toISOString(), lastError: null });
      return 'rest';
    }
    this.setState({
      ...this.state,
      online: result.error.code !== 'queue_unreachable' && this.state.online,
      lastError: result.error.message,
    });
    return 'retry';
  }

  /**
   * A round that threw instead of answering. A damaged cache file is marked for a rebuild at the next
   * start and said plainly, with sync stopped (retrying would only fail again); anything else is
   * reported and retried like an unreachable queue, never left as an unhandled rejection.
   */
  private failedRound(error: unknown): Result<void> {
    const reason = error instanceof Error ? error.message : String(error);
    if (!isDamage(error)) return fail('sync_failed', `Sync failed: ${reason}`);
    this.damaged = true;
    try {
      this.options.cache.markDamaged(reason);
    } catch {
      // Even the mark could not be written; the start-up check still looks at the file.
    }
    const message = `The local cache file is damaged (${reason}). Restart Switchboard to rebuild it from the queue; unsent changes that can still be read are kept.`;
    this.setState({ ...this.state, online: false, lastError: message });
    this.options.onCacheDamaged?.(message);
    return fail('cache_damaged', message);
  }

  private async syncOnce(): Promise<Result<void>> {
    const pushed = await this.pushAll();
    if (!pushed.ok) return pushed;
    const pulled = await this.pullAll();
    if (!pulled.ok || !this.options.settings) return pulled;
    return this.options.settings.readIfDue();
  }

  private async pushAll(): Promise<Result<void>> {
    const { client, outbox, cache } = this.options;
    // At most a new client id and a new numbering per round: a refusal after that is reported.
    let recoveries = 0;
    for (;;) {
      const batch = outbox.peek(this.sendableCount(PUSH_BATCH));
      if (batch.length === 0) return ok(undefined);
      const answer = await client.push({ clientId: this.clientId, mutations: batch });
      if (!answer.ok) {
        if (recoveries < 2 && this.recoverIdentity(answer.error.details)) {
          recoveries++;
          continue;
        }
        return answer;
      }
      const refused = answer.value.results.filter((r) => r.status === 'conflict' || r.status === 'rejected');
      const at = (this.options.now?.() ?? new Date()).toISOString();
      cache.transaction(() => {
        for (const outcome of refused) {
          // The queue kept its own state: show that, and keep the refused text where the agent sees it.
          if (outcome.ticket) cache.putTicket(outcome.ticket);
          const mutation = batch.find((m) => m.id === outcome.id);
          if (!mutation) continue;
          if ('messageId' in mutation) cache.removePendingMessage(mutation.messageId);
          if (mutation.type !== 'ai_decision') {
            const reason = outcome.status === 'conflict' ? (outcome.reason ?? 'answered_elsewhere') : 'rejected';
            cache.addUnsent(mutation, reason, outcome.error ?? outcome.status, at);
          }
        }
        outbox.acknowledge(answer.value.lastMutationId);
        // Later unsent changes of the same tickets are laid over the queue's state again.
        for (const mutation of outbox.peek(Number.MAX_SAFE_INTEGER))
          if (refused.some((r) => r.ticket?.id === mutation.ticketId)) this.layOver(mutation);
      });
      if (refused.length > 0) this.options.onTicketsChanged();
      if (answer.value.lastMutationId < (batch.at(-1)?.id ?? 0)) {
        return fail('queue_rejected', 'The queue did not acknowledge every change sent; they stay in the outbox.');
      }
    }
  }

  /** How many waiting changes from the front may go now, at most `limit`: held ones are put behind them first. */
  private sendableCount(limit: number): number {
    const { maySend } = this.options;
    if (!maySend) return limit;
    return Math.min(
      limit,
      this.options.cache.transaction(() => this.options.outbox.sendableFirst(maySend)),
    );
  }

  /**
   * Pulls pages until the feed is drained. The next page is requested while the current one is
   * written, so the queue and this console work at the same time; each page is still applied (with
   * its cursor) in one local transaction, in order.
   */
  private async pullAll(): Promise<Result<void>> {
    const { client, meta } = this.options;
    if (!this.checkedDroppedFields) {
      this.refetchFieldsNowKnown();
      this.checkedDroppedFields = true;
    }
    let changed = false;
    let pending = client.pull(meta.getNumber(CURSOR, 0), this.clientId, PULL_PAGE);
    let restartedFromZero = false;
    let renewedClientId = false;
    for (;;) {
      const page = await pending;
      if (
        !page.ok &&
        !renewedClientId &&
        identityRefusalOf(page.error.details)?.kind === 'client_id_taken' &&
        this.recoverIdentity(page.error.details)
      ) {
        renewedClientId = true;
        pending = client.pull(meta.getNumber(CURSOR, 0), this.clientId, PULL_PAGE);
        continue;
      }
      if (!page.ok && !restartedFromZero && isCursorOutOfRange(page.error.details)) {
        // The queue does not know this cursor (its database was restored or replaced): read the whole
        // feed again. Upserts make that safe, and the outbox is untouched.
        restartedFromZero = true;
        meta.set(CURSOR, '0');
        pending = client.pull(0, this.clientId, PULL_PAGE);
        continue;
      }
      if (!page.ok) return page;
      if (page.value.hasMore) pending = client.pull(page.value.cursor, this.clientId, PULL_PAGE);
      const refetch = this.applyPage(page.value);
      if (refetch.length > 0) {
        const restored = await this.restorePurged(refetch);
        if (!restored.ok) return restored;
      }
      if (page.value.tickets.length > 0 || page.value.messages.length > 0) {
        changed = true;
        this.options.onTicketsChanged();
      }
      if (!page.value.hasMore) break;
    }
    if (changed) this.applyRetention();
    this.sweepOrphanedPending();
    return ok(undefined);
  }

  /**
   * Puts right what the queue refused a whole push or pull for (shared/api/push-refusals.ts): a client id
   * that belongs to another token (this console takes a new one), or ids far past the queue's count of
   * this console's changes (a restored queue database, a new client id): the waiting changes are numbered
   * on from that count. False for any other failure.
   */
  private recoverIdentity(details: unknown): boolean {
    const refusal = identityRefusalOf(details);
    if (refusal === null) return false;
    if (refusal.kind === 'client_id_taken') {
      if (!this.options.renewClientId) return false;
      const taken = this.clientId;
      this.clientId = this.options.renewClientId();
      this.options.log?.(
        `The queue says client id ${taken} belongs to another token (was this console's token changed?); it goes on as ${this.clientId}.`,
      );
      return true;
    }
    this.options.cache.transaction(() => this.options.outbox.renumberAfter(refusal.lastMutationId));
    this.options.log?.(
      `The queue counts this console's changes up to ${refusal.lastMutationId} (a restored queue or a new client id); the waiting ones are numbered on from there.`,
    );
    return true;
  }

  /**
   * After a complete pull every message the queue applied is confirmed, so a local message still
   * pending with no change left in the outbox was never applied: its push answer (a refusal) was lost,
   * e.g. to a crash. It moves to the unsent changes with its text instead of waiting forever.
   */
  private sweepOrphanedPending(): void {
    const { cache, outbox } = this.options;
    const orphans = cache.pendingMessagesWithout(
      new Set(outbox.peek(Number.MAX_SAFE_INTEGER).flatMap((m) => ('messageId' in m ? [m.messageId] : []))),
    );
    if (orphans.length === 0) return;
    const at = (this.options.now?.() ?? new Date()).toISOString();
    cache.transaction(() => {
      for (const message of orphans) {
        cache.removePendingMessage(message.id);
        cache.addUnsent(
          message.kind === 'note'
            ? {
                id: 0,
                type: 'note',
                ticketId: message.ticketId,
                messageId: message.id,
                text: message.text,
                agentName: message.authorName ?? 'agent',
                createdAt: message.createdAt,
              }
            : {
                id: 0,
                type: 'agent_reply',
                ticketId: message.ticketId,
                messageId: message.id,
                text: message.text,
                resolve: false,
                agentName: message.authorName ?? 'agent',
                createdAt: message.createdAt,
              },
          'rejected',
          'The queue did not take this change; its answer was lost (the console stopped while sending).',
          at,
        );
      }
    });
    this.options.onTicketsChanged();
  }

  /**
   * A console that synced with a newer queue left the fields it did not know out of its cache. Once this
   * program knows one of them (it was upgraded), the whole feed is read again so every cached ticket gets
   * it; upserts make that safe and the outbox is untouched.
   */
  private refetchFieldsNowKnown(): void {
    const { meta, cache } = this.options;
    const dropped = this.droppedFields();
    if (dropped.length === 0) return;
    const known = dropped.filter((path) => this.knowsFeedField(path));
    if (known.length === 0) return;
    cache.transaction(() => {
      meta.set(CURSOR, '0');
      meta.set(DROPPED_FIELDS, JSON.stringify(dropped.filter((path) => !known.includes(path))));
    });
    this.options.log?.(
      `This console now knows fields it left out of its cache before (${known.join(', ')}); it reads the whole feed again to fill them in.`,
    );
  }

  private knowsFeedField(path: string): boolean {
    return this.options.knowsFeedField
      ? this.options.knowsFeedField(path)
      : schemaKnowsField(ChangesResponseSchema, path);
  }

  private droppedFields(): string[] {
    const stored = this.options.meta.get(DROPPED_FIELDS);
    if (!stored) return [];
    try {
      const parsed: unknown = JSON.parse(stored);
      return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
    } catch {
      return [];
    }
  }

  /**
   * Applies one feed page; returns tickets retention had removed, whose older messages must be fetched.
   * Records this console could not read are not in the page (see QueueClient.pull): each is logged and the
   * skipped ones counted, and the cursor moves past them like past every other record.
   */
  private applyPage(page: FeedPage): string[] {
    const { cache, meta, outbox } = this.options;
    // Only fields this program does not know: one it knows but still had to drop (a variant that lacks it)
    // would never be filled in by reading again, and must not make every sync read the whole feed.
    const cachedFieldsDropped = page.droppedFields.filter(
      (path) => (path.startsWith('tickets.') || path.startsWith('messages.')) && !this.knowsFeedField(path),
    );
    const skipped = page.unreadable.filter((record) => record.leftOut.length === 0).length;
    const { purged: refetch, committed } = cache.transaction(() => {
      if (skipped > 0) meta.set(SKIPPED_RECORDS, String(meta.getNumber(SKIPPED_RECORDS, 0) + skipped));
      if (cachedFieldsDropped.length > 0) {
        const known = this.droppedFields();
        const merged = [...new Set([...known, ...cachedFieldsDropped])];
        if (merged.length > known.length) meta.set(DROPPED_FIELDS, JSON.stringify(merged));
      }
      const purged = cache.takePurged(page.tickets.map((t) => t.id));
      for (const ticket of page.tickets) cache.putTicket(ticket);
      for (const message of page.messages) cache.putMessage(message);
      if (page.lastMutationId !== null) outbox.acknowledge(page.lastMutationId);
      meta.set(CURSOR, String(page.cursor));
      if (outbox.count() > 0) for (const mutation of outbox.peek(Number.MAX_SAFE_INTEGER)) this.layOver(mutation);
      return { purged, committed: this.options.withPage?.(page) };
    });
    committed?.();
    for (const record of page.unreadable) this.options.log?.(unreadableRecordNotice(record));
    if (skipped > 0) this.setState({ ...this.state, skippedRecords: this.state.skippedRecords + skipped });
    return refetch;
  }

  /** A ticket that left the cache by retention and changed again comes back whole, not just its new messages. */
  private async restorePurged(ids: string[]): Promise<Result<void>> {
    const { cache, client } = this.options;
    for (const id of ids) {
      const full = await client.getTicket(id);
      if (!full.ok) {
        if (full.error.code === 'queue_rejected') continue;
        if (full.error.code === 'queue_bad_response') {
          // The ticket itself came with the feed; only its older messages stay missing. Never stop sync for it.
          this.options.log?.(`Sync could not bring back the older messages of ticket ${id}: ${full.error.message}`);
          continue;
        }
        return full;
      }
      cache.transaction(() => {
        for (const message of full.value.messages) cache.putMessage(message);
      });
    }
    return ok(undefined);
  }

  /** Bounds the cache by the retention setting; a no-op when everything is kept. */
  applyRetention(): number {
    const days = this.options.retentionDays?.() ?? null;
    if (days === null) return 0;
    const now = this.options.now?.() ?? new Date();
    return this.options.cache.applyRetention(new Date(now.getTime() - days * 86_400_000));
  }

  /** Re-applies a still-unsent local change over the queue's state just pulled. */
  private layOver(mutation: Mutation): void {
    const { cache } = this.options;
    const ticket = cache.getTicket(mutation.ticketId);
    if (ticket) cache.putTicket(ticketAfterLocalChange(ticket, mutation));
    const message = messageOfLocalChange(mutation, ticket);
    if (message) cache.putPendingMessage(message);
  }

  private setState(next: SyncState): void {
    const changed =
      next.online !== this.state.online ||
      next.lastError !== this.state.lastError ||
      next.lastSyncAt !== this.state.lastSyncAt ||
      next.skippedRecords !== this.state.skippedRecords;
    this.state = next;
    if (changed) this.options.onStateChanged(next);
  }
}

function isCursorOutOfRange(details: unknown): boolean {
  const error = (details as { error?: { code?: unknown } } | undefined)?.error;
  return error?.code === 'cursor_out_of_range';
}
