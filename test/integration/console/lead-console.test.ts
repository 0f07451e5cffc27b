import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConsoleCore } from '../../../electron/core/console-core.js';
import { WhoAmISchema } from '../../../shared/api/whoami.js';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import type { AiDecision } from '../../../shared/domain/decision.js';
import { EvalCaseSchema, SuiteHeaderSchema } from '../../../shared/evals/suite-format.js';
import { intakeBody, startTestQueue, type TestQueue } from '../../helpers/queue-server.js';
import { consolesOverFreshQueue } from '../../helpers/test-consoles.js';
import { aiDecision, escalateDecision, resolveDecision } from '../queue/builders.js';
import { generateToken, hashToken } from '../../../server/auth/tokens.js';
import { newApiTokenId } from '../../../server/domain/ids.js';
import { addUser } from '../identity/identity-fixtures.js';

describe('lead role: whoami, the console role, and lead-only console methods', () => {
  let queue: TestQueue;
  const consoles = consolesOverFreshQueue(async () => (queue = await startTestQueue()));

  const openConsole = (file: string, token: string): ConsoleCore =>
    consoles.open(file, {
      token,
      agentName: 'Lee',
      evalCasesDir: join(queue.dir, 'evals'),
    });

  async function decidedTicket(decision: AiDecision, n: number): Promise<string> {
    const created = await queue.call<TicketWithMessages>('POST', '/v1/tickets', { body: intakeBody() });
    const id = created.body.ticket.id;
    await queue.call('POST', '/v1/claims', { token: queue.tokens.autopilot, body: { workerId: 'bot', limit: 1 } });
    const pushed = await queue.call<{ results: Array<{ status: string }> }>('POST', '/v1/mutations', {
      token: queue.tokens.autopilot,
      body: { clientId: 'bot', mutations: [aiDecision(n, id, decision)] },
    });
    expect(pushed.body.results[0]?.status).toBe('applied');
    return id;
  }

  it('GET /v1/whoami answers each token with its own role and refuses a missing or unknown token', async () => {
    for (const role of ['agent', 'lead', 'autopilot', 'admin'] as const) {
      const response = await queue.call('GET', '/v1/whoami', { token: queue.tokens[role] });
      expect(response.status).toBe(200);
      expect(WhoAmISchema.parse(response.body)).toMatchObject({ tenantId: 'payments', role });
    }
    expect((await queue.call('GET', '/v1/whoami', { token: null })).status).toBe(401);
    expect((await queue.call('GET', '/v1/whoami', { token: 'sbq_not-a-token' })).status).toBe(401);
  });

  it('an agent console knows it is an agent and is refused the dashboard, review sample and eval cases; its handle time reaches the queue', async () => {
    const escalated = await decidedTicket(escalateDecision, 9);
    const agent = openConsole('agent.sqlite', queue.tokens.agent);
    await agent.sync.syncNow();
    // The ticket view reports how long it was open; the queue adds it up on the ticket.
    expect((await agent.service.recordHandleTime({ ticketId: escalated, seconds: 75 })).ok).toBe(true);
    expect(agent.cache.getTicket(escalated)?.handleSeconds).toBe(75);
    await agent.sync.syncNow();
    const atQueue = await queue.call<TicketWithMessages>('GET', `/v1/tickets/${escalated}`);
    expect(atQueue.body.ticket.handleSeconds).toBe(75);
    expect((await agent.service.recordHandleTime({ ticketId: 'no-such-ticket', seconds: 5 })).ok).toBe(false);
    await expect
      .poll(async () => (await agent.service.getStatus({})).ok && agent.identity.role(), { timeout: 10_000 })
      .toBe('agent');
    const status = await agent.service.getStatus({});
    expect(status.ok && status.value.role).toBe('agent');
    for (const result of [
      await agent.service.getDashboard({}),
      await agent.service.getReviewSample({}),
      await agent.service.addEvalCase({ ticketId: 'x' }),
    ]) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('forbidden');
    }
  });

  it("a console on a person's token follows an admin's change of that person's role within minutes, no restart", async () => {
    const kim = await addUser(queue, { email: 'kim@example.com', name: 'Kim Agent', role: 'agent' });
    const token = generateToken();
    await queue.store.identity.createApiToken(
      {
        id: newApiTokenId(),
        tenantId: queue.tenantId,
        name: "Kim's console",
        role: 'agent',
        userId: kim.id,
        secretHash: hashToken(token),
        expiresAt: null,
        now: new Date(),
      },
      { name: 'test set-up', role: 'system' },
    );
    let clock = new Date();
    const console = consoles.open('promoted.sqlite', { token, agentName: 'Kim', now: () => clock });
    await console.sync.syncNow();
    await expect.poll(() => console.identity.role(), { timeout: 10_000 }).toBe('agent');
    const promoted = await queue.call('PATCH', `/v1/users/${kim.id}`, {
      token: queue.tokens.admin,
      body: { baseVersion: kim.version, role: 'lead' },
    });
    expect(promoted.status, JSON.stringify(promoted.body)).toBe(200);

    // Within the minutes it trusts what the queue said, then it asks again.
    await console.sync.syncNow();
    expect(console.identity.role()).toBe('agent');
    clock = new Date(clock.getTime() + 5 * 60_000);
    await console.sync.syncNow();
    await expect.poll(() => console.identity.role(), { timeout: 10_000 }).toBe('lead');
    const status = await console.service.getStatus({});
    expect(status.ok && status.value.role).toBe('lead');
  });

  it('a lead console computes the dashboard from its cache, samples AI resolutions deterministically, and writes eval cases; offline it keeps its role', async () => {
    const resolved = [
      await decidedTicket(resolveDecision, 1),
      await decidedTicket(resolveDecision, 2),
      await decidedTicket(resolveDecision, 3),
    ];
    await decidedTicket(escalateDecision, 4);

    const lead = openConsole('lead.sqlite', queue.tokens.lead);
    await lead.sync.syncNow();
    await expect.poll(() => lead.identity.role(), { timeout: 10_000 }).toBe('lead');

    const dashboard = await lead.service.getDashboard({ groupBy: 'language' });
    if (!dashboard.ok) throw new Error(dashboard.error.message);
    // 3 AI resolutions (en) + 1 escalation (de): 3 closed, all contained; 1 of 4 AI-handled escalated.
    expect(dashboard.value.total).toMatchObject({
      tickets: 4,
      closed: 3,
      contained: 3,
      aiHandled: 4,
      escalated: 1,
      aiResolved: 3,
    });
    expect(dashboard.value.rows.map((row) => [row.key, row.metrics.tickets])).toEqual([
      ['en', 3],
      ['de', 1],
    ]);
    // The AI resolution rate counts every ticket received: 3 / 4; the escalation waits for a person.
    expect(dashboard.value.total.aiResolutionRate).toBe(0.75);
    expect(dashboard.value.backlog).toEqual({ tickets: 1, byQueue: [{ queue: 'disputes', tickets: 1 }] });
    expect(dashboard.value.sla.rows.find((row) => row.queue === 'disputes')?.policy).toBe('default');
    // An admin's SLA policy for the escalation's queue reaches the lead's dashboard with the next sync.
    const policy = {
      queueId: 'disputes',
      businessHours: { timeZone: 'Europe/Berlin', weekly: { monday: [{ opens: '09:00', closes: '17:00' }] } },
      targets: Object.fromEntries(
        ['standard', 'premium', 'vip'].map((tier) => [tier, { firstReplyMinutes: 60, resolutionMinutes: 480 }]),
      ),
    };
    const saved = await queue.call('PUT', '/v1/settings/sla_policy/disputes', {
      token: queue.tokens.admin,
      body: { baseVersion: 0, value: policy },
    });
    expect(saved.status).toBe(200);
    await lead.sync.syncNow();
    await expect
      .poll(async () => {
        const after = await lead.service.getDashboard({});
        return after.ok && after.value.sla.rows.find((row) => row.queue === 'disputes')?.policy;
      })
      .toBe('own');

    const today = new Date().toISOString().slice(0, 10);
    const sample = await lead.service.getReviewSample({ day: today, size: 2, lowConfidenceBelow: 0.5 });
    if (!sample.ok) throw new Error(sample.error.message);
    expect(sample.value.aiResolved).toBe(3);
    expect(sample.value.items).toHaveLength(2);
    for (const item of sample.value.items) expect(resolved).toContain(item.ticket.id);
    // The same day gives the same sample, and the size is remembered.
    const again = await lead.service.getReviewSample({ day: today });
    expect(again.ok && again.value.items.map((item) => item.ticket.id)).toEqual(
      sample.value.items.map((item) => item.ticket.id),
    );
    expect(again.ok && again.value.size).toBe(2);
    // Confidence 0.93 is below 0.95: every AI resolution of the day is listed, the sampled ones with both reasons.
    const low = await lead.service.getReviewSample({ day: today, size: 1, lowConfidenceBelow: 0.95 });
    if (!low.ok) throw new Error(low.error.message);
    expect(low.value.items).toHaveLength(3);
    expect(low.value.items.filter((item) => item.reasons.includes('sample'))).toHaveLength(1);
    expect(low.value.items.every((item) => item.reasons.includes('low_confidence'))).toBe(true);

    const target = resolved[0] ?? '';
    const added = await lead.service.addEvalCase({ ticketId: target });
    if (!added.ok) throw new Error(added.error.message);
    expect(added.value.file).toBe(join(queue.dir, 'evals', `flagged-${queue.tenantId}.jsonl`));
    const lines = readFileSync(added.value.file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(SuiteHeaderSchema.parse(JSON.parse(lines[0] ?? '')).suite.tenant).toBe(queue.tenantId);
    const written = EvalCaseSchema.parse(JSON.parse(lines[1] ?? ''));
    expect(written).toMatchObject({
      id: `flagged-${target}`,
      messages: ['My card was declined at checkout, can you help?'],
      expect: { decision: 'escalate', language: 'en' },
    });
    const twice = await lead.service.addEvalCase({ ticketId: target });
    expect(!twice.ok && twice.error.code).toBe('already_added');

    // Offline (the queue is gone), the same cache still knows it belongs to a lead.
    const offline = await consoles.reopenOffline(lead);
    const status = await offline.service.getStatus({});
    expect(status.ok && status.value.role).toBe('lead');
    const cached = await offline.service.getDashboard({});
    expect(cached.ok && cached.value.total.tickets).toBe(4);
  });
});
