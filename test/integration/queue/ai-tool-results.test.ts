import { afterAll, describe, expect, it } from 'vitest';
import type { Mutation } from '../../../shared/api/mutations.js';
import { ChangesResponseSchema, type TicketWithMessages } from '../../../shared/api/queue-contract.js';
import { boundToolResults, type AiToolResult } from '../../../shared/domain/ai-tool-results.js';
import type { AiDecision } from '../../../shared/domain/decision.js';
import { ChainVerifier } from '../../../server/audit/verify-chain.js';
import { postTicket, testQueueForEachTest } from '../../helpers/test-queue-hooks.js';
import { aiDecision, escalateDecision, resolveDecision } from './builders.js';
import { queueEngines } from './engines.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

/** What an OpenAI decision carries: a lookup that ran, an order (cut: too long) and an action the guard refused. */
const toolResults: AiToolResult[] = boundToolResults([
  {
    name: 'find_user_id_by_email',
    arguments: { email: 'ada@example.com' },
    status: 'ok',
    result: 'ada_lovelace_1815',
    reason: null,
  },
  {
    name: 'get_order_details',
    arguments: { order_id: '#W2403075' },
    status: 'ok',
    reason: null,
    result: {
      order_id: '#W2403075',
      status: 'delivered',
      items: Array.from({ length: 200 }, (_, i) => ({ item_id: `i${i}`, name: 'Desk lamp', price: 35.5 })),
    },
  },
  {
    name: 'return_delivered_order_items',
    arguments: { order_id: '#W2403075', item_ids: ['i1'] },
    status: 'refused',
    result: null,
    reason: 'The customer has not confirmed with an explicit "yes".',
  },
]);

for (const engine of engines) {
  describe(`AI tool results on the ticket (${engine.name})`, () => {
    const queue = testQueueForEachTest(() => engine.start());

    const push = (clientId: string, mutations: Mutation[], token: string) => queue.push(clientId, mutations, token);
    const read = async (id: string) =>
      (await queue.call<TicketWithMessages>('GET', `/v1/tickets/${id}`, { token: queue.tokens.agent })).body.ticket;
    const create = async () => await postTicket(queue);
    const decide = async (id: string, decision: AiDecision, n: number) => {
      const claimed = await queue.call('POST', '/v1/claims', {
        token: queue.tokens.autopilot,
        body: { workerId: 'bot', limit: 1 },
      });
      expect(claimed.status).toBe(200);
      const result = await push('bot', [aiDecision(n, id, decision)], queue.tokens.autopilot);
      expect(result.results[0]?.status).toBe('applied');
    };

    it('an escalation with tool results keeps them on the ticket, sends them through the changes feed and audits them', async () => {
      expect(toolResults[1]!.truncated).toBe(true);
      const id = await create();
      await decide(id, { ...escalateDecision, engine: 'openai', toolResults }, 1);

      const ticket = await read(id);
      expect(ticket.status).toBe('escalated');
      expect(ticket.aiToolResults).toEqual(toolResults);

      const feed = await queue.call('GET', '/v1/changes?since=0', { token: queue.tokens.agent });
      expect(feed.status).toBe(200);
      const changes = ChangesResponseSchema.parse(feed.body); // strict: the feed's tickets still parse
      expect(changes.tickets.find((t) => t.id === id)?.aiToolResults).toEqual(toolResults);

      // The decision's audit record names the calls; the chain still verifies.
      const records = await queue.store.auditPage(0, 1000);
      const decided = records.find((r) => r.ticketId === id && r.action === 'ai_decision');
      expect(JSON.parse(decided!.inputsJson)).toMatchObject({
        toolCalls: ['find_user_id_by_email:ok', 'get_order_details:ok', 'return_delivered_order_items:refused'],
      });
      const verifier = new ChainVerifier();
      for (const record of records) verifier.check(record);
      expect(verifier.finish(await queue.store.auditHead())).toMatchObject({ ok: true, records: records.length });
    });

    it('a later decision without tool calls clears the earlier ones; a decision without any leaves the ticket without', async () => {
      const id = await create();
      await decide(id, { ...resolveDecision, engine: 'openai', toolResults }, 1);
      expect((await read(id)).aiToolResults).toEqual(toolResults);
      // The customer writes again: the ticket is new, and the AI decides again, this time with no lookups.
      const reply = await queue.call('POST', `/v1/tickets/${id}/messages`, {
        body: { text: 'It still does not work.' },
      });
      expect(reply.status).toBe(201);
      expect((await read(id)).status).toBe('new');
      await decide(id, escalateDecision, 2);
      const after = await read(id);
      expect(after.status).toBe('escalated');
      expect(after.aiToolResults).toBeUndefined();

      const plain = await create();
      await decide(plain, escalateDecision, 3);
      expect((await read(plain)).aiToolResults).toBeUndefined();
    });

    it('a decision with tool results that break the bounds is refused whole, and the ticket keeps its state', async () => {
      const id = await create();
      await queue.call('POST', '/v1/claims', { token: queue.tokens.autopilot, body: { workerId: 'bot', limit: 1 } });
      const tooMany = Array.from({ length: 21 }, () => toolResults[0]!);
      const response = await queue.call<{ error: { code: string; message: string } }>('POST', '/v1/mutations', {
        token: queue.tokens.autopilot,
        body: { clientId: 'bot', mutations: [aiDecision(1, id, { ...escalateDecision, toolResults: tooMany })] },
      });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/toolResults/);
      const ticket = await read(id);
      expect(ticket.status).toBe('new');
      expect(ticket.aiToolResults).toBeUndefined();
    });
  });
}
