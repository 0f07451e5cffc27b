/**
 * The AI's spend and health over HTTP (a real queue on 127.0.0.1, SQLite; the store contract runs both engines):
 * the queue client's methods, the spend source and health reporter the autopilot gives the routed engine.
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { AiHealthEvent } from '../../../shared/api/ai-health-contract.js';
import { budgetMonth } from '../../../shared/routing/model-budget.js';
import { QueueClient } from '../../../lib/queue-client/queue-client.js';
import { queueSpendSource } from '../../../autopilot/queue-spend-source.js';
import { QueueHealthReporter } from '../../../autopilot/queue-health-reporter.js';
import { intakeBody } from '../../helpers/queue-server.js';
import { testQueueForEachTest } from '../../helpers/test-queue-hooks.js';
import { aiDecision, resolveDecision } from './builders.js';

const queue = testQueueForEachTest();
const clientAs = (role: 'agent' | 'lead' | 'autopilot' | 'admin') =>
  new QueueClient({ baseUrl: queue.url, token: queue.tokens[role] });

const DRIFT: AiHealthEvent = {
  kind: 'integration_drift',
  toolApiId: 'orders',
  operationId: 'getOrder',
  ticketId: 'tkt_1',
  problem: '$.total: expected number, got string',
};

/** A port nothing listens on (taken and released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('the AI spend and health endpoints', () => {
  it("answers the month's spend by route to leads and autopilots, for a bounded month", async () => {
    const created = await queue.call<{ ticket: { id: string } }>('POST', '/v1/tickets', { body: intakeBody() });
    await queue.call('POST', '/v1/claims', { token: queue.tokens.autopilot, body: { workerId: 'bot', limit: 1 } });
    const decision = {
      ...resolveDecision,
      engine: 'openai' as const,
      usage: { model: 'gpt-test', calls: 2, promptTokens: 1_200, completionTokens: 300, costUsd: 0.0125 },
      assist: {
        routing: { route: 'model' as const, reason: 'unsure', model: 'gpt-test', promptVersion: 'decide@1.0a1b2c3d' },
        citations: [],
        suggestedMacros: [],
        suggestedArticles: [],
      },
    };
    const pushed = await queue.push('bot', [aiDecision(1, created.body.ticket.id, decision)], queue.tokens.autopilot);
    expect(pushed.results[0]?.status).toBe('applied');

    const month = budgetMonth(queue.clock.now());
    const spend = await clientAs('lead').aiSpend();
    expect(spend).toMatchObject({ ok: true, value: { month, spentUsd: 0.0125, decisions: 1 } });
    expect(spend.ok && spend.value.byRoute.model).toEqual({ decisions: 1, costUsd: 0.0125, tokens: 1_500 });
    expect(spend.ok && spend.value.byRoute.builtin.decisions + spend.value.byRoute.person.decisions).toBe(0);
    expect(await queueSpendSource(clientAs('autopilot')).monthToDateUsd()).toBe(0.0125);
    expect(await clientAs('admin').aiSpend('2000-01')).toMatchObject({
      ok: true,
      value: { spentUsd: 0, decisions: 0 },
    });
    for (const month of ['1999-12', '2101-01', '2026-13', '2026-1', 'now']) {
      const refused = await clientAs('lead').aiSpend(month);
      expect(refused, month).toMatchObject({ ok: false, error: { code: 'queue_rejected', details: { status: 400 } } });
    }
    expect(await clientAs('agent').aiSpend()).toMatchObject({ ok: false, error: { code: 'queue_refused' } });
  });

  it('stores what the autopilot reports with the alert the queue decides, and lets leads read it newest first', async () => {
    const autopilot = clientAs('autopilot');
    const before = queue.clock.now().getTime();
    const posted = await autopilot.postAiHealth(DRIFT);
    expect(posted).toMatchObject({ ok: true, value: { alert: true, event: DRIFT } });
    expect(posted.ok && Date.parse(posted.value.at)).toBeGreaterThanOrEqual(before);
    const repeated = await autopilot.postAiHealth({ ...DRIFT, ticketId: 'tkt_2' });
    expect(repeated).toMatchObject({ ok: true, value: { count: 2, event: DRIFT } });
    queue.clock.advance(1_000);
    const run = {
      kind: 'shadow_run' as const,
      promptVersion: 'decide@1.0a1b2c3d',
      model: 'gpt-test',
      sampled: 10,
      agreement: 0.9,
      guardRefusalRate: 0,
      minAgreement: 0.85,
      maxGuardRefusalRate: 0.1,
      disagreements: [],
    };
    const fine = await clientAs('admin').postAiHealth(run);
    expect(fine).toMatchObject({ ok: true, value: { alert: false } });

    const read = await clientAs('lead').aiHealth();
    expect(read.ok && read.value.events.map((event) => [event.event.kind, event.alert, event.count ?? 1])).toEqual([
      ['shadow_run', false, 1],
      ['integration_drift', true, 2],
    ]);
    expect(await clientAs('lead').aiHealth({ kind: 'integration_drift', limit: 1 })).toMatchObject({
      ok: true,
      value: { events: [{ event: DRIFT }] },
    });

    // Bad input is refused with the field named, and nothing is stored.
    const bad = await queue.call<{ error: { message: string } }>('POST', '/v1/ai/health', {
      token: queue.tokens.autopilot,
      body: { ...run, agreement: 1.5 },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('agreement');
    expect((await queue.call('GET', '/v1/ai/health?limit=201', { token: queue.tokens.lead })).status).toBe(400);
    const after = await clientAs('lead').aiHealth();
    expect(after.ok && after.value.events).toHaveLength(2);
    expect(await clientAs('lead').postAiHealth(DRIFT)).toMatchObject({ ok: false, error: { code: 'queue_refused' } });
  });
});

describe('the health reporter over the queue', () => {
  it('posts reports in order without holding up the caller', async () => {
    const logs: string[] = [];
    const reporter = new QueueHealthReporter({ client: clientAs('autopilot'), log: (line) => logs.push(line) });
    await reporter.report(DRIFT);
    await reporter.report({ ...DRIFT, operationId: 'refund' });
    await reporter.idle();
    const read = await clientAs('lead').aiHealth();
    expect(
      read.ok && read.value.events.map((event) => event.event.kind === 'integration_drift' && event.event.operationId),
    ).toEqual(expect.arrayContaining(['getOrder', 'refund']));
    expect(logs).toEqual([]);
    await reporter.stop();
  });

  it('retries while the queue cannot be reached, then drops the report with a log line; a refused one at once', async () => {
    const logs: string[] = [];
    const unreachable = new QueueClient({ baseUrl: `http://127.0.0.1:${await closedPort()}`, token: 'sbq_none' });
    const reporter = new QueueHealthReporter({
      client: unreachable,
      log: (line) => logs.push(line),
      maxAttempts: 3,
      maxQueued: 2,
      retryBaseMs: 1,
      retryMaxMs: 5,
    });
    // Never rejects: the decision that reported goes on.
    await expect(reporter.report(DRIFT)).resolves.toBeUndefined();
    await reporter.report(DRIFT);
    await reporter.report(DRIFT);
    await reporter.idle();
    expect(reporter.pending).toBe(0);
    expect(logs[0]).toMatch(/integration_drift report dropped: 2 reports wait already/);
    expect(logs.slice(1)).toEqual([
      expect.stringMatching(
        /integration_drift report dropped after 3 attempt\(s\): The central queue .* cannot be reached/,
      ),
      expect.stringMatching(/integration_drift report dropped after 3 attempt\(s\)/),
    ]);

    const refusedLogs: string[] = [];
    const refused = new QueueHealthReporter({ client: clientAs('agent'), log: (line) => refusedLogs.push(line) });
    await refused.report(DRIFT);
    await refused.idle();
    expect(refusedLogs).toEqual([expect.stringMatching(/dropped after 1 attempt\(s\)/)]);
    await expect(queueSpendSource(unreachable).monthToDateUsd()).rejects.toThrow(/spend could not be read/);
  });
});
