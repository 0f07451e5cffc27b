import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToolBox } from '../../../engine/tools/index.js';
import { callOperation, MAX_ANSWER_BYTES } from '../../../engine/tools/http-caller.js';
import { startRetailApi } from '../../../examples/retail-api/retail-api-server.js';
import type { ToolOperation } from '../../../shared/tools/openapi-operations.js';
import { retailCustomerTicket, retailToolApi } from '../../helpers/retail-tool-api.js';

/** A tenant API that misbehaves in every way the caller bounds, on 127.0.0.1. */
let server: Server;
let baseUrl: string;
const seen: { method: string; url: string; body: string }[] = [];
beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', body });
      const json = (status: number, value: unknown) =>
        response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      const path = new URL(request.url ?? '/', 'http://x').pathname.replace(/^\/api/, '');
      if (path.startsWith('/orders/')) return json(200, { total: 12.5 });
      if (path === '/moved') return response.writeHead(302, { location: 'http://169.254.169.254/' }).end();
      if (path === '/broken') return json(503, { error: '  The warehouse\nsystem is down.  ' });
      if (path === '/html') return response.writeHead(200, { 'content-type': 'text/html' }).end('<p>hi</p>');
      if (path === '/huge') return json(200, { total: 1, pad: 'x'.repeat(MAX_ANSWER_BYTES) });
      if (path === '/drift') return json(200, { total: '12.50' });
      // /slow: never answers (the caller's timeout ends it)
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const operation = (path: string, over: Partial<ToolOperation> = {}): ToolOperation => ({
  operationId: 'op',
  method: 'get',
  path,
  description: '',
  parameters: [],
  argumentsSchema: { type: 'object', properties: {}, required: [] },
  responseSchema: { type: 'object', required: ['total'], properties: { total: { type: 'number' } } },
  policy: { effect: 'read' },
  ...over,
});
const call = (
  path: string,
  over: Partial<ToolOperation> = {},
  args: Record<string, unknown> = {},
  timeoutMs = 10_000,
) => callOperation({ baseUrl, operation: operation(path, over), args, timeoutMs, fetch });

describe('calling a tenant API operation over HTTP', () => {
  it('builds the path, query and JSON body from the arguments', async () => {
    const answer = await call(
      '/orders/{order_id}/refund',
      {
        method: 'post',
        parameters: [
          { name: 'order_id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'tags', in: 'query', required: false, schema: { type: 'array' } },
          { name: 'amount', in: 'body', required: true, schema: { type: 'number' } },
        ],
      },
      { order_id: '#W1/2', tags: ['a', 'b'], amount: 3, ignored: true },
    );
    expect(answer).toEqual({ kind: 'ok', body: { total: 12.5 } });
    expect(seen.at(-1)).toEqual({
      method: 'POST',
      url: '/api/orders/%23W1%2F2/refund?tags=a&tags=b',
      body: '{"amount":3}',
    });
  });

  it('fails on a redirect (not followed), an error status (with the API message), a timeout and a huge answer', async () => {
    expect(await call('/moved')).toEqual({
      kind: 'failed',
      reason: 'op answered a redirect (HTTP 302); redirects are not followed.',
    });
    expect(await call('/broken')).toEqual({
      kind: 'failed',
      reason: 'op refused (HTTP 503): The warehouse system is down.',
    });
    expect(await call('/slow', {}, {}, 300)).toEqual({ kind: 'failed', reason: 'op did not answer within 0.3 s.' });
    expect(await call('/huge')).toEqual({ kind: 'failed', reason: 'op answered more than 256 KB.' });
  });

  it('reports an answer outside the declared schema, or not JSON, as drift', async () => {
    expect(await call('/drift')).toEqual({ kind: 'drift', problem: '$.total: expected number, got string' });
    expect(await call('/html')).toEqual({ kind: 'drift', problem: '$: the answer is text/html, not JSON' });
    expect(await call('/html', { responseSchema: null })).toEqual({ kind: 'ok', body: null });
  });

  it('drift through a tool box: the demo shop with its drift switch, caught on the order an action looks up', async () => {
    const api = await startRetailApi({ drift: true });
    try {
      const session = createToolBox([retailToolApi(api.baseUrl)]).session({
        ticket: retailCustomerTicket(),
        latestCustomerText: 'Yes',
        mode: 'live',
      });
      expect(await session.call('cancel_pending_order', { order_id: '#W2403075', reason: 'no longer needed' })).toEqual(
        {
          status: 'drift',
          toolApiId: 'retail-shop',
          operationId: 'get_order_details',
          problem: '$.paid_total: expected number, got string',
        },
      );
      expect(api.store.order('#W2403075')!.status).toBe('pending');
      expect(session.actionsDone.size).toBe(0);
    } finally {
      await api.close();
    }
  });
});
