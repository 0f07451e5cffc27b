import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ErrorBodySchema, type ChangesResponse } from '../../../shared/api/queue-contract.js';
import { ChainVerifier } from '../../../server/audit/verify-chain.js';
import type { QueueStore } from '../../../server/storage/queue-store.js';
import { intakeBody } from '../../helpers/queue-server.js';
import { postTicket, testQueueForAllTests } from '../../helpers/test-queue-hooks.js';
import { aiDecision, escalateDecision } from './builders.js';
import { queueEngines } from './engines.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

/** The whole audit chain checked as `npm run audit -- verify` checks it. */
async function auditVerdict(store: QueueStore): Promise<{ ok: boolean; records: number }> {
  const verifier = new ChainVerifier();
  for (const record of await store.auditPage(0, 100_000)) verifier.check(record);
  return verifier.finish(await store.auditHead());
}

/** `depth` arrays one inside the other: `[[[…]]]`. */
const nestedArrays = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

/** A GET with a JSON body, sent as it is (fetch refuses to send one). */
function getWithBody(
  url: string,
  token: string,
  body: string,
): Promise<{ status: number; connection: string; text: string }> {
  return new Promise((resolve, reject) => {
    const sent = request(
      url,
      {
        method: 'GET',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, connection: String(response.headers.connection), text }),
        );
      },
    );
    // The queue may answer and close before the whole body is written.
    sent.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? undefined : reject(error)));
    sent.end(body);
  });
}

