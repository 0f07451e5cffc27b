import { describe, expect, it } from 'vitest';
import {
  AiToolResultSchema,
  boundToolResult,
  MAX_TOOL_JSON_DEPTH,
  type RawToolCall,
} from '../../../shared/domain/ai-tool-results.js';
import { TicketSchema, newTicket } from '../../../shared/domain/ticket.js';
import { nestsDeeperThan } from '../../../shared/json-depth.js';

/** An array nested `levels` deep, built by JSON.parse (which does not recurse) as a hostile body would be. */
const nested = (levels: number): unknown => JSON.parse('['.repeat(levels) + ']'.repeat(levels));
const call = (over: Partial<RawToolCall>): RawToolCall => ({
  name: 'get_order_details',
  arguments: { order_id: '#W1' },
  status: 'ok',
  result: null,
  reason: null,
  ...over,
});

/** Issue 21, finding 2 (b): deep tool results are refused or cut before anything recursive reads them. */
describe('the nesting depth of tool results', () => {
  it('counts levels of arrays and objects without recursion, even 100,000 of them', () => {
    expect(nestsDeeperThan('text', 0)).toBe(false);
    expect(nestsDeeperThan({ a: [1, { b: [] }] }, 4)).toBe(false);
    expect(nestsDeeperThan({ a: [1, { b: [] }] }, 3)).toBe(true);
    expect(nestsDeeperThan(nested(100_000), MAX_TOOL_JSON_DEPTH)).toBe(true);
  });

  it('the schema refuses a result or arguments deeper than the limit with a clear issue, and does not overflow', () => {
    const entry = (result: unknown, args: Record<string, unknown> = {}) => ({
      name: 'x',
      arguments: args,
      status: 'ok',
      result,
      reason: null,
      truncated: false,
    });
    expect(AiToolResultSchema.safeParse(entry(nested(MAX_TOOL_JSON_DEPTH))).success).toBe(true);
    for (const tooDeep of [
      entry(nested(MAX_TOOL_JSON_DEPTH + 1)),
      entry(nested(100_000)),
      entry(null, { filter: nested(MAX_TOOL_JSON_DEPTH) }),
    ]) {
      const parsed = AiToolResultSchema.safeParse(tooDeep);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toContain(`${MAX_TOOL_JSON_DEPTH} levels`);
    }
    // A ticket read from the feed is checked the same way: a clean failure a console can skip, not a RangeError.
    const ticket = newTicket({
      id: 't1',
      tenantId: 'p',
      subject: 's',
      customer: { id: 'c', name: 'n', tier: 'standard' },
      channel: 'email',
      at: '2026-05-01T08:00:00.000Z',
      seq: 1,
    });
    expect(TicketSchema.safeParse({ ...ticket, aiToolResults: [entry(nested(100_000))] }).success).toBe(false);
  });

  it('the engine cuts what a tool answered too deep, and leaves out an argument nested too deep, saying so', () => {
    const result = boundToolResult(call({ result: nested(100_000) }));
    expect(result).toMatchObject({
      truncated: true,
      result: `(Left out: nested deeper than ${MAX_TOOL_JSON_DEPTH} levels.)`,
    });
    expect(AiToolResultSchema.safeParse(result).success).toBe(true);

    const args = boundToolResult(call({ arguments: { order_id: '#W1', filter: nested(MAX_TOOL_JSON_DEPTH) } }));
    expect(args).toMatchObject({ truncated: true, arguments: { order_id: '#W1' } });
    expect(AiToolResultSchema.safeParse(args).success).toBe(true);
  });
});
