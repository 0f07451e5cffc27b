import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../../shared/api/queue-contract.js';
import type { ApiResponse, TestQueue } from '../../helpers/queue-server.js';
import { queueEngines } from './engines.js';

/**
 * Finding 9 of issue 21: nothing limited how fast a token, a tenant or an address could call the queue,
 * and a request that promised more body (or headers) than it sent was held open. Limits answer 429
 * with Retry-After and the usual error body; slow requests are cut.
 */
const { engines, stop } = await queueEngines();
afterAll(stop);

/** A limit no case here reaches, for the limits a case does not test. */
const HIGH = 10_000;

function expectRateLimited(response: ApiResponse, scope: 'token' | 'tenant' | 'address' | 'failed_credentials'): void {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(
    Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60,
    `Retry-After ${response.headers.get('retry-after')}`,
  ).toBe(true);
  const { error } = ErrorBodySchema.parse(response.body);
  expect(error.code).toBe('rate_limited');
  expect(error.details).toEqual({ scope, limitPerMinute: expect.any(Number), retryAfterSeconds: retryAfter });
  expect(error.message).toContain(`Retry after ${retryAfter} s`);
}

/** GET from another loopback address (127.0.0.2) than the test's other calls. */
function getFromAnotherAddress(queue: TestQueue, path: string, token: string): Promise<number> {
  const { port } = new URL(queue.url);
  return new Promise((resolve, reject) => {
    const sent = httpRequest(
      { host: '127.0.0.1', port, path, localAddress: '127.0.0.2', headers: { authorization: `Bearer ${token}` } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    sent.on('error', reject);
    sent.end();
  });
}

/** Sends `head` on a raw connection, then nothing more: resolves with what the queue answered and how long it waited. */
function sendAndStall(
  queue: TestQueue,
  head: string,
  giveUpMs: number,
): Promise<{ answer: string; closedAfterMs: number | null }> {
  const { port } = new URL(queue.url);
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(head));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('error', () => undefined);
    const giveUp = setTimeout(() => {
      socket.destroy();
      resolve({ answer, closedAfterMs: null });
    }, giveUpMs);
    socket.on('close', () => {
      clearTimeout(giveUp);
      resolve({ answer, closedAfterMs: Date.now() - started });
    });
  });
}

