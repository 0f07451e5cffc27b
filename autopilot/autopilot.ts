import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { AiDecisionMutation } from '../shared/api/mutations.js';
import { MAX_CLAIM_LIMIT } from '../shared/api/queue-contract.js';
import { emptyTenantSettings } from '../shared/settings/tenant-settings.js';
import { aiTagsFor } from '../shared/settings/ticket-tags.js';
import type { AiEngine } from '../engine/engine.js';
import { rulesInForce } from '../engine/engine-tenant.js';
import { backoffDelay } from '../lib/queue-client/backoff.js';
import { identityRefusalOf } from '../lib/queue-client/identity-refusals.js';
import type { QueueClient } from '../lib/queue-client/queue-client.js';
import { QueueEventStream } from '../lib/queue-client/queue-event-stream.js';
import { WakeableLoop } from '../lib/wakeable-loop.js';
import { escalationForEngineFailure } from './fallback-decision.js';
import { TenantConfigurationFollower } from './tenant-configuration-follower.js';
import { WaitingClaims, type Claim } from './waiting-claims.js';

export interface AutopilotOptions {
  client: QueueClient;
  engine: AiEngine;
  /** The tenant of the client's token; its settings and rules are read from the queue and followed. */
  tenantId: string;
  /**
   * The follower that read the starting configuration (startingConfiguration), so the first batch reads only what
   * changed since; it must put a configuration in force in `engine`. Absent: one is made that starts from nothing.
   */
  configuration?: TenantConfigurationFollower;
  workerId?: string;
  batchSize?: number;
  leaseMs?: number;
  /** How long to wait for new work when the queue had none and no event woke us. */
  idlePollMs?: number;
  /**
   * While the engine is still loading (see AiEngine.decideNow), at most this many claimed tickets wait for it;
   * then no more are claimed, so other workers get the rest. Default 100.
   */
  maxWaiting?: number;
  /** Told after each decision the queue applied, with the count so far. */
  onDecisionApplied?: (decided: number) => void;
  log?: (line: string) => void;
}

const DEFAULT_MAX_WAITING = 100;

/**
 * Claims new tickets with a lease, runs each through the AI engine and submits the decision.
 * Many autopilots may run against one queue: the lease makes sure one of them decides each ticket.
 */
export class Autopilot {
  readonly workerId: string;
  /** Null until the queue has told us the last mutation id it applied for this worker id. */
  private nextMutationId: number | null = null;
  /** A batch a round; woken by the queue's events and by the engine becoming ready. */
  private readonly batches: WakeableLoop;
  private readonly events: QueueEventStream;
  private decided = 0;
  private readonly configuration: TenantConfigurationFollower;
  /** False while the engine is still loading a part some tickets need. */
  private engineReady: boolean;
  private readonly waiting: WaitingClaims;

  constructor(private readonly options: AutopilotOptions) {
    this.workerId = options.workerId ?? `autopilot-${hostname()}-${randomUUID().slice(0, 8)}`;
    this.batches = new WakeableLoop({
      round: async () => ((await this.processBatch()) > 0 ? 'again' : 'rest'),
      restMs: options.idlePollMs ?? 1_000,
      backoff: { baseMs: 500, maxMs: 10_000 },
      onError: (error, retryInMs) =>
        options.log?.(
          `autopilot ${this.workerId}: ${error instanceof Error ? error.message : String(error)}; retrying in ${retryInMs} ms`,
        ),
    });
    this.events = new QueueEventStream({
      baseUrl: options.client.url,
      token: options.client.token,
      onChange: () => this.nudge(),
    });
    this.configuration =
      options.configuration ??
      new TenantConfigurationFollower({
        source: options.client,
        tenantId: options.tenantId,
        apply: (configuration) => options.engine.useConfiguration?.(configuration),
        log: options.log,
      });
    this.waiting = new WaitingClaims({
      client: options.client,
      workerId: this.workerId,
      leaseMs: options.leaseMs ?? 30_000,
      log: options.log,
    });
    const ready = options.engine.decideNow ? options.engine.whenReady?.() : undefined;
    this.engineReady = ready === undefined;
    ready
      ?.catch(() => undefined)
      .finally(() => {
        // Failed too: decide() then fails and every waiting ticket goes to a person with the reason.
        this.engineReady = true;
        this.nudge();
      });
  }

  /** Claimed tickets waiting for the engine to finish loading. */
  get ticketsWaiting(): number {
    return this.waiting.size;
  }

  /** The escalation rules version in force (0: none saved, one catch-all). */
  get rulesVersion(): number {
    return this.configuration.rulesVersion;
  }

  get decisionsSubmitted(): number {
    return this.decided;
  }

  start(): void {
    if (this.batches.active) return;
    this.events.start();
    this.batches.start();
  }

  async stop(): Promise<void> {
    await Promise.all([this.batches.stop(), this.events.stop()]);
  }

  /** Before start() and from stop() on: the batch in progress decides no more tickets. */
  private get stopped(): boolean {
    return !this.batches.active;
  }

