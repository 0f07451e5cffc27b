import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileErrors, validate } from '@readme/openapi-parser';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueEngines } from './engines.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

/**
 * What an integrator writes against the generated client: real requests and answers of the queue, typed by
 * the generated `paths`. The @ts-expect-error lines prove the types are specific (not `any`/`unknown`):
 * if a generated type accepted anything, the compiler would report the directive itself as unused.
 */
const CLIENT_USE = `
import type { paths } from './queue-api';

type JsonBody<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type RequestBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { requestBody?: infer R } ? JsonBody<NonNullable<R>> : never;
type Answer<P extends keyof paths, M extends keyof paths[P], S extends number> = paths[P][M] extends { responses: infer R }
  ? S extends keyof R ? JsonBody<R[S]> : never
  : never;

export const intake: RequestBody<'/v1/tickets', 'post'> = {
  subject: 'Card declined',
  customer: { id: 'cus_1', name: 'Ada Lovelace', email: 'ada@example.com' },
  channel: 'email',
  text: 'My card was declined at checkout.',
};

export const refused: Answer<'/v1/tickets', 'post', 400> = { error: { code: 'validation_failed', message: 'subject: Required.' } };
export const limited: Answer<'/v1/mutations', 'post', 429> = { error: { code: 'rate_limited', message: 'Too many requests.' } };

type Mutation = RequestBody<'/v1/mutations', 'post'>['mutations'][number];
type ToolResult = NonNullable<Extract<Mutation, { type: 'ai_decision' }>['decision']['toolResults']>[number];

export const lookup: ToolResult = {
  name: 'lookup_orders',
  arguments: { customerId: 'cus_1', filters: { open: true, since: null } },
  status: 'ok',
  result: { orders: [{ id: 'o_1', total: 12.5, tags: ['gift', null, [1, { deep: false }]] }] },
  reason: null,
  truncated: false,
};

export const decision: RequestBody<'/v1/mutations', 'post'> = {
  clientId: 'autopilot-1',
  mutations: [
    {
      id: 1,
      type: 'ai_decision',
      ticketId: 't_1',
      createdAt: '2025-01-01T00:00:00.000Z',
      messageId: 'm_1',
      decision: {
        action: 'escalate',
        language: 'en',
        intent: 'card_declined',
        confidence: null,
        ownerQueue: 'cards',
        escalation: { code: 'rule', ruleId: 'catch-all', detail: 'Refund over the limit.' },
        draft: null,
        summary: null,
        engine: 'openai',
        latencyMs: 5,
        toolResults: [lookup],
      },
    },
  ],
};

export function ticketSubject(answer: Answer<'/v1/tickets/{id}', 'get', 200>): string {
  return answer.ticket.subject;
}

export const pathParameters: paths['/v1/tickets/{id}']['get']['parameters']['path'] = { id: 't_1' };

// @ts-expect-error a tool status is ok, refused or failed
export const wrongStatus: ToolResult = { ...lookup, status: 'maybe' };

// @ts-expect-error an error body has a code and a message
export const noMessage: Answer<'/v1/tickets', 'post', 400> = { error: { code: 'validation_failed' } };

// @ts-expect-error an intake needs a customer
export const noCustomer: RequestBody<'/v1/tickets', 'post'> = { subject: 's', channel: 'email', text: 't' };
`;

/** Type-checks the generated client and its use with the TypeScript compiler (strict), in a few seconds. */
function typeCheck(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-openapi-client-'));
  try {
    const names = Object.entries(files).map(([name, text]) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    });
    const program = ts.createProgram(names, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts'],
      types: [],
      noUnusedLocals: false,
    });
    return ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the OpenAPI document at /v1/openapi.json', () => {
  const documents: Record<string, unknown> = {};

  beforeAll(async () => {
    for (const engine of engines) {
      const queue = await engine.start();
      try {
        const response = await queue.call('GET', '/v1/openapi.json', { token: null });
        expect(response.status).toBe(200);
        documents[engine.name] = response.body;
      } finally {
        await queue.close();
      }
    }
  });

  it('is the same document on every store', () => {
    expect(Object.keys(documents)).toEqual(engines.map((e) => e.name));
    for (const document of Object.values(documents)) expect(document).toEqual(documents.sqlite);
  });

  it('validates with a standard OpenAPI validator, every $ref resolving inside the document', async () => {
    const document = documents.sqlite as OpenAPI3;
    // The validator resolves references in place: it gets a copy.
    const result = await validate(structuredClone(document) as Parameters<typeof validate>[0]);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    expect(document.openapi).toMatch(/^3\.1\./);
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^#\/components\/schemas\/[A-Za-z0-9._-]+$/);
  });

  it('documents the errors every operation may answer and the token each one takes', () => {
    type Operation = {
      security: Array<Record<string, string[]>>;
      responses: Record<string, { headers?: Record<string, unknown> }>;
    };
    const paths = (documents.sqlite as { paths: Record<string, Record<string, Operation>> }).paths;
    const operations = Object.values(paths).flatMap((item) => Object.values(item));
    expect(operations.length).toBeGreaterThan(15);
    for (const operation of operations) {
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['400', '429']));
      expect(operation.responses['429']?.headers?.['Retry-After']).toBeDefined();
    }
    expect(paths['/v1/tickets']?.post?.security).toEqual([{ tenantToken: [] }]);
    expect(paths['/metrics']?.get?.security).toEqual([{ metricsToken: [] }]);
    expect(paths['/healthz']?.get?.security).toEqual([]);
  });

  it('generates a client (openapi-typescript) that type-checks and types real requests and answers', async () => {
    const ast = await openapiTS(structuredClone(documents.sqlite) as OpenAPI3);
    const client = astToString(ast);
    expect(client).toContain('export interface paths');
    const problems = typeCheck({ 'queue-api.ts': client, 'client-use.ts': CLIENT_USE });
    expect(problems).toEqual([]);
  });
});
