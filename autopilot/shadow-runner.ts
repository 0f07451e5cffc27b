import type { AiEngine } from '../engine/engine.js';
import type { AiHealthReporter } from '../engine/routing/ports.js';
import type { QueueClient } from '../lib/queue-client/queue-client.js';
import type { AiDecision } from '../shared/domain/decision.js';
import type { Ticket } from '../shared/domain/ticket.js';
import type { RoutingPolicy } from '../shared/settings/routing-policy.js';
import {
  handledOutcome,
  replayInput,
  summarizeShadowRun,
  type ShadowCase,
  type ShadowRunSummary,
} from './shadow-sample.js';

export interface ShadowRunOptions {
  /** The autopilot's queue client: lists and reads tickets, reads when the last shadow run was. */
  client: Pick<QueueClient, 'listTickets' | 'getTicket' | 'aiHealth'>;
  /** The engine live tickets are decided with (its current prompt and model), asked in mode `shadow`. */
  engine: AiEngine;
  /** The tenant's routing policy now (read at every check: a lead's change applies to the next run). */
  policy: () => RoutingPolicy;
  /** Where the run's `shadow_run` event goes (the queue's health events). */
  reporter: AiHealthReporter;
  log: (line: string) => void;
  /** The first look whether a run is due, after start. Default 1 minute (the engine loads first). */
  firstRunDelayMs?: number;
  /** How often it looks whether a run is due. Default 10 minutes. */
  checkEveryMs?: number;
  /** How long one ticket's re-decision may take; past it the ticket counts as not agreeing. Default 1 minute. */
  decideTimeoutMs?: number;
  now?: () => Date;
}

export interface ShadowRuns {
  /** Runs once now, whatever the schedule (a run in progress is waited for instead); null when shadow runs are off. */
  runNow(): Promise<ShadowRunSummary | null>;
  /** No new run starts; a run in progress ends after its current ticket. */
  stop(): Promise<void>;
}

const HOUR_MS = 3_600_000;

/**
 * Scheduled shadow runs (issue 17): while the tenant's routing policy has them on, every `everyHours` (and once soon
 * after start when the last run, by this autopilot or another, is older) up to `sampleSize` recent tickets the AI or
 * people resolved are re-decided with the current engine in shadow mode (no writes), compared with what happened,
 * and the agreement and guard-refusal rate posted as a `shadow_run` event; the queue alerts leads when they fall
 * outside the tenant's tolerance. Runs never overlap and never hold up live tickets beyond the engine's own work.
 */
export function startShadowRuns(options: ShadowRunOptions): ShadowRuns {
  const now = options.now ?? (() => new Date());
  let running: Promise<ShadowRunSummary | null> | null = null;
  let lastRunAt: number | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;

  const runOnce = (): Promise<ShadowRunSummary | null> => {
    running ??= shadowRun(options, () => stopped)
      .then((summary) => {
        lastRunAt = now().getTime();
        return summary;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const due = async (): Promise<boolean> => {
    const { shadow } = options.policy();
    if (!shadow.enabled) return false;
    const notBefore = now().getTime() - shadow.everyHours * HOUR_MS;
    if (lastRunAt !== null && lastRunAt > notBefore) return false;
    const last = await options.client.aiHealth({ kind: 'shadow_run', limit: 1 });
    if (!last.ok) {
      options.log(`Shadow runs: the last run's time could not be read (${last.error.message}); trying later.`);
      return false;
    }
    const lastAt = last.value.events[0]?.at;
    return lastAt === undefined || Date.parse(lastAt) <= notBefore;
  };

  const check = async (): Promise<void> => {
    try {
      if (!stopped && !running && (await due())) await runOnce();
    } catch (error) {
      options.log(`Shadow run failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!stopped) schedule(options.checkEveryMs ?? 10 * 60_000);
  };

  const schedule = (ms: number): void => {
    timer = setTimeout(() => void check(), ms);
    timer.unref();
  };

  schedule(options.firstRunDelayMs ?? 60_000);

  return {
    runNow: () => (options.policy().shadow.enabled ? runOnce() : Promise.resolve(null)),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}

/** One run: sample, re-decide one ticket at a time, summarize, report. */
async function shadowRun(options: ShadowRunOptions, stopped: () => boolean): Promise<ShadowRunSummary | null> {
  const { shadow } = options.policy();
  const sample = await recentHandledTickets(options.client, shadow.sampleSize);
  const cases: ShadowCase[] = [];
  for (const ticket of sample) {
    if (stopped()) return null;
    const was = handledOutcome(ticket);
    if (!was) continue;
    cases.push({ ticketId: ticket.id, was, now: await redecide(options, ticket) });
  }
  const summary = summarizeShadowRun(cases, shadow);
  const pct = (share: number) => `${Math.round(share * 100)}%`;
  options.log(
    `Shadow run: ${summary.sampled} ticket(s), agreement ${pct(summary.agreement)} (at least ${pct(shadow.minAgreement)}), ` +
      `guard refusals ${pct(summary.guardRefusalRate)} (at most ${pct(shadow.maxGuardRefusalRate)})` +
      (summary.event ? '.' : '; no model was asked, nothing reported.'),
  );
  if (summary.event) await options.reporter.report(summary.event);
  return summary;
}

/** Up to `size` of the tenant's most recently changed tickets the AI resolved or people resolved. */
async function recentHandledTickets(client: ShadowRunOptions['client'], size: number): Promise<Ticket[]> {
  const lists = await Promise.all([
    client.listTickets({ status: 'ai_resolved', limit: size }),
    client.listTickets({ status: 'resolved', limit: size }),
  ]);
  const tickets = lists.flatMap((list) => {
    if (!list.ok) throw new Error(`the recent tickets could not be read (${list.error.message})`);
    return list.value.tickets;
  });
  return tickets
    .filter((ticket) => handledOutcome(ticket) !== null)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, size);
}

/** The engine's decision now for the ticket as it arrived, or null when it could not be read, failed or took too long. */
async function redecide(options: ShadowRunOptions, ticket: Ticket): Promise<AiDecision | null> {
  const read = await options.client.getTicket(ticket.id);
  if (!read.ok) {
    options.log(`Shadow run: ticket ${ticket.id} could not be read (${read.error.message}).`);
    return null;
  }
  const input = replayInput(read.value.ticket, read.value.messages);
  if (input.messages.length === 0) return null;
  const timeoutMs = options.decideTimeoutMs ?? 60_000;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const decided = await Promise.race([options.engine.decide(input), late]);
    if (decided === null)
      options.log(`Shadow run: ticket ${ticket.id} took over ${timeoutMs} ms; counted as not agreeing.`);
    return decided;
  } catch (error) {
    options.log(`Shadow run: ticket ${ticket.id} failed (${error instanceof Error ? error.message : String(error)}).`);
    return null;
  } finally {
    clearTimeout(timer);
  }
}
