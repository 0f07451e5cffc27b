import { describe, expect, it } from 'vitest';
import {
  AiToolResultSchema,
  AiToolResultsSchema,
  boundToolResult,
  boundToolResults,
  MAX_AI_TOOL_RESULTS,
  MAX_TOOL_ARGUMENTS_BYTES,
  MAX_TOOL_RESULT_BYTES,
  type RawToolCall,
} from '../../../shared/domain/ai-tool-results.js';
import { AiDecisionSchema } from '../../../shared/domain/decision.js';
import { TicketSchema } from '../../../shared/domain/ticket.js';

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');
const call = (over: Partial<RawToolCall> = {}): RawToolCall => ({
  name: 'get_order_details',
  arguments: { order_id: '#W1' },
  status: 'ok',
  result: { order_id: '#W1', status: 'pending' },
  reason: null,
  ...over,
});

describe('AI tool results: bounds and truncation', () => {
  it('keeps a small call as it is, flagged as not cut', () => {
    const entry = boundToolResult(call());
    expect(entry).toEqual({
      name: 'get_order_details',
      arguments: { order_id: '#W1' },
      status: 'ok',
      result: { order_id: '#W1', status: 'pending' },
      reason: null,
      truncated: false,
    });
    expect(AiToolResultSchema.parse(entry)).toEqual(entry);
  });

  it('cuts a large result to the start of its JSON text, within the limit, and says so', () => {
    const items = Array.from({ length: 400 }, (_, i) => ({
      item_id: `item-${i}`,
      name: 'Wireless earbuds — ñoise cancelling 🎧',
      price: 99.5 + i,
    }));
    const entry = boundToolResult(call({ result: { items } }));
    expect(entry.truncated).toBe(true);
    expect(typeof entry.result).toBe('string');
    expect(bytes(entry.result)).toBeLessThanOrEqual(MAX_TOOL_RESULT_BYTES);
    expect(String(entry.result).startsWith('{"items":[{"item_id":"item-0"')).toBe(true);
    expect(String(entry.result).endsWith('…')).toBe(true);
    expect(AiToolResultSchema.parse(entry)).toEqual(entry);
  });

  it('a result of multi-byte text is cut on a character boundary', () => {
    const entry = boundToolResult(call({ result: '注文'.repeat(3000) }));
    expect(entry.truncated).toBe(true);
    expect(String(entry.result)).not.toContain('\uFFFD');
    expect(bytes(entry.result)).toBeLessThanOrEqual(MAX_TOOL_RESULT_BYTES);
  });

  it('oversized arguments keep the keys that fit, long strings cut', () => {
    const entry = boundToolResult(
      call({
        arguments: {
          order_id: '#W1',
          note: 'x'.repeat(5000),
          item_ids: Array.from({ length: 300 }, (_, i) => `id-${i}`),
        },
      }),
    );
    expect(entry.truncated).toBe(true);
    expect(entry.arguments.order_id).toBe('#W1');
    expect(String(entry.arguments.note)).toHaveLength(200);
    expect(entry.arguments.item_ids).toBeUndefined(); // too big to keep whole
    expect(bytes(entry.arguments)).toBeLessThanOrEqual(MAX_TOOL_ARGUMENTS_BYTES);
  });

  it('values that are not JSON are dropped as JSON would drop them', () => {
    const entry = boundToolResult(call({ arguments: { a: 1, skip: undefined }, result: undefined }));
    expect(entry.arguments).toEqual({ a: 1 });
    expect(entry.result).toBeNull();
  });

  it('keeps at most the limit: the first calls and the last one', () => {
    const many = Array.from({ length: 30 }, (_, i) => call({ name: `tool_${i}` }));
    const kept = boundToolResults(many);
    expect(kept).toHaveLength(MAX_AI_TOOL_RESULTS);
    expect(kept.slice(0, 3).map((t) => t.name)).toEqual(['tool_0', 'tool_1', 'tool_2']);
    expect(kept.at(-2)!.name).toBe(`tool_${MAX_AI_TOOL_RESULTS - 2}`);
    expect(kept.at(-1)!.name).toBe('tool_29');
  });

  it('the schema refuses too many entries, oversized parts, unknown fields and arguments that are not an object', () => {
    const ok = boundToolResult(call());
    expect(AiToolResultsSchema.safeParse(Array.from({ length: MAX_AI_TOOL_RESULTS + 1 }, () => ok)).success).toBe(
      false,
    );
    expect(AiToolResultSchema.safeParse({ ...ok, result: 'x'.repeat(MAX_TOOL_RESULT_BYTES) }).success).toBe(false);
    expect(
      AiToolResultSchema.safeParse({ ...ok, arguments: { note: 'x'.repeat(MAX_TOOL_ARGUMENTS_BYTES) } }).success,
    ).toBe(false);
    expect(AiToolResultSchema.safeParse({ ...ok, arguments: ['#W1'] }).success).toBe(false);
    expect(AiToolResultSchema.safeParse({ ...ok, extra: true }).success).toBe(false);
    expect(AiToolResultSchema.safeParse({ ...ok, status: 'maybe' }).success).toBe(false);
  });

  it('is optional on both decision variants and on the ticket', () => {
    const refused = boundToolResult(
      call({
        name: 'cancel_pending_order',
        status: 'refused',
        result: null,
        reason: 'Order #W9 belongs to another customer.',
      }),
    );
    const base = {
      language: 'en',
      intent: 'cancel_order',
      confidence: null,
      summary: null,
      engine: 'openai' as const,
      latencyMs: 5,
    };
    const resolve = { ...base, action: 'resolve' as const, reply: 'Done.' };
    const escalate = {
      ...base,
      action: 'escalate' as const,
      ownerQueue: 'orders',
      escalation: { code: 'rule' as const, ruleId: 'r1', detail: 'x' },
      draft: null,
    };
    expect(AiDecisionSchema.parse(resolve)).toEqual(resolve);
    expect(AiDecisionSchema.parse({ ...resolve, toolResults: [refused] })).toMatchObject({ toolResults: [refused] });
    expect(AiDecisionSchema.parse({ ...escalate, toolResults: [refused] })).toMatchObject({ toolResults: [refused] });
    expect(AiDecisionSchema.safeParse({ ...escalate, toolResults: [{ ...refused, truncated: 'no' }] }).success).toBe(
      false,
    );
    const ticket = {
      id: 't1',
      tenantId: 'retail',
      subject: 's',
      customer: { id: 'c1', name: 'C', tier: 'standard' },
      channel: 'email',
      status: 'escalated',
      language: null,
      intent: null,
      confidence: null,
      ownerQueue: 'orders',
      escalation: null,
      aiDraft: null,
      summary: null,
      humanTouched: false,
      version: 2,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      seq: 3,
    };
    expect(TicketSchema.parse(ticket).aiToolResults).toBeUndefined();
    expect(TicketSchema.parse({ ...ticket, aiToolResults: [refused] }).aiToolResults).toEqual([refused]);
  });
});
