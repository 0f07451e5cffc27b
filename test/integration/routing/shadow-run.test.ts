/**
 * Shadow runs against a real queue (127.0.0.1, SQLite) with the autopilot's routed engine: the real built-in engine
 * (the fixture bank's classifier), the model through the real OpenAI SDK against the scripted server, the real
 * retrieval and grounding check, the month's spend and the health reports over the queue.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AiDecision } from '../../../shared/domain/decision.js';
import {
  DEFAULT_ROUTING_POLICY,
  ROUTING_POLICY_ID,
  type RoutingPolicy,
} from '../../../shared/settings/routing-policy.js';
import { emptyTenantSettings } from '../../../shared/settings/tenant-settings.js';
import { QueueClient } from '../../../lib/queue-client/queue-client.js';
import { QueueHealthReporter } from '../../../autopilot/queue-health-reporter.js';
import { queueSpendSource } from '../../../autopilot/queue-spend-source.js';
import { startRoutedAutopilotEngine, type RoutedAutopilotEngine } from '../../../autopilot/routed-autopilot-engine.js';
import { startShadowRuns } from '../../../autopilot/shadow-runner.js';
import { intakeBody, startTestQueue, type TestQueue } from '../../helpers/queue-server.js';
import { scriptedOpenAiServerPerFile } from '../../helpers/scripted-openai-server.js';
import { CITED, GROUNDED, INVENTED, SURE, TOPUP_FEES, UNSURE } from '../../helpers/topup-fees-case.js';
import { fixtureEngine, fixtureTenant } from '../../unit/ai/fixtures.js';
import { aiDecision, escalateDecision, reopen, agentReply, resolveDecision } from '../queue/builders.js';
import { decisionJson, RESOURCES_DIR, scriptedModelEndpoint } from '../openai/fixtures.js';

const openAi = scriptedOpenAiServerPerFile();

const POLICY: RoutingPolicy = {
  ...DEFAULT_ROUTING_POLICY,
  model: { ...DEFAULT_ROUTING_POLICY.model, enabled: true },
  budget: { monthlyUsd: 10, warnAt: 0.8, whenExhausted: 'people' },
  shadow: { enabled: true, everyHours: 24, sampleSize: 5, minAgreement: 0.85, maxGuardRefusalRate: 0.1 },
};

let queue: TestQueue;
let routed: RoutedAutopilotEngine;
let autopilot: QueueClient;
let lead: QueueClient;
const logs: string[] = [];
const log = (line: string) => logs.push(line);
let lastMutationId = 0;

/** Shadow runs of the routed engine over the queue, with `policy`, first looking after `firstRunDelayMs`. */
function shadowRuns(reporter: QueueHealthReporter, firstRunDelayMs: number, policy: RoutingPolicy = POLICY) {
  return startShadowRuns({
    client: autopilot,
    engine: routed.engine,
    policy: () => policy,
    reporter,
    log,
    firstRunDelayMs,
  });
}

/** A ticket the queue holds: the customer's text, what the autopilot decided, then what people did (if anything). */
async function handled(text: string, decision: AiDecision, people: 'reopened_and_resolved' | 'resolved' | null) {
  const created = await queue.call<{ ticket: { id: string } }>('POST', '/v1/tickets', { body: intakeBody({ text }) });
  const id = created.body.ticket.id;
  await queue.call('POST', '/v1/claims', { token: queue.tokens.autopilot, body: { workerId: 'bot', limit: 1 } });
  const decided = await queue.push('bot', [aiDecision(++lastMutationId, id, decision)], queue.tokens.autopilot);
  expect(decided.results[0]?.status).toBe('applied');
  const byPeople =
    people === 'reopened_and_resolved'
      ? [reopen(++lastMutationId, id), agentReply(++lastMutationId, id, { resolve: true })]
      : people === 'resolved'
        ? [agentReply(++lastMutationId, id, { resolve: true })]
        : [];
  if (byPeople.length > 0) {
    const pushed = await queue.push('lead-console', byPeople, queue.tokens.lead);
    expect(pushed.results.map((result) => result.status)).toEqual(byPeople.map(() => 'applied'));
  }
  queue.clock.advance(1_000);
  return id;
}

