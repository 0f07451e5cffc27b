import type { AiHealthEvent } from '../shared/api/ai-health-contract.js';
import type { AppError } from '../shared/result.js';
import type { AiHealthReporter } from '../engine/routing/ports.js';
import { backoffDelay } from '../lib/queue-client/backoff.js';
import type { QueueClient } from '../lib/queue-client/queue-client.js';

export interface QueueHealthReporterOptions {
  client: Pick<QueueClient, 'postAiHealth'>;
  log: (line: string) => void;
  /** Events waiting at most; a new one beyond it drops the oldest (with a log line). */
  maxQueued?: number;
  /** Posts of one event at most before it is dropped (with a log line). */
  maxAttempts?: number;
  /** The back-off between attempts: from `retryBaseMs` doubling up to `retryMaxMs`, with jitter. */
  retryBaseMs?: number;
  retryMaxMs?: number;
}

/**
 * Sends the AI's health reports (drift, shadow runs) to the queue (POST /v1/ai/health) without ever holding up or
 * failing a decision: report() only queues the event in memory; one event at a time is posted, in order, retried with
 * back-off while the queue cannot be reached or fails (5xx, 429), and dropped with a log line after `maxAttempts`, when
 * the queue refuses it (400, 401, 403), or when more than `maxQueued` wait.
 */
export class QueueHealthReporter implements AiHealthReporter {
  private readonly queued: { event: AiHealthEvent; attempts: number }[] = [];
  private readonly maxQueued: number;
  private readonly maxAttempts: number;
  private sending: Promise<void> | null = null;
  private stopped = false;
  private wakeFromWait: (() => void) | null = null;

  constructor(private readonly options: QueueHealthReporterOptions) {
    this.maxQueued = options.maxQueued ?? 100;
    this.maxAttempts = options.maxAttempts ?? 8;
  }

  report(event: AiHealthEvent): Promise<void> {
    if (this.stopped) {
      this.options.log(`AI health: ${event.kind} report dropped: the reporter has stopped.`);
      return Promise.resolve();
    }
    if (this.queued.length >= this.maxQueued) {
      const dropped = this.queued.shift();
      this.options.log(`AI health: ${dropped?.event.kind} report dropped: ${this.maxQueued} reports wait already.`);
    }
    this.queued.push({ event, attempts: 0 });
    this.sending ??= this.send().finally(() => {
      this.sending = null;
    });
    return Promise.resolve();
  }

  /** Resolves once every queued report is sent or dropped. */
  async idle(): Promise<void> {
    while (this.sending) await this.sending;
  }

  /** No more posts; what still waits is dropped (logged). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeFromWait?.();
    await this.idle();
  }

  /** How many reports wait to be sent. */
  get pending(): number {
    return this.queued.length;
  }

  private async send(): Promise<void> {
    for (let next = this.queued[0]; next; next = this.queued[0]) {
      if (this.stopped) {
        this.options.log(`AI health: ${this.queued.length} report(s) dropped unsent on stop.`);
        this.queued.length = 0;
        return;
      }
      const posted = await this.options.client.postAiHealth(next.event);
      next.attempts += 1;
      if (posted.ok) {
        this.queued.shift();
        continue;
      }
      const why = posted.error.message;
      if (!retryable(posted.error) || next.attempts >= this.maxAttempts) {
        this.queued.shift();
        this.options.log(`AI health: ${next.event.kind} report dropped after ${next.attempts} attempt(s): ${why}`);
        continue;
      }
      await this.wait(
        backoffDelay(next.attempts - 1, this.options.retryBaseMs ?? 1_000, this.options.retryMaxMs ?? 60_000),
      );
    }
  }

  /** Waits `ms`, or less when stop() wakes it. */
  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wakeFromWait = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeFromWait = done;
    });
  }
}

/** The queue unreachable, failing, or limiting the rate: worth another attempt. A refusal of the event is not. */
function retryable(error: AppError): boolean {
  if (error.code === 'queue_unreachable' || error.code === 'queue_error') return true;
  const status = (error.details as { status?: unknown } | undefined)?.status;
  return status === 429;
}