for (const engine of engines) {
  describe(`rate limits and slow requests (${engine.name})`, () => {
    it('a flooding token gets 429 with Retry-After while another token of its tenant is still served', async () => {
      const queue = await engine.start({ app: { rateLimits: { perToken: 5, perTenant: HIGH, perAddress: HIGH } } });
      try {
        for (let i = 0; i < 5; i++)
          expect((await queue.call('GET', '/v1/tickets', { token: queue.tokens.agent })).status).toBe(200);
        expectRateLimited(await queue.call('GET', '/v1/tickets', { token: queue.tokens.agent }), 'token');
        // Refused before its body is read or stored.
        expectRateLimited(
          await queue.call('POST', '/v1/mutations', {
            token: queue.tokens.agent,
            body: { clientId: 'c', mutations: [] },
          }),
          'token',
        );
        expect((await queue.call('GET', '/v1/tickets', { token: queue.tokens.lead })).status).toBe(200);
      } finally {
        await queue.close();
      }
    });

    it("a tenant's tokens together get 429 past the tenant's limit; another tenant is still served", async () => {
      const queue = await engine.start({ app: { rateLimits: { perToken: HIGH, perTenant: 6, perAddress: HIGH } } });
      try {
        const other = await queue.addTenant('acme');
        for (const token of [queue.tokens.agent, queue.tokens.lead, queue.tokens.admin]) {
          for (let i = 0; i < 2; i++) expect((await queue.call('GET', '/v1/tickets', { token })).status).toBe(200);
        }
        expectRateLimited(await queue.call('GET', '/v1/tickets', { token: queue.tokens.autopilot }), 'tenant');
        expect((await queue.call('GET', '/v1/tickets', { token: other.agent })).status).toBe(200);
      } finally {
        await queue.close();
      }
    });

    it('one address gets 429 past its limit, with or without a token; another address is still served', async () => {
      const queue = await engine.start({ app: { rateLimits: { perToken: HIGH, perTenant: HIGH, perAddress: 4 } } });
      try {
        expect((await queue.call('GET', '/healthz', { token: null })).status).toBe(200);
        expect((await queue.call('GET', '/v1/tickets', { token: 'sbq_guessing' })).status).toBe(401);
        expect((await queue.call('GET', '/v1/tickets', { token: 'sbq_guessing_again' })).status).toBe(401);
        expect((await queue.call('GET', '/v1/tickets', { token: queue.tokens.agent })).status).toBe(200);
        expectRateLimited(await queue.call('GET', '/v1/tickets', { token: 'sbq_guessing_more' }), 'address');
        expectRateLimited(await queue.call('GET', '/v1/tickets', { token: queue.tokens.agent }), 'address');
        expect(await getFromAnotherAddress(queue, '/v1/tickets', queue.tokens.agent)).toBe(200);
      } finally {
        await queue.close();
      }
    });

    it('an address whose credentials keep failing gets 429 for each that fails again; a working one from it, and others, are served', async () => {
      const limits = { perToken: HIGH, perTenant: HIGH, perAddress: HIGH, failedCredentialsPerAddress: 3 };
      const queue = await engine.start({ app: { rateLimits: limits } });
      try {
        for (const guess of ['sbq_one', 'sbs_two', 'sbq_three']) {
          const refused = await queue.call('GET', '/v1/tickets', { token: guess });
          expect(refused.status).toBe(401);
          expect(refused.body).toMatchObject({ error: { details: { reason: 'unknown_credential' } } });
        }
        expectRateLimited(await queue.call('GET', '/v1/tickets', { token: 'sbq_four' }), 'failed_credentials');
        // A colleague's working token from the same address (one office behind one address) is still served.
        expect((await queue.call('GET', '/v1/tickets', { token: queue.tokens.agent })).status).toBe(200);
        expectRateLimited(await queue.call('GET', '/v1/tickets', { token: 'sbq_five' }), 'failed_credentials');
        expect(await getFromAnotherAddress(queue, '/v1/tickets', queue.tokens.agent)).toBe(200);
      } finally {
        await queue.close();
      }
    });

    it('cuts a request whose body or headers stop coming, within a few seconds; event streams stay open', async () => {
      const queue = await engine.start({ pingIntervalMs: 300, app: { requestTimeoutMs: 1_000 } });
      try {
        const slowBody = sendAndStall(
          queue,
          `POST /v1/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${queue.tokens.admin}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"subject":`,
          8_000,
        );
        const slowHeaders = sendAndStall(
          queue,
          `GET /v1/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${queue.tokens.admin}\r\n`,
          8_000,
        );
        const eventsOpened = Date.now();
        const pingTimes: number[] = [];
        const events = httpRequest(
          {
            host: '127.0.0.1',
            port: new URL(queue.url).port,
            path: '/v1/events',
            agent: false,
            headers: { authorization: `Bearer ${queue.tokens.agent}` },
          },
          (response) => {
            response.on('data', (chunk: Buffer) => {
              if (chunk.toString().includes(': ping')) pingTimes.push(Date.now());
            });
          },
        );
        events.on('error', () => undefined);
        events.end();

        for (const stalled of [await slowBody, await slowHeaders]) {
          expect(stalled.closedAfterMs, `still open after 8 s; answered: ${stalled.answer}`).not.toBeNull();
          expect(stalled.closedAfterMs).toBeLessThan(4_000);
          if (stalled.answer !== '') expect(stalled.answer).toMatch(/^HTTP\/1\.1 408 /);
        }
        // The event stream outlives the request timeout several times over and still delivers.
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, eventsOpened + 3_000 - Date.now())));
        expect(
          pingTimes.some((at) => at > eventsOpened + 2_500),
          `pings at ${pingTimes.map((at) => at - eventsOpened).join(', ')} ms`,
        ).toBe(true);
        events.destroy();
        expect((await queue.call('GET', '/v1/tickets')).status).toBe(200);
      } finally {
        await queue.close();
      }
    });
  });
}
