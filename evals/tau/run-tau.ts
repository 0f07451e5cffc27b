/**
 * τ-bench-style runs: for each task, the simulated customer (played by the model from the task's
 * instruction) talks with Switchboard's OpenAI provider, whose tools are the retail demo's HTTP API through the
 * OpenAPI tool layer and its policy guard (engine/tools); the task passes when the final database equals the one the task's expected actions give
 * and every expected output was told to the customer. pass^k: the share of tasks that pass all k trials.
 */
import type { AiHealthEvent } from '../../shared/api/ai-health-contract.js';
import type { Message, Ticket } from '../../shared/domain/ticket.js';
import { newTicket } from '../../shared/domain/ticket.js';
import { OpenAiEngine } from '../../engine/openai/engine.js';
import type { OpenAiEngineOptions } from '../../engine/openai/types.js';
import type { RetailStore } from '../../examples/retail-api/retail-store.js';
import { applyExpectedActions, databaseDifferences } from './expected-state.js';
import type { TauTask } from './tau-tasks.js';
import type { ToolTenant } from './tool-tenant.js';
import { AGENT_GREETING, UserSimulator, type Turn } from './user-simulator.js';

export interface TauEnvironment {
  /** The tenant's tools: the retail demo API and the tool layer over it. */
  tools: ToolTenant;
  /** The database every trial starts from (never changed). */
  store: RetailStore;
}

export interface TrialResult {
  trial: number;
  passed: boolean;
  /** Why it failed: database differences, missing outputs, an error; empty when it passed. */
  reasons: string[];
  /** How the conversation ended. */
  ending: 'customer_stopped' | 'escalated' | 'max_turns' | 'error';
  turns: number;
  actionsRun: string[];
  escalation: string | null;
  /** Integration drift the tool layer caught (`operationId: problem`). */
  drift: string[];
  tokens: number;
  costUsd: number;
  transcript: Turn[];
}

export interface TaskResult {
  index: number;
  userId: string;
  skipped: string | null;
  trials: TrialResult[];
}

export interface TauReport {
  model: string;
  userModel: string;
  k: number;
  tasks: TaskResult[];
  ran: number;
  skipped: number;
  passHat1: number | null;
  passHatK: number | null;
  durationMs: number;
}

export interface TauRunOptions {
  engine: OpenAiEngineOptions;
  userModel: string;
  k: number;
  maxTurns: number;
  onTrial?: (task: TaskResult, trial: TrialResult) => void;
}

const norm = (s: string) => s.toLowerCase().replace(/,/g, '');

function customerTicket(id: string, tenantId: string, store: RetailStore, userId: string): Ticket {
  const user = store.user(userId)!;
  return newTicket({
    id,
    tenantId,
    subject: 'Support chat',
    channel: 'tau',
    at: '2025-01-01T00:00:00.000Z',
    seq: 1,
    customer: {
      id: userId,
      name: `${user.name.first_name} ${user.name.last_name}`,
      email: user.email,
      tier: 'standard',
    },
  });
}