for (const engine of engines) {
  describe(`hostile text and structure are refused at the edge, the same on every store (${engine.name})`, () => {
    const queue = testQueueForAllTests(() => engine.start());
    let ticketId: string;
    let feed: ChangesResponse;
    let auditRecords: number;

    beforeAll(async () => {
      ticketId = await postTicket(queue);
      const claimed = await queue.call('POST', '/v1/claims', {
        token: queue.tokens.autopilot,
        body: { workerId: 'bot-hardening', limit: 1 },
      });
      expect(claimed.status).toBe(200);
    });

    // Every case sends only refused requests: the feed and the audit chain must be exactly as before.
    beforeEach(async () => {
      feed = (await queue.call<ChangesResponse>('GET', '/v1/changes?since=0')).body;
      auditRecords = (await queue.store.auditPage(0, 100_000)).length;
    });
    afterEach(async () => {
      expect((await queue.call<ChangesResponse>('GET', '/v1/changes?since=0')).body).toEqual(feed);
      expect((await queue.store.auditPage(0, 100_000)).length).toBe(auditRecords);
      expect(await auditVerdict(queue.store)).toMatchObject({ ok: true });
    });

    const expectRefused = async (
      response: Promise<{ status: number; body: unknown }>,
      code: string,
    ): Promise<string> => {
      const answer = await response;
      expect(answer.status).toBe(400);
      const body = ErrorBodySchema.parse(answer.body);
      expect(body.error.code).toBe(code);
      expect(body.error.message.length).toBeGreaterThan(20);
      return body.error.message;
    };

    const rawPush = (json: string, token = queue.tokens.lead) =>
      queue.call('POST', '/v1/mutations', { token, rawBody: json });
    const review = (clientId: string) =>
      `{"clientId":${clientId},"mutations":[{"id":1,"type":"review","ticketId":"${ticketId}","createdAt":"2026-03-01T10:00:00.000Z","verdict":"approve","reviewerName":"Lee"}]}`;

    it('a lone surrogate sent as a JSON \\u escape (value or key) -> 400 invalid_unicode, and audit verify stays OK', async () => {
      // An agent may not push reviews: before the fix this rejected mutation still reached the audit chain and broke it.
      const message = await expectRefused(rawPush(review('"x\\ud800"'), queue.tokens.agent), 'invalid_unicode');
      expect(message).toContain('clientId');
      await expectRefused(rawPush(review('"\\udc00x"')), 'invalid_unicode');
      await expectRefused(
        queue.call('POST', '/v1/tickets', { body: { ...intakeBody(), subject: 'Hi \ud83d there' } }),
        'invalid_unicode',
      );
      await expectRefused(
        queue.call('POST', `/v1/tickets/${ticketId}/messages`, { rawBody: '{"text":"ok","\\ud800":1}' }),
        'invalid_unicode',
      );
      // A whole pair is one character, and welcome.
      const emoji = await queue.call('POST', '/v1/tickets', { body: { ...intakeBody(), subject: 'Hi \ud83d\ude00' } });
      expect(emoji.status).toBe(201);
      // (the ticket just created changes the feed: take it into the snapshot the after-hook compares against)
      feed = (await queue.call<ChangesResponse>('GET', '/v1/changes?since=0')).body;
      auditRecords = (await queue.store.auditPage(0, 100_000)).length;
    });

    it('NUL (U+0000) in body fields and keys -> 400 nul_character (PostgreSQL answered 500)', async () => {
      const message = await expectRefused(
        queue.call('POST', '/v1/tickets', { body: intakeBody({ subject: 'a\u0000b' }) }),
        'nul_character',
      );
      expect(message).toContain('subject');
      await expectRefused(queue.call('POST', '/v1/tickets', { body: intakeBody({ text: '\u0000' }) }), 'nul_character');
      await expectRefused(
        queue.call('POST', '/v1/tickets', { body: { ...intakeBody(), customer: { id: 'c\u0000', name: 'Ada' } } }),
        'nul_character',
      );
      await expectRefused(
        queue.call('POST', `/v1/tickets/${ticketId}/messages`, { body: { text: 'Hello\u0000' } }),
        'nul_character',
      );
      await expectRefused(rawPush(review('"console\\u0000"')), 'nul_character');
      await expectRefused(
        queue.call('POST', '/v1/tickets/batch', { rawBody: '{"tickets":[],"\\u0000":1}' }),
        'nul_character',
      );
    });

    it('NUL and broken percent-encoding in the path and the query -> 400 invalid_url with the documented error body', async () => {
      for (const path of [
        '/v1/tickets/%00',
        `/v1/tickets/${ticketId}%00`,
        `/v1/tickets/a%00b/history`,
        '/v1/tickets?status=%00',
        '/v1/tickets?%00=1',
        '/v1/changes?since=0%00',
        '/v1/tickets/%ED%A0%80', // an encoded lone surrogate (not UTF-8)
        '/v1/tickets?status=%ED%A0%80',
        '/v1/tickets/%ZZ',
        '/v1/tickets?status=%C3',
      ]) {
        const message = await expectRefused(queue.call('GET', path, { token: queue.tokens.agent }), 'invalid_url');
        expect(message, path).toMatch(/URL/);
      }
      // The same paths without the bad byte still answer normally.
      expect((await queue.call('GET', `/v1/tickets/${ticketId}`, { token: queue.tokens.agent })).status).toBe(200);
      expect((await queue.call('GET', '/v1/tickets?status=new', { token: queue.tokens.agent })).status).toBe(200);
    });

    it('a GET with a body, large or small, even to the OpenAPI document -> 400 body_not_allowed, and the connection closes', async () => {
      for (const [path, size] of [
        ['/v1/openapi.json', 900_000],
        ['/v1/tickets', 10],
      ] as const) {
        const answer = await getWithBody(
          `${queue.url}${path}`,
          queue.tokens.agent,
          JSON.stringify({ padding: 'x'.repeat(size) }),
        );
        expect(answer.status, path).toBe(400);
        expect(answer.connection).toBe('close');
        expect(ErrorBodySchema.parse(JSON.parse(answer.text)).error.code).toBe('body_not_allowed');
      }
      const document = await fetch(`${queue.url}/v1/openapi.json`);
      expect(document.status).toBe(200);
    });

    it('a tool result nested 1,600 and 5,000 levels, and a body of 5,000 nested arrays -> 400 too_deeply_nested, never 500', async () => {
      for (const depth of [1_600, 5_000]) {
        const mutation = aiDecision(1, ticketId, {
          ...escalateDecision,
          engine: 'openai',
          toolResults: [
            { name: 'get_order_details', arguments: {}, status: 'ok', result: 'DEEP', reason: null, truncated: false },
          ],
        });
        const json = JSON.stringify({ clientId: 'bot-hardening', mutations: [mutation] }).replace(
          '"DEEP"',
          nestedArrays(depth),
        );
        const message = await expectRefused(rawPush(json, queue.tokens.autopilot), 'too_deeply_nested');
        expect(message).toContain('mutations.0.decision.toolResults.0.result');
      }
      await expectRefused(queue.call('POST', '/v1/tickets', { rawBody: nestedArrays(5_000) }), 'too_deeply_nested');
      await expectRefused(
        queue.call('PUT', '/v1/rules', {
          token: queue.tokens.lead,
          rawBody: `{"baseVersion":0,"rules":${nestedArrays(100_000)}}`,
        }),
        'too_deeply_nested',
      );
    });

    it('a number JSON cannot hold (1e400 parses to Infinity) -> 400 number_out_of_range', async () => {
      const message = await expectRefused(
        queue.call('POST', '/v1/claims', {
          token: queue.tokens.autopilot,
          rawBody: '{"workerId":"bot-hardening","leaseMs":1e400}',
        }),
        'number_out_of_range',
      );
      expect(message).toContain('leaseMs');
      const decision = JSON.stringify({
        clientId: 'bot-hardening',
        mutations: [aiDecision(1, ticketId, { ...escalateDecision, latencyMs: 7777 })],
      }).replace('7777', '-1e400');
      await expectRefused(rawPush(decision, queue.tokens.autopilot), 'number_out_of_range');
    });
  });

  describe(`the audit chain hashes exactly the text it stores (${engine.name})`, () => {
    const queue = testQueueForAllTests(() => engine.start());

    it('records written with lone surrogates (past the HTTP edge) read back as stored and still verify', async () => {
      const now = new Date();
      await queue.store.intakeTicket({
        tenantId: queue.tenantId,
        subject: 'Subject \ud800',
        customer: { id: 'cus_lone', name: 'Ada \udc00', tier: 'standard' },
        channel: 'email',
        text: 'Text \ud800\udc00 \udfff',
        idempotencyKey: null,
        now,
        actor: { name: 'channel \ud800', role: 'admin' },
      });
      const saved = await queue.store.saveRuleSet({
        tenantId: queue.tenantId,
        rules: [{ id: 'rule-\udbff', ownerQueue: 'general', when: {} }],
        baseVersion: 0,
        savedBy: 'Lee \udbff',
        savedAt: now.toISOString(),
        actor: { name: 'lead \udfff', role: 'lead' },
      });
      expect(saved.status).toBe('saved');
      const records = await queue.store.auditPage(0, 100_000);
      // Stored as the database keeps it (U+FFFD for each lone surrogate), and hashed that way.
      expect(records).toHaveLength(2);
      for (const record of records) expect(record.actorName).toMatch(/^\w+ \ufffd$/);
      expect(await auditVerdict(queue.store)).toMatchObject({ ok: true, records: records.length });
    });
  });
}
