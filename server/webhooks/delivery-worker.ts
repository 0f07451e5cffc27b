import type { WebhookAttempt } from '../../shared/api/webhook-contract.js';
import { WakeableLoop } from '../../lib/wakeable-loop.js';
import { RETRY_SCHEDULE, type RetrySchedule } from '../domain/webhook-delivery.js';
import type { QueueSecrets } from '../secrets/queue-secrets.js';
import { openSigningSecret } from '../secrets/signing-secrets.js';
import type { QueueStore } from '../storage/queue-store.js';
import type { DeliveryRow } from '../storage/webhook-store.js';
import { postSigned } from './post-signed.js';

/** The worker's timing (tests shorten it). */
export interface DeliveryWorkerTiming {
  /** The longest rest between polls when nothing wakes it. */
  pollMs: number;
  /** The shortest time between two rounds a wake starts: a busy queue's every change does not cost a claim query. */
  wakeGapMs: number;
  /** How long a claimed delivery is this worker's: well above `timeoutMs`, so no other process sends it meanwhile. */
  leaseMs: number;
  /** One attempt's limit: connecting, sending and reading the answer. */
  timeoutMs: number;
  /** Deliveries claimed at once, and how many of them are posted at the same time. */
  batch: number;
  concurrency: number;
  schedule: RetrySchedule;
}

export const DELIVERY_WORKER_TIMING: DeliveryWorkerTiming = {
  pollMs: 5_000,
  wakeGapMs: 250,
  leaseMs: 60_000,
  timeoutMs: 10_000,
  batch: 20,
  concurrency: 8,
  schedule: RETRY_SCHEDULE,
};

export interface DeliveryWorkerOptions {
  store: QueueStore;
  secrets: QueueSecrets;
  /** A generic channel reply's delivery changed its message: tell the tenant's event streams. */
  onFeedMoved: (tenantId: string) => Promise<void> | void;
  log: (fields: Record<string, unknown>, message: string) => void;
  timing?: Partial<DeliveryWorkerTiming>;
  now?: () => Date;
}

/**
 * Sends the queue's webhook deliveries and generic channel replies (one worker per queue process, like the email
 * channel's): claims due ones with a lease, posts each signed with its owner's secret, records the attempt (2xx:
 * delivered and never sent again unless redelivered; anything else: retried on the schedule until the window has
 * passed, then failed). Woken when a change may have written deliveries, and polling meanwhile.
 */
export class WebhookDeliveryWorker {
  private readonly timing: DeliveryWorkerTiming;
  private readonly now: () => Date;
  private readonly loop: WakeableLoop;
  private readonly stopping = new AbortController();
  private lastRoundAt = 0;
  private wakeTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: DeliveryWorkerOptions) {
    this.timing = { ...DELIVERY_WORKER_TIMING, ...options.timing };
    this.now = options.now ?? (() => new Date());
    this.loop = new WakeableLoop({
      round: () => this.round(),
      restMs: this.timing.pollMs,
      backoff: { baseMs: Math.min(1_000, this.timing.pollMs), maxMs: Math.max(this.timing.pollMs, 30_000) },
      onError: (error, retryInMs) =>
        options.log(
          { event: 'webhook_round_failed', error: String(error), retryInMs },
          'webhook delivery round failed',
        ),
    });
  }

  start(): void {
    this.loop.start();
  }

  /** A change may have written deliveries: claim now rather than at the next poll. */
  wake(): void {
    if (this.wakeTimer !== null || this.stopping.signal.aborted) return;
    const wait = this.lastRoundAt + this.timing.wakeGapMs - Date.now();
    if (wait <= 0) return this.loop.wake();
    this.wakeTimer = setTimeout(() => {
      this.wakeTimer = null;
      this.loop.wake();
    }, wait);
  }

  /** Resolves once every round has ended; posts in flight are aborted (their lease lapses, and they are sent again). */
  async stop(): Promise<void> {
    this.stopping.abort();
    if (this.wakeTimer !== null) clearTimeout(this.wakeTimer);
    await this.loop.stop();
  }

  /** Resolves once no round runs (tests wait on it). */
  settled(): Promise<void> {
    return this.loop.settled();
  }

  private async round(): Promise<'rest' | 'again'> {
    this.lastRoundAt = Date.now();
    const rows = await this.options.store.webhooks.claimDueDeliveries(
      this.now(),
      this.timing.leaseMs,
      this.timing.batch,
    );
    const pending = [...rows];
    const lanes = Array.from({ length: Math.min(this.timing.concurrency, pending.length) }, async () => {
      for (let row = pending.shift(); row; row = pending.shift()) await this.deliver(row);
    });
    await Promise.all(lanes);
    return rows.length === this.timing.batch ? 'again' : 'rest';
  }

  private async deliver(row: DeliveryRow): Promise<void> {
    const { store } = this.options;
    const target = await store.webhooks.deliveryTarget(row);
    let attempt: WebhookAttempt;
    let permanent = false;
    if (!target.ok) {
      attempt = this.unsent(target.reason);
      permanent = target.permanent;
    } else {
      const secret = await this.secretOf(row.tenant_id, target.secretOwner);
      if (typeof secret !== 'string') attempt = this.unsent(secret.reason);
      else {
        attempt = await postSigned({
          url: target.url,
          secret,
          eventId: row.event_id,
          body: row.body,
          timeoutMs: this.timing.timeoutMs,
          signal: this.stopping.signal,
          now: this.now,
        });
        // Stopped mid-post: record nothing; the lease lapses and the next worker sends it.
        if (this.stopping.signal.aborted) return;
      }
    }
    const recorded = await store.webhooks.recordDeliveryAttempt({
      deliveryId: row.delivery_id,
      leaseUntil: Number(row.lease_until),
      attempt,
      permanent,
      now: this.now(),
      schedule: this.timing.schedule,
    });
    if (recorded?.feedMoved) await this.options.onFeedMoved(recorded.tenantId);
  }

  private async secretOf(
    tenantId: string,
    owner: { kind: 'webhook' | 'channel' | 'widget'; id: string },
  ): Promise<string | { reason: string }> {
    try {
      const secret = await openSigningSecret(this.options.store, this.options.secrets, { tenantId, ...owner });
      return (
        secret ?? {
          reason: `No signing secret: an admin makes one with POST /v1/secrets/${owner.kind}/${owner.id}.`,
        }
      );
    } catch (error) {
      return {
        reason: `The signing secret cannot be opened: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }

  /** An attempt that sent nothing, with why. */
  private unsent(reason: string): WebhookAttempt {
    return { at: this.now().toISOString(), status: null, error: reason.slice(0, 500), response: '', durationMs: 0 };
  }
}
