import { brokenPromises } from './answer-checks.js';
import { asRecord, jsonRecord, type JsonRecord } from './json-record.js';
import type { FuzzWorld } from './fuzz-world.js';
import { learnFromAnswer } from './learn-from-answer.js';
import { Prng } from './prng.js';
import { IDENTITIES, type FuzzTokens, type Identity } from './identities.js';
import { describeRequest, fuzzTargets, generateRequest, type FuzzRequest } from './request-generator.js';
import { sendRaw } from './send-raw.js';

export interface FuzzRunOptions {
  url: string;
  requests: number;
  seed: number;
  tokens: FuzzTokens;
  world: FuzzWorld;
  /** Requests in flight at once. */
  concurrency: number;
  timeoutMs: number;
  /** Runs after every `every` requests, with the count sent so far (legitimate traffic, console syncs); sending waits for it. */
  between?: { every: number; run: (sent: number) => Promise<void> };
}

export interface FailedRequest {
  request: string;
  answer: string;
}

export interface FuzzOutcome {
  seed: number;
  requests: number;
  elapsedMs: number;
  /** Requests per target, then per identity. */
  counts: Map<string, Map<Identity, number>>;
  /** Answers per target, then per status (or "no answer"). */
  statusesByTarget: Map<string, Map<string, number>>;
  statuses: Map<string, number>;
  /** Refused requests per status and error code ("400 invalid_unicode"). */
  refusals: Map<string, number>;
  /** Pushed mutations per type and outcome ("ai_decision applied"): how many got past the schema to the store. */
  mutationOutcomes: Map<string, number>;
  serverErrors: FailedRequest[];
  noAnswer: FailedRequest[];
  /** Answers that broke a promise: another tenant's ticket shown, a role let past the role table, an error in another format. */
  violations: FailedRequest[];
}

/** The code of an error answer, or what it is instead ("no error body"). */
function errorCode(answer: JsonRecord | null): string {
  const code = asRecord(answer?.error)?.code;
  return typeof code === 'string' ? code : 'no error body';
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Sends `requests` generated hostile requests, spread evenly over every target × identity (a shuffled round
 * robin, so each pair gets its share), `concurrency` at a time; checks each answer's promises and learns
 * from it which tickets, claims and rule versions exist so later valid requests name them.
 */
export async function runFuzz(options: FuzzRunOptions): Promise<FuzzOutcome> {
  const prng = new Prng(options.seed);
  const targets = fuzzTargets();
  const targetByName = new Map(targets.map((target) => [target.name, target]));
  const cells = targets.flatMap((target) => IDENTITIES.map((identity) => ({ target, identity })));
  const base = new URL(options.url);
  const { world } = options;
  const outcome: FuzzOutcome = {
    seed: options.seed,
    requests: 0,
    elapsedMs: 0,
    counts: new Map(targets.map((target) => [target.name, new Map(IDENTITIES.map((identity) => [identity, 0]))])),
    statusesByTarget: new Map(targets.map((target) => [target.name, new Map()])),
    statuses: new Map(),
    refusals: new Map(),
    mutationOutcomes: new Map(),
    serverErrors: [],
    noAnswer: [],
    violations: [],
  };

  let order: typeof cells = [];
  const nextRequest = (): FuzzRequest => {
    if (order.length === 0) order = prng.shuffle(cells);
    const cell = order.pop() as (typeof cells)[number];
    return generateRequest(prng, world, cell.target, cell.identity, options.tokens);
  };

  const sendOne = async (request: FuzzRequest): Promise<void> => {
    const answer = await sendRaw(base, request, options.timeoutMs);
    outcome.requests += 1;
    const status = answer.status === null ? 'no answer' : String(answer.status);
    bump(outcome.counts.get(request.target) ?? new Map(), request.identity);
    bump(outcome.statuses, status);
    bump(outcome.statusesByTarget.get(request.target) ?? new Map(), status);
    if (answer.status === null || answer.error !== null) {
      outcome.noAnswer.push({ request: describeRequest(request), answer: `${status}: ${answer.error ?? ''}` });
      return;
    }
    if (answer.status >= 500)
      outcome.serverErrors.push({
        request: describeRequest(request),
        answer: `${answer.status} ${answer.text.slice(0, 500)}`,
      });
    const success = answer.status >= 200 && answer.status < 300;
    const parsed = success || answer.status >= 400 ? jsonRecord(answer.text) : null;
    if (answer.status >= 400) bump(outcome.refusals, `${answer.status} ${errorCode(parsed)}`);
    for (const broken of brokenPromises(
      world,
      targetByName.get(request.target),
      request,
      answer.status,
      answer.text,
      parsed,
    )) {
      outcome.violations.push({ request: describeRequest(request), answer: `${broken}: ${answer.text.slice(0, 300)}` });
    }
    if (parsed && success) {
      const sent = request.body === null ? null : jsonRecord(request.body.toString('utf8'));
      for (const mutation of learnFromAnswer(world, request, sent, parsed)) bump(outcome.mutationOutcomes, mutation);
    }
  };

  const started = performance.now();
  let sent = 0;
  let paused: Promise<void> = Promise.resolve();
  const worker = async (): Promise<void> => {
    for (;;) {
      await paused;
      if (sent >= options.requests) return;
      const request = nextRequest();
      sent += 1;
      if (options.between && sent % options.between.every === 0) {
        const count = sent;
        paused = paused.then(() => options.between?.run(count));
      }
      await sendOne(request);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  await paused;
  outcome.elapsedMs = performance.now() - started;
  return outcome;
}