export async function runTrial(
  env: TauEnvironment,
  task: TauTask,
  index: number,
  trial: number,
  o: TauRunOptions,
): Promise<TrialResult> {
  env.tools.api.reset(env.store.data);
  const reported: AiHealthEvent[] = [];
  const engine = new OpenAiEngine(o.engine, env.tools.parts(reported));
  const customer = new UserSimulator({
    baseURL: o.engine.baseURL,
    apiKey: o.engine.apiKey,
    model: o.userModel,
    timeoutMs: o.engine.timeoutMs ?? 60_000,
  });
  const ticket = customerTicket(`tau-${index}-${trial}`, env.tools.parts().tenant.id, env.store, task.user_id);
  const transcript: Turn[] = [{ from: 'agent', text: AGENT_GREETING }];
  const messages: Message[] = [];
  const actionsRun: string[] = [];
  const replies: string[] = [];
  let tokens = 0;
  let costUsd = 0;
  let escalation: string | null = null;
  let ending: TrialResult['ending'] = 'max_turns';
  const say = (author: Message['author'], text: string) =>
    messages.push({
      id: `${ticket.id}-m${messages.length + 1}`,
      ticketId: ticket.id,
      author,
      authorName: null,
      kind: 'reply',
      text,
      createdAt: new Date(Date.UTC(2025, 0, 1, 0, messages.length)).toISOString(),
      seq: messages.length + 1,
    });
  let turns = 0;
  try {
    for (; turns < o.maxTurns; turns++) {
      const next = await customer.next(task.instruction, transcript);
      if (next.stop) {
        ending = 'customer_stopped';
        break;
      }
      transcript.push({ from: 'customer', text: next.text });
      say('customer', next.text);
      const report = await engine.decideWithReport({
        ticket: { ...ticket, seq: messages.length },
        messages: [...messages],
      });
      tokens += report.usage.promptTokens + report.usage.completionTokens;
      costUsd += report.usage.costUsd;
      actionsRun.push(
        ...report.toolCalls
          .filter((c) => c.outcome === 'ran' && c.reason === null && env.tools.writeOperations.has(c.name))
          .map((c) => c.name),
      );
      const d = report.decision;
      if (d.action === 'escalate') {
        escalation = `${d.escalation.code}: ${d.escalation.detail}`;
        ending = 'escalated';
        if (d.draft) replies.push(d.draft);
        turns++; // the customer's message was answered, by a handover
        break;
      }
      replies.push(d.reply);
      transcript.push({ from: 'agent', text: d.reply });
      say('ai', d.reply);
    }
  } catch (err) {
    ending = 'error';
    escalation = `the run failed: ${err instanceof Error ? err.message : String(err)}`;
  }
  tokens += customer.tokens;

  const expected = env.store.clone();
  applyExpectedActions(expected, task.actions, env.tools.writeOperations);
  const drift = reported.flatMap((e) => (e.kind === 'integration_drift' ? [`${e.operationId}: ${e.problem}`] : []));
  const reasons = databaseDifferences(env.tools.api.store, expected).map((d) => `database: ${d}`);
  for (const output of task.outputs) {
    if (!replies.some((r) => norm(r).includes(norm(output))))
      reasons.push(`the agent never told the customer "${output}"`);
  }
  if (ending === 'error') reasons.unshift(escalation!);
  if (reasons.length && ending === 'escalated') reasons.push(`the agent handed over to a person (${escalation})`);
  if (reasons.length && ending === 'max_turns')
    reasons.push(`the conversation reached ${o.maxTurns} turns without the customer's goal`);
  return {
    trial,
    passed: reasons.length === 0,
    reasons,
    ending,
    turns,
    actionsRun,
    escalation,
    drift,
    tokens,
    costUsd: Math.round(costUsd * 1e8) / 1e8,
    transcript,
  };
}

/** Why a task cannot run on this data (its user or orders are not in it), or null. */
export function unrunnable(env: TauEnvironment, task: TauTask): string | null {
  if (!env.store.user(task.user_id))
    return `user ${task.user_id} is not in the retail data (pass --data with τ-bench's full data to run it)`;
  try {
    applyExpectedActions(env.store.clone(), task.actions, env.tools.writeOperations);
  } catch (e) {
    return `its expected actions do not fit the data: ${(e as Error).message}`;
  }
  return null;
}

function choose(n: number, k: number): number {
  if (k > n) return 0;
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

export async function runTau(
  env: TauEnvironment,
  tasks: readonly { index: number; task: TauTask }[],
  o: TauRunOptions,
): Promise<TauReport> {
  const started = performance.now();
  const results: TaskResult[] = [];
  for (const { index, task } of tasks) {
    const skipped = unrunnable(env, task);
    const result: TaskResult = { index, userId: task.user_id, skipped, trials: [] };
    results.push(result);
    if (skipped) continue;
    for (let trial = 1; trial <= o.k; trial++) {
      const t = await runTrial(env, task, index, trial, o);
      result.trials.push(t);
      o.onTrial?.(result, t);
    }
  }
  const ran = results.filter((r) => !r.skipped);
  // τ-bench's estimator: pass^k = mean over tasks of C(c, k) / C(n, k), with c of n trials passed.
  const passHat = (k: number) =>
    ran.length
      ? ran.reduce((s, r) => s + choose(r.trials.filter((t) => t.passed).length, k) / choose(r.trials.length, k), 0) /
        ran.length
      : null;
  return {
    model: o.engine.model,
    userModel: o.userModel,
    k: o.k,
    tasks: results,
    ran: ran.length,
    skipped: results.length - ran.length,
    passHat1: passHat(1),
    passHatK: passHat(o.k),
    durationMs: Math.round(performance.now() - started),
  };
}
