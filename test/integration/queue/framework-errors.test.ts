import { connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../../shared/api/queue-contract.js';
import { testQueueForAllTests } from '../../helpers/test-queue-hooks.js';
import { queueEngines } from './engines.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

interface RawAnswer {
  status: number;
  headers: string;
  body: string;
}

/** Writes `request` as-is on a fresh connection and reads the whole answer until the server closes it. */
function sendRaw(url: string, request: string): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(request));
    const chunks: Buffer[] = [];
    const timer = setTimeout(
      () => socket.destroy(new Error(`no answer to ${JSON.stringify(request.slice(0, 40))} within 5 s`)),
      5_000,
    );
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n', 2);
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3}) /.exec(head)?.[1] ?? 0), headers: head, body });
    });
  });
}

/** The documented error body (`{"error":{"code","message"}}`), with a message a person can act on. */
function expectErrorBody(text: string, code: string): string {
  const parsed = ErrorBodySchema.safeParse(JSON.parse(text));
  expect(parsed.success, `not the documented error format: ${text}`).toBe(true);
  const { error } = parsed.data!;
  expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(20);
  return error.message;
}

for (const engine of engines) {
  describe(`requests Fastify or Node refuse before any route answer in the documented error format (${engine.name})`, () => {
    const queue = testQueueForAllTests(() => engine.start());

    it('a malformed request line -> 400 malformed_request', async () => {
      const answer = await sendRaw(queue.url, 'GARBAGE\r\n\r\n');
      expect(answer.status).toBe(400);
      expect(answer.headers).toMatch(/^content-type: application\/json/im);
      expectErrorBody(answer.body, 'malformed_request');
    });

    it('a header line without a colon -> 400 malformed_request', async () => {
      const answer = await sendRaw(queue.url, 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nthis is no header\r\n\r\n');
      expect(answer.status).toBe(400);
      expectErrorBody(answer.body, 'malformed_request');
    });

    it('a request line and headers over the size Node accepts -> 431 headers_too_large', async () => {
      const answer = await sendRaw(
        queue.url,
        `GET /v1/tickets?status=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`,
      );
      expect(answer.status).toBe(431);
      expectErrorBody(answer.body, 'headers_too_large');
    });

    it('a path parameter over the router limit -> 414 path_parameter_too_long, without echoing the path', async () => {
      const response = await fetch(`${queue.url}/v1/tickets/${'t'.repeat(5_000)}`, {
        headers: { authorization: `Bearer ${queue.tokens.admin}` },
      });
      expect(response.status).toBe(414);
      const message = expectErrorBody(await response.text(), 'path_parameter_too_long');
      expect(message).not.toContain('tttttttttt');
    });

    it('a path that cannot be decoded -> 400 in the documented format', async () => {
      const response = await fetch(`${queue.url}/v1/tickets/%E0%A4%A`, {
        headers: { authorization: `Bearer ${queue.tokens.admin}` },
      });
      expect(response.status).toBe(400);
      expect(ErrorBodySchema.safeParse(await response.json()).success).toBe(true);
    });

    it('still serves well-formed requests on the same queue', async () => {
      expect((await queue.call('GET', '/healthz', { token: null })).status).toBe(200);
    });
  });
}
