import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RETAIL_OPENAPI_FILE } from '../../../examples/retail-api/retail-api-server.js';
import { ToolApiSettingSchema } from '../../../shared/settings/tool-api.js';
import { schemaMismatch } from '../../../shared/tools/json-schema-subset.js';
import { MAX_TOOL_OPERATIONS, readToolApiDocument } from '../../../shared/tools/openapi-operations.js';

const policy = { 'x-switchboard': { effect: 'read' } };
const answer = (schema: unknown) => ({
  '200': { description: 'ok', content: { 'application/json': { schema } } },
});
const doc = (paths: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ openapi: '3.0.3', info: { title: 'Shop', version: '1' }, paths, ...extra });
const error = (text: string) => {
  const read = readToolApiDocument(text);
  return read.ok ? null : read.error;
};

describe('reading an OpenAPI document into tools', () => {
  it('makes each x-switchboard operation one function: path, query and JSON body arguments, the 2xx answer schema', () => {
    const read = readToolApiDocument(
      doc(
        {
          '/orders/{id}/refund': {
            parameters: [{ name: 'id', in: 'path', schema: { type: 'string' } }],
            post: {
              operationId: 'refund_order',
              summary: 'Refund an order.',
              description: 'Only delivered orders.',
              parameters: [{ name: 'notify', in: 'query', schema: { type: 'boolean' } }],
              requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Refund' } } } },
              responses: answer({ $ref: '#/components/schemas/Order' }),
              'x-switchboard': { effect: 'write', money: { limit: 'refund', amount: { argument: 'amount' } } },
            },
          },
          '/health': { get: { operationId: 'health', responses: answer({ type: 'object' }) } },
        },
        {
          'x-switchboard': { moneyLimits: { refund: { maxPerTicket: 100, currency: 'EUR' } } },
          components: {
            schemas: {
              Refund: { type: 'object', required: ['amount'], properties: { amount: { type: 'number' } } },
              Order: { type: 'object', properties: { total: { type: 'number', nullable: true } } },
            },
          },
        },
      ),
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.document.operations.map((op) => op.operationId)).toEqual(['refund_order']);
    const [op] = read.document.operations;
    expect(op).toMatchObject({
      method: 'post',
      path: '/orders/{id}/refund',
      description: 'Refund an order.\n\nOnly delivered orders.',
      parameters: [
        { name: 'id', in: 'path', required: true },
        { name: 'notify', in: 'query', required: false },
        { name: 'amount', in: 'body', required: true },
      ],
      argumentsSchema: { type: 'object', required: ['id', 'amount'] },
      responseSchema: { type: 'object', properties: { total: { type: 'number', nullable: true } } },
    });
    expect(read.document.policy.moneyLimits.refund).toEqual({ maxPerTicket: 100, currency: 'EUR' });
  });

  it('reads the retail demo document: 13 operations, each policy naming what exists', () => {
    const read = readToolApiDocument(readFileSync(RETAIL_OPENAPI_FILE, 'utf8'));
    expect(read.ok && read.document.operations.length).toBe(13);
  });

  it('refuses what it cannot read, naming where', () => {
    expect(error('{"openapi": ')).toMatch(/^The document is not JSON/);
    expect(error(JSON.stringify({ openapi: '2.0', paths: {} }))).toMatch(/#\/openapi: .* OpenAPI 3\.0 or 3\.1/);
    expect(error(doc({ '/a': { get: { operationId: 'a', responses: answer({ type: 'object' }) } } }))).toMatch(
      /No operation carries an "x-switchboard" policy/,
    );
    const op = (over: Record<string, unknown>) =>
      doc({ '/a': { get: { operationId: 'a', responses: answer({ type: 'object' }), ...policy, ...over } } });
    expect(error(op({ responses: answer({ $ref: 'https://evil.example/schema.json' }) }))).toMatch(
      /#\/paths\/~1a\/get\/responses\/200\/content\/.*\/schema: only local references .* not "https:\/\/evil\.example\/schema\.json"/,
    );
    expect(
      error(
        doc(
          { '/a': { get: { operationId: 'a', responses: answer({ $ref: '#/components/schemas/Node' }), ...policy } } },
          {
            components: {
              schemas: { Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } } },
            },
          },
        ),
      ),
    ).toMatch(/refers back to itself \(a cycle\)/);
    expect(error(op({ responses: answer({ type: 'object', patternProperties: {} }) }))).toMatch(
      /schema: the keyword "patternProperties" is not supported/,
    );
    expect(error(op({ responses: { '404': { description: 'no' } } }))).toMatch(/declares no 2xx response/);
    expect(error(op({ operationId: 'has space' }))).toMatch(/operationId: An operationId is 1 to 64/);
    expect(error(op({ 'x-switchboard': { effect: 'delete' } }))).toMatch(/x-switchboard: effect: /);
    expect(error(op({ 'x-switchboard': { effect: 'read', customerArgument: 'user_id' } }))).toMatch(
      /a: x-switchboard: customerArgument "user_id" is not one of the operation's arguments/,
    );
    expect(
      error(op({ 'x-switchboard': { effect: 'write', money: { limit: 'refund', amount: { argument: 'a' } } } })),
    ).toMatch(/money.amount.argument "a" is not one of the operation's arguments/);
    expect(error(op({ parameters: [{ name: 'k', in: 'header', schema: { type: 'string' } }] }))).toMatch(
      /only path and query parameters are supported, not header/,
    );
    const many = Object.fromEntries(
      Array.from({ length: MAX_TOOL_OPERATIONS + 1 }, (_, i) => [
        `/op${i}`,
        { get: { operationId: `op${i}`, responses: answer({ type: 'object' }), ...policy } },
      ]),
    );
    expect(error(doc(many))).toMatch(/more than 100 operations/);
  });

  it('refuses a tool_api setting whose document does not read, on the openapi field', () => {
    const setting = {
      name: 'Shop',
      baseUrl: 'https://shop.example',
      openapi: '{"openapi": "3.1.0", "paths": {}}',
      enabled: true,
      maxCallsPerTicket: 10,
      timeoutSeconds: 5,
    };
    const parsed = ToolApiSettingSchema.safeParse(setting);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['openapi'],
      message: expect.stringMatching(/No operation/),
    });
    expect(
      ToolApiSettingSchema.safeParse({ ...setting, openapi: readFileSync(RETAIL_OPENAPI_FILE, 'utf8') }).success,
    ).toBe(true);
  });
});

