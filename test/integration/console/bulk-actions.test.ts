import { beforeEach, describe, expect, it } from 'vitest';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import type { TicketHistory } from '../../../shared/api/ticket-history.js';
import type { ConsoleCore } from '../../../electron/core/console-core.js';
import { startTestQueue, type TestQueue } from '../../helpers/queue-server.js';
import { postTicket } from '../../helpers/test-queue-hooks.js';
import { consolesOverFreshQueue } from '../../helpers/test-consoles.js';
import { aiDecision, escalateDecision, resolveDecision } from '../queue/builders.js';

const MACRO_TEXT = 'Hello {{customer.firstName}}, this is sorted now. {{agent.name}}';

/**
 * Issue 19, bulk actions: applyToTickets on a console over a real SQLite cache and a real queue. Each selected ticket
 * goes through the single-ticket action, so it queues its own mutation (or is refused on its own), and once synced each
 * change is in the queue's history of its ticket.
 */
describe('bulk actions on a selection of tickets', () => {
  let queue: TestQueue;
  let escalated: string[];
  let aiResolved: string;
  let agent: ConsoleCore;
  const consoles = consolesOverFreshQueue(async () => (queue = await startTestQueue()));

  beforeEach(async () => {
    escalated = [];
    for (const name of ['Lea Novak', 'Tom Berg', 'Ida Moss'])
      escalated.push(await postTicket(queue, { customer: { id: `c-${name}`, name, tier: 'standard' } }));
    aiResolved = await postTicket(queue);
    await queue.call('POST', '/v1/claims', { token: queue.tokens.autopilot, body: { workerId: 'bot', limit: 10 } });
    const decisions = [
      ...escalated.map((id, i) => aiDecision(i + 1, id, escalateDecision)),
      aiDecision(4, aiResolved, resolveDecision),
    ];
    const decided = await queue.push('bot', decisions, queue.tokens.autopilot);
    expect(decided.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    const macro = await queue.call('PUT', '/v1/settings/macro/sorted', {
      body: { baseVersion: 0, value: { name: 'Sorted', text: MACRO_TEXT } },
    });
    expect(macro.status).toBe(200);
    const tag = await queue.call('PUT', '/v1/settings/tag/vip', { body: { baseVersion: 0, value: { name: 'VIP' } } });
    expect(tag.status).toBe(200);

    agent = consoles.open('ana.sqlite', { token: queue.tokens.agent, agentName: 'Ana Agent' });
    expect((await agent.sync.syncNow()).ok).toBe(true);
    await agent.identity.refresh();
  });

  const apply = async (...args: Parameters<ConsoleCore['service']['applyToTickets']>) => {
    const answered = await agent.service.applyToTickets(...args);
    if (!answered.ok) throw new Error(answered.error.message);
    return answered.value.results;
  };
  const queued = () => agent.outbox.entries().map((entry) => entry.mutation);
  const history = async (ticketId: string) =>
    (await queue.call<TicketHistory>('GET', `/v1/tickets/${ticketId}/history`)).body.events;

  it('queues one mutation per ticket, refuses each ticket on its own, and resolves with the macro text', async () => {
    const [e1, e2, e3] = escalated as [string, string, string];
    const taken = await apply({ ticketIds: [e1, e2, 'tkt_not_cached'], action: { kind: 'assign_to_me' } });
    expect(taken).toEqual([
      { ticketId: e1, ok: true, error: null },
      { ticketId: e2, ok: true, error: null },
      { ticketId: 'tkt_not_cached', ok: false, error: expect.stringMatching(/not in the local cache/) },
    ]);
    expect(queued().map((m) => [m.type, m.ticketId])).toEqual([
      ['assign', e1],
      ['assign', e2],
    ]);

    // A time in the past is refused on every ticket, and nothing is queued.
    const past = await apply({ ticketIds: [e1, e2], action: { kind: 'snooze', until: '2020-01-01T00:00:00Z' } });
    expect(past.map((r) => [r.ok, r.error])).toEqual([
      [false, 'Choose a time in the future to snooze until.'],
      [false, 'Choose a time in the future to snooze until.'],
    ]);

    // An agent answers an escalated ticket; the AI-resolved one is a lead's to reopen: refused, the other still goes.
    const resolved = await apply({
      ticketIds: [e3, aiResolved],
      action: { kind: 'resolve_with_macro', macroId: 'sorted' },
    });
    expect(resolved[0]).toEqual({ ticketId: e3, ok: true, error: null });
    expect(resolved[1]).toMatchObject({ ticketId: aiResolved, ok: false, error: expect.stringMatching(/AI resolved/) });
    expect(queued().at(-1)).toMatchObject({
      type: 'agent_reply',
      ticketId: e3,
      resolve: true,
      text: 'Hello Ida, this is sorted now. Ana Agent',
    });
    expect(queued()).toHaveLength(3);

    const unknownMacro = await agent.service.applyToTickets({
      ticketIds: [e1],
      action: { kind: 'resolve_with_macro', macroId: 'no-such-macro' },
    });
    expect(unknownMacro).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(queued()).toHaveLength(3);
  });

  it("each ticket's change reaches the queue as its own change, in the ticket's history", async () => {
    const [e1, e2, e3] = escalated as [string, string, string];
    await apply({ ticketIds: [e1, e2, e3], action: { kind: 'assign_to_me' } });
    await apply({ ticketIds: [e3], action: { kind: 'tag', add: ['vip'], remove: [] } });
    await apply({ ticketIds: [e1, e2], action: { kind: 'resolve_with_macro', macroId: 'sorted' } });
    expect(queued()).toHaveLength(6);
    expect((await agent.sync.syncNow()).ok).toBe(true);
    expect(agent.outbox.count()).toBe(0);

    for (const [id, firstName] of [
      [e1, 'Lea'],
      [e2, 'Tom'],
    ] as const) {
      const stored = (await queue.call<TicketWithMessages>('GET', `/v1/tickets/${id}`)).body;
      expect(stored.ticket.status).toBe('resolved');
      expect(stored.messages.at(-1)).toMatchObject({
        author: 'agent',
        text: expect.stringContaining(`Hello ${firstName},`),
      });
    }
    expect((await queue.call<TicketWithMessages>('GET', `/v1/tickets/${e3}`)).body.ticket).toMatchObject({
      status: 'escalated',
      tags: ['vip'],
    });

    for (const id of [e1, e2, e3]) {
      const actions = (await history(id)).filter((event) => event.actor.role === 'agent');
      expect(
        actions.map((event) => [event.action, event.inputs.outcome]),
        id,
      ).toEqual(
        id === e3
          ? [
              ['assign', 'applied'],
              ['tag', 'applied'],
            ]
          : [
              ['assign', 'applied'],
              ['send_and_resolve', 'applied'],
            ],
      );
    }
  });
});