  /**
   * Claims one batch and decides it, or, once the engine is ready, decides a batch of the tickets that waited for
   * it; returns how many tickets it took (0: nothing to do, the loop may rest).
   */
  async processBatch(): Promise<number> {
    const { client, batchSize = 10, leaseMs = 30_000, maxWaiting = DEFAULT_MAX_WAITING } = this.options;
    if (this.nextMutationId === null) {
      // A worker restarted under the same id must continue its numbering, or the queue would take its
      // new decisions for replays of old ones and drop them.
      const feed = await client.pull(0, this.workerId, 1);
      if (!feed.ok) throw new Error(feed.error.message);
      this.nextMutationId = (feed.value.lastMutationId ?? 0) + 1;
    }
    await this.waiting.renewDue();
    if (this.engineReady && this.waiting.size > 0) {
      // The tickets that waited for the engine go first, a batch per round so the others' leases are renewed between.
      const { taken, claims } = await this.waiting.take(batchSize);
      if (claims.length > 0) await this.configuration.refresh();
      for (const claim of claims) {
        if (this.stopped) break;
        await this.decide(claim);
      }
      return taken;
    }
    // While the engine loads, claim in one go what may still wait, so the tickets it can decide already are
    // found at once; never more, so the rest stays free for workers that are ready.
    const limit = this.engineReady ? batchSize : Math.min(MAX_CLAIM_LIMIT, maxWaiting - this.waiting.size);
    if (limit <= 0) return 0;
    const claimed = await client.claim(this.workerId, limit, leaseMs);
    if (!claimed.ok) throw new Error(claimed.error.message);
    // Asked after the claim, so a ticket claimed after a lead saved rules or an admin published an article is
    // decided by them.
    if (claimed.value.claims.length > 0) await this.configuration.refresh();
    for (const claim of claimed.value.claims) {
      if (this.stopped) break;
      await this.decide(claim);
    }
    return claimed.value.claims.length;
  }

  private async decide(claim: Claim): Promise<void> {
    const started = performance.now();
    const { engine } = this.options;
    const input = { ticket: claim.ticket, messages: claim.messages };
    const decision = await (
      !this.engineReady && engine.decideNow ? engine.decideNow(input) : engine.decide(input)
    ).catch((error: unknown) =>
      escalationForEngineFailure(this.rulesNow(), claim.ticket, error, performance.now() - started),
    );
    if (decision === null) {
      this.waiting.add(claim);
      return;
    }
    // The tenant's tags the AI sets for the decision's intent (their aiIntents); the queue keeps only those.
    const tags = aiTagsFor(decision.intent, this.configuration.configuration?.settings.tag ?? []);
    const mutation: AiDecisionMutation = {
      id: this.takeMutationId(),
      type: 'ai_decision',
      ticketId: claim.ticket.id,
      messageId: randomUUID(),
      decision,
      ...(tags.length > 0 ? { tags } : {}),
      createdAt: new Date().toISOString(),
    };
    await this.submit(mutation);
  }

  /** Submitting the same mutation again is safe: the queue applies each (worker, id) once. */
  private async submit(decided: AiDecisionMutation): Promise<void> {
    let mutation = decided;
    let renumbered = false;
    for (let attempt = 0; !this.stopped || attempt === 0; attempt++) {
      const answer = await this.options.client.push({ clientId: this.workerId, mutations: [mutation] });
      if (answer.ok) {
        const outcome = answer.value.results[0];
        if (outcome?.status === 'applied') {
          this.decided++;
          this.options.onDecisionApplied?.(this.decided);
        } else if (outcome && outcome.status !== 'duplicate') {
          this.options.log?.(
            `autopilot ${this.workerId}: decision on ${mutation.ticketId} was ${outcome.status}${outcome.error ? `: ${outcome.error}` : ''}`,
          );
        }
        return;
      }
      const refusal = identityRefusalOf(answer.error.details);
      if (refusal?.kind === 'renumber' && !renumbered) {
        // Decisions the queue refused whole left this worker's numbering too far ahead of its count: go on from the count.
        renumbered = true;
        this.nextMutationId = refusal.lastMutationId + 1;
        mutation = { ...mutation, id: this.takeMutationId() };
        continue;
      }
      if (answer.error.code !== 'queue_unreachable' && answer.error.code !== 'queue_error') {
        this.options.log?.(
          `autopilot ${this.workerId}: decision on ${mutation.ticketId} refused: ${answer.error.message}`,
        );
        return;
      }
      // Ended early by news from the queue or by stop().
      await this.batches.pause(backoffDelay(attempt, 250, 5_000));
    }
  }

  private rulesNow() {
    return this.configuration.configuration?.rules ?? rulesInForce({ rules: null }, emptyTenantSettings());
  }

  private takeMutationId(): number {
    const id = this.nextMutationId ?? 1;
    this.nextMutationId = id + 1;
    return id;
  }

  /** News from the queue, or the engine ready: the next batch at once (a started autopilot only). */
  private nudge(): void {
    if (this.batches.active) this.batches.wake();
  }
}