describe('checking an answer against its schema', () => {
  const order = {
    type: 'object',
    required: ['total', 'items'],
    properties: {
      total: { type: 'number' },
      items: { type: 'array', items: { type: 'object', properties: { id: { type: ['string', 'null'] } } } },
      status: { type: 'string', enum: ['pending', 'delivered'] },
    },
    additionalProperties: { type: 'string' },
  };
  it('names the first place it breaks, as $.path', () => {
    expect(schemaMismatch(order, { total: 12.5, items: [{ id: null }], status: 'pending', note: 'x' })).toBeNull();
    expect(schemaMismatch(order, { total: '12.50', items: [] })).toBe('$.total: expected number, got string');
    expect(schemaMismatch(order, { items: [] })).toBe('$.total: missing (required)');
    expect(schemaMismatch(order, { total: 1, items: [{ id: 7 }] })).toBe(
      '$.items[0].id: expected string or null, got integer',
    );
    expect(schemaMismatch(order, { total: 1, items: [], status: 'lost' })).toMatch(/^\$\.status: "lost" is not one of/);
    expect(schemaMismatch(order, { total: 1, items: [], 'odd key': 3 })).toBe(
      '$["odd key"]: expected string, got integer',
    );
    expect(schemaMismatch({ type: 'integer', minimum: 1 }, 0)).toBe('$: below the minimum 1');
    expect(schemaMismatch({ anyOf: [{ type: 'string' }, { type: 'number' }] }, true)).toBe(
      '$: expected string, got boolean',
    );
  });
});