beforeAll(async () => {
  queue = await startTestQueue();
  autopilot = new QueueClient({ baseUrl: queue.url, token: queue.tokens.autopilot });
  lead = new QueueClient({ baseUrl: queue.url, token: queue.tokens.lead });
  const settings = {
    ...emptyTenantSettings(),
    article: [TOPUP_FEES],
    routing: [
      { id: ROUTING_POLICY_ID, version: 1, value: POLICY, savedAt: new Date(0).toISOString(), savedBy: 'test' },
    ],
  };
  routed = startRoutedAutopilotEngine({
    builtin: await fixtureEngine(),
    endpoint: scriptedModelEndpoint(openAi().baseURL),
    configuration: { tenantId: 'fixture-bank', settings, rules: fixtureTenant().escalationRules },
    resourcesDir: RESOURCES_DIR,
    spend: queueSpendSource(autopilot),
    health: null,
    log,
  });
}, 120_000);
afterAll(async () => {
  routed?.close();
  await queue?.close();
});

describe('shadow runs', () => {
  it('re-decide recent handled tickets in shadow mode and report agreement and guard refusals; leads are alerted', async () => {
    const agreeing = [await handled(SURE, resolveDecision, null), await handled(SURE, resolveDecision, null)];
    const reopened = await handled(SURE, resolveDecision, 'reopened_and_resolved');
    const modelAgrees = await handled(UNSURE, resolveDecision, null);
    const modelRefused = await handled(UNSURE, resolveDecision, null);
    // Not a sample: escalated, and no person has resolved it yet.
    await handled(UNSURE, escalateDecision, null);
    expect(agreeing).toHaveLength(2);
    // Newest first: the refused answer is asked for before the agreeing one.
    openAi().script(
      { final: decisionJson({ reply: INVENTED, citations: [CITED], intent: 'topup_fees' }) },
      { final: decisionJson({ reply: GROUNDED, citations: [CITED], intent: 'topup_fees' }) },
    );
    const reporter = new QueueHealthReporter({ client: autopilot, log });
    const runs = shadowRuns(reporter, 0);
    let events = await lead.aiHealth({ kind: 'shadow_run' });
    for (let tries = 0; events.ok && events.value.events.length === 0 && tries < 600; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      events = await lead.aiHealth({ kind: 'shadow_run' });
    }
    await runs.stop();
    await reporter.stop();

    expect(events.ok && events.value.events).toHaveLength(1);
    const [stored] = events.ok ? events.value.events : [];
    expect(stored).toMatchObject({
      alert: true,
      event: {
        kind: 'shadow_run',
        promptVersion: routed.promptVersion,
        model: 'gpt-4o-mini',
        sampled: 5,
        agreement: 0.6,
        guardRefusalRate: 0.2,
        minAgreement: 0.85,
        maxGuardRefusalRate: 0.1,
      },
    });
    expect(stored?.event.kind === 'shadow_run' && stored.event.disagreements).toEqual([
      {
        ticketId: modelRefused,
        was: { action: 'resolve', ownerQueue: null },
        now: { action: 'escalate', ownerQueue: expect.any(String) },
      },
      {
        ticketId: reopened,
        was: { action: 'escalate', ownerQueue: 'general' },
        now: { action: 'resolve', ownerQueue: null },
      },
    ]);
    expect(openAi().requests).toHaveLength(2);
    expect(logs).toContainEqual(
      expect.stringMatching(/^Shadow run: 5 ticket\(s\), agreement 60% \(at least 85%\), guard refusals 20%/),
    );
    expect(modelAgrees).not.toBe(modelRefused);
    // Nothing of the re-decisions was written: the tickets are as people and the autopilot left them.
    const after = await lead.listTickets({ status: 'ai_resolved' });
    expect(after.ok && after.value.tickets.map((ticket) => ticket.id).sort()).toEqual(
      [...agreeing, modelAgrees, modelRefused].sort(),
    );
    const spend = await lead.aiSpend();
    expect(spend.ok && spend.value.spentUsd).toBe(0);
  });

  it('run once at a time, and not at all while the policy has them off', async () => {
    const reporter = new QueueHealthReporter({ client: autopilot, log });
    const off = shadowRuns(reporter, 60_000, { ...POLICY, shadow: { ...POLICY.shadow, enabled: false } });
    expect(await off.runNow()).toBeNull();
    await off.stop();

    openAi().script({ final: decisionJson({ reply: GROUNDED, citations: [CITED] }) });
    openAi().script({ final: decisionJson({ reply: GROUNDED, citations: [CITED] }) });
    const runs = shadowRuns(reporter, 60_000);
    const [first, second] = await Promise.all([runs.runNow(), runs.runNow()]);
    expect(second).toBe(first);
    expect(first).toMatchObject({ sampled: 5 });
    await runs.stop();
    await reporter.stop();
  });
});
