import { afterAll, describe, expect, it } from 'vitest';
import type { Mutation } from '../../../shared/api/mutations.js';
import { ChangesResponseSchema, ErrorBodySchema } from '../../../shared/api/queue-contract.js';
import { MAX_TOOL_JSON_DEPTH, type AiToolResult, type JsonValue } from '../../../shared/domain/ai-tool-results.js';
import type { AiDecision } from '../../../shared/domain/decision.js';
import { postTicket, testQueueForAllTests } from '../../helpers/test-queue-hooks.js';
import { aiDecision, agentReply, escalateDecision, resolveDecision } from './builders.js';
import { queueEngines } from './engines.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

/** An array nested `levels` deep: `[[[...]]]`, two bytes of JSON a level. */
const nested = (levels: number): JsonValue => JSON.parse('['.repeat(levels) + ']'.repeat(levels)) as JsonValue;
const lookup = (result: JsonValue): AiToolResult => ({
  name: 'get_order_details',
  arguments: { order_id: '#W1' },
  status: 'ok',
  result,
  reason: null,
  truncated: false,
});
const costly = (decision: AiDecision, costUsd: number): AiDecision => ({
  ...decision,
  engine: 'openai',
  usage: { model: 'gpt-test', calls: 1, promptTokens: 10, completionTokens: 5, costUsd },
});

/**
 * Issue 21, finding 2: an autopilot token could store numbers that add up to Infinity (the feed then says
 * null) and tool results nested so deep that reading them overflows the stack; either stopped every
 * console of the tenant. Both are refused at the edge now, and what the feed serves stays readable.
 */
for (const engine of engines) {
  describe(`an autopilot cannot store what consoles cannot read (${engine.name})`, () => {
    const queue = testQueueForAllTests(() => engine.start());
    let mutationId = 0;

    const create = async () => await postTicket(queue);
    const claim = async () =>
      expect(
        (await queue.call('POST', '/v1/claims', { token: queue.tokens.autopilot, body: { workerId: 'bot', limit: 5 } }))
          .status,
      ).toBe(200);
    const pushRaw = (mutations: Mutation[], token: string, clientId: string) =>
      queue.call('POST', '/v1/mutations', { token, body: { clientId, mutations } });
    const decide = (ticketId: string, decision: AiDecision) =>
      pushRaw([aiDecision(++mutationId, ticketId, decision)], queue.tokens.autopilot, 'bot');
    const reply = (mutation: Mutation) => pushRaw([mutation], queue.tokens.agent, 'console-1');
    /** A 400 naming where the problem is; deep data may be stopped by the body's own depth limit before the schema sees it. */
    const expectRefused = async (
      answer: Promise<{ status: number; body: unknown }>,
      where: string,
      codes = ['validation_failed'],
    ) => {
      const { status, body } = await answer;
      expect(status).toBe(400);
      const error = ErrorBodySchema.parse(body).error;
      expect(codes).toContain(error.code);
      expect(error.message).toContain(where);
    };
    const tooDeep = ['validation_failed', 'too_deeply_nested'];
    /** The feed as a console reads it: every record must parse with the strict schema. */
    const readFeed = async () => {
      const feed = await queue.call('GET', '/v1/changes?since=0', { token: queue.tokens.agent });
      expect(feed.status).toBe(200);
      return ChangesResponseSchema.parse(feed.body);
    };

    it('a decision costing 1.7e308 dollars is refused, so two of them never add up to Infinity; the feed stays readable', async () => {
      const id = await create();
      await claim();
      await expectRefused(decide(id, costly(resolveDecision, 1.7e308)), 'usage.costUsd');
      await expectRefused(decide(id, costly(resolveDecision, 1.7e308)), 'usage.costUsd');
      // A real cost goes through and adds up; the customer writes again and the AI decides a second time.
      const first = await decide(id, costly(resolveDecision, 0.25));
      expect(first.status).toBe(200);
      expect(
        await queue.call('POST', `/v1/tickets/${id}/messages`, { body: { text: 'Still declined.' } }),
      ).toMatchObject({ status: 201 });
      await claim();
      expect((await decide(id, costly(escalateDecision, 0.5))).status).toBe(200);
      expect((await readFeed()).tickets.find((t) => t.id === id)?.modelCostUsd).toBe(0.75);
    });

    it('every other number an autopilot or console sends is bounded: tokens, calls, latency, ids, versions', async () => {
      const id = await create();
      const usage = costly(resolveDecision, 0.01).usage!;
      await expectRefused(decide(id, { ...resolveDecision, latencyMs: 1e308 }), 'latencyMs');
      await expectRefused(
        decide(id, { ...resolveDecision, engine: 'openai', usage: { ...usage, calls: Number.MAX_SAFE_INTEGER } }),
        'usage.calls',
      );
      await expectRefused(
        decide(id, {
          ...resolveDecision,
          engine: 'openai',
          usage: { ...usage, promptTokens: Number.MAX_SAFE_INTEGER },
        }),
        'usage.promptTokens',
      );
      await expectRefused(reply(agentReply(Number.MAX_SAFE_INTEGER + 1, id)), 'mutations.0.id');
      await expectRefused(reply(agentReply(1, id, { baseVersion: 1e300 })), 'baseVersion');
      await readFeed();
    });

    it(`a tool result nested deeper than ${MAX_TOOL_JSON_DEPTH} levels is refused (1,600 levels: 400, not 500), one at the limit is kept`, async () => {
      const id = await create();
      await claim();
      await expectRefused(
        decide(id, { ...escalateDecision, engine: 'openai', toolResults: [lookup(nested(1_600))] }),
        'toolResults.0.result',
        tooDeep,
      );
      await expectRefused(
        decide(id, { ...escalateDecision, engine: 'openai', toolResults: [lookup(nested(MAX_TOOL_JSON_DEPTH + 1))] }),
        'toolResults.0.result',
        tooDeep,
      );
      const deepArguments = { ...lookup('ok'), arguments: { filter: nested(MAX_TOOL_JSON_DEPTH) } };
      await expectRefused(
        decide(id, { ...escalateDecision, engine: 'openai', toolResults: [deepArguments] }),
        'toolResults.0.arguments',
        tooDeep,
      );

      const atLimit = lookup(nested(MAX_TOOL_JSON_DEPTH));
      expect((await decide(id, { ...escalateDecision, engine: 'openai', toolResults: [atLimit] })).status).toBe(200);
      expect((await readFeed()).tickets.find((t) => t.id === id)?.aiToolResults).toEqual([atLimit]);
    });
  });
}
