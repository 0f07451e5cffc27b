import { describe, expect, it } from 'vitest';
import type { AiDecision } from '../../../shared/domain/decision.js';
import type { Message, Ticket } from '../../../shared/domain/ticket.js';
import type { AiEngine } from '../../../engine/engine.js';
import { waitFor } from '../../helpers/child-process.js';
import { CATCH_ALL_TENANT, TestAutopilots } from '../../helpers/test-autopilots.js';

/** An engine that answers every ticket and counts what it decided; a text containing "boom" makes it fail. */
class CountingEngine implements AiEngine {
  readonly decided: string[] = [];
  async decide(input: { ticket: Ticket; messages: Message[] }): Promise<AiDecision> {
    if (input.messages.some((m) => m.text.includes('boom'))) throw new Error('classifier exploded');
    this.decided.push(input.ticket.id);
    await new Promise((r) => setTimeout(r, 2));
    return {
      action: 'resolve',
      language: 'en',
      intent: 'card_arrival',
      confidence: 0.9,
      reply: `Answer for ${input.ticket.id}`,
      summary: null,
      engine: 'builtin',
      latencyMs: 2,
    };
  }
}

describe('autopilot against a real queue', () => {
  const autopilots = TestAutopilots.overFreshDemoQueue(CATCH_ALL_TENANT);

  it('three autopilots decide each of 60 tickets exactly once', async () => {
    const engines = [new CountingEngine(), new CountingEngine(), new CountingEngine()];
    for (const engine of engines) autopilots.start(engine);
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) ids.push(await autopilots.post(`Where is my card number ${i}?`));

    await waitFor(
      async () =>
        engines.reduce((n, e) => n + e.decided.length, 0) >= 60 &&
        autopilots.running.reduce((n, a) => n + a.decisionsSubmitted, 0) >= 60,
      20_000,
      'all decisions',
    );
    const decided = engines.flatMap((e) => e.decided);
    expect(decided).toHaveLength(60);
    expect(new Set(decided)).toEqual(new Set(ids));
    for (const id of ids) {
      const ticket = await autopilots.admin().getTicket(id);
      expect(ticket.ok && ticket.value.ticket.status).toBe('ai_resolved');
      expect(ticket.ok && ticket.value.messages.filter((m) => m.author === 'ai')).toHaveLength(1);
    }
  });

  it('a worker restarted under the same id continues its mutation numbering, so its decisions are not dropped', async () => {
    const first = new CountingEngine();
    const before = autopilots.start(first, { workerId: 'worker-fixed' });
    const a = await autopilots.post('Where is my card?');
    await waitFor(async () => before.decisionsSubmitted === 1, 5_000, 'the first decision');
    await autopilots.stop(before);

    const again = autopilots.start(new CountingEngine(), { workerId: 'worker-fixed' });
    const b = await autopilots.post('Where is my other card?');
    await waitFor(async () => again.decisionsSubmitted === 1, 5_000, 'the decision after the restart');
    for (const id of [a, b]) {
      const ticket = await autopilots.admin().getTicket(id);
      expect(ticket.ok && ticket.value.ticket.status).toBe('ai_resolved');
    }
  });

  it('takes over a ticket whose claim holder died once the lease expires', async () => {
    const id = await autopilots.post('My card has not arrived.');
    const dead = autopilots.worker();
    const claimed = await dead.claim('worker-that-dies', 10, 1_000);
    expect(claimed.ok && claimed.value.claims.map((c) => c.ticket.id)).toEqual([id]);

    const engine = new CountingEngine();
    autopilots.start(engine);
    await new Promise((r) => setTimeout(r, 500));
    expect(engine.decided).toEqual([]);
    await waitFor(async () => engine.decided.length === 1, 5_000, 'the takeover after the lease expired');
    const ticket = await autopilots.admin().getTicket(id);
    await autopilots.ticketOnce(id, (current) => current.status === 'ai_resolved', 'the decision to land', 5_000);
    expect(ticket.ok).toBe(true);
  });

  it('escalates to the catch-all owner with the reason when the engine fails, never dropping the ticket', async () => {
    autopilots.start(new CountingEngine());
    const id = await autopilots.post('boom: this message breaks the engine');
    const escalated = await autopilots.ticketOnce(
      id,
      (current) => current.status === 'escalated',
      'the escalation',
      5_000,
    );
    expect(escalated.ownerQueue).toBe('general');
    expect(escalated.escalation?.code).toBe('model_error');
    expect(escalated.escalation?.detail).toContain('classifier exploded');
  });
});
