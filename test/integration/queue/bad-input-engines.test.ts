import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorBodySchema, type ChangesResponse } from '../../../shared/api/queue-contract.js';
import { MAX_MESSAGE_LENGTH } from '../../../shared/domain/ticket.js';
import { intakeBody } from '../../helpers/queue-server.js';
import { postTicket, testQueueForEachTest } from '../../helpers/test-queue-hooks.js';
import { queueEngines } from './engines.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

for (const engine of engines) {
  describe(`bad input leaves the stored data unchanged (${engine.name})`, () => {
    const queue = testQueueForEachTest(() => engine.start());
    let snapshot: ChangesResponse;
    let ticketId: string;

    beforeEach(async () => {
      ticketId = await postTicket(queue);
      snapshot = (await queue.call<ChangesResponse>('GET', '/v1/changes?since=0')).body;
    });
    afterEach(async () => {
      expect((await queue.call<ChangesResponse>('GET', '/v1/changes?since=0')).body).toEqual(snapshot);
    });

    const expectError = async (
      response: Promise<{ status: number; body: unknown }>,
      status: number,
      code: string,
    ): Promise<string> => {
      const answer = await response;
      expect(answer.status).toBe(status);
      const body = ErrorBodySchema.parse(answer.body);
      expect(body.error.code).toBe(code);
      expect(body.error.message.length).toBeGreaterThan(10);
      return body.error.message;
    };

    async function rawPost(path: string, bytes: Uint8Array): Promise<{ status: number; body: unknown }> {
      const response = await fetch(`${queue.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${queue.tokens.admin}`, 'content-type': 'application/json' },
        body: Buffer.from(bytes),
      });
      return { status: response.status, body: await response.json() };
    }

    it('invalid UTF-8 -> 400 invalid_utf8, never stored as replacement characters', async () => {
      const json = new TextEncoder().encode(JSON.stringify({ ...intakeBody(), text: 'Hello XX' }));
      const at = json.indexOf(0x58); // the first "X"
      json.set([0xc3, 0x28], at); // a lead byte followed by a non-continuation byte
      const message = await expectError(rawPost('/v1/tickets', json), 400, 'invalid_utf8');
      expect(message).toContain('UTF-8');
      await expectError(
        rawPost(
          `/v1/tickets/${ticketId}/messages`,
          new Uint8Array([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]),
        ),
        400,
        'invalid_utf8',
      );
    });

    it('malformed JSON, wrong types and unknown fields -> 400 naming the problem', async () => {
      await expectError(queue.call('POST', '/v1/tickets/batch', { rawBody: '{"tickets": [' }), 400, 'invalid_json');
      const wrongType = await expectError(
        queue.call('POST', '/v1/tickets/batch', { body: { tickets: [{ ...intakeBody(), subject: 7 }] } }),
        400,
        'validation_failed',
      );
      expect(wrongType).toContain('tickets.0.subject');
      const unknown = await expectError(
        queue.call('POST', '/v1/tickets/batch', { body: { tickets: [intakeBody()], priority: 1 } }),
        400,
        'validation_failed',
      );
      expect(unknown).toMatch(/priority|Unrecognized/i);
    });

    it('a huge message text -> 400, and one bad ticket refuses its whole batch', async () => {
      const huge = 'x'.repeat(MAX_MESSAGE_LENGTH + 1);
      await expectError(
        queue.call('POST', '/v1/tickets', { body: intakeBody({ text: huge }) }),
        400,
        'validation_failed',
      );
      await expectError(
        queue.call('POST', `/v1/tickets/${ticketId}/messages`, { body: { text: huge } }),
        400,
        'validation_failed',
      );
      const batch = { tickets: [intakeBody(), intakeBody({ text: huge })] };
      const message = await expectError(
        queue.call('POST', '/v1/tickets/batch', { body: batch }),
        400,
        'validation_failed',
      );
      expect(message).toContain('tickets.1.text');
      await expectError(
        queue.call('POST', '/v1/tickets/batch', { body: { tickets: Array.from({ length: 501 }, () => intakeBody()) } }),
        400,
        'validation_failed',
      );
    });

    it('a body over 1 MiB -> 413 body_too_large', async () => {
      const tickets = Array.from({ length: 60 }, () => intakeBody({ text: 'y'.repeat(19_000) }));
      await expectError(queue.call('POST', '/v1/tickets/batch', { body: { tickets } }), 413, 'body_too_large');
    });

    it('out-of-range cursors and limits -> 400 with what to send instead', async () => {
      await expectError(queue.call('GET', '/v1/changes?since=-1'), 400, 'validation_failed');
      await expectError(queue.call('GET', '/v1/changes?since=1e30'), 400, 'validation_failed');
      await expectError(queue.call('GET', '/v1/changes?since=abc'), 400, 'validation_failed');
      await expectError(queue.call('GET', '/v1/changes?since=0&limit=0'), 400, 'validation_failed');
      await expectError(queue.call('GET', '/v1/changes?since=0&limit=5001'), 400, 'validation_failed');
      const beyond = await expectError(
        queue.call('GET', `/v1/changes?since=${snapshot.cursor + 1000}`),
        400,
        'cursor_out_of_range',
      );
      expect(beyond).toContain('since=0');
      expect((await queue.call<ChangesResponse>('GET', `/v1/changes?since=${snapshot.cursor}`)).status).toBe(200);
    });

    it('a lease shorter than 1 s is refused', async () => {
      await expectError(
        queue.call('POST', '/v1/claims', { token: queue.tokens.autopilot, body: { workerId: 'w', leaseMs: 10 } }),
        400,
        'validation_failed',
      );
    });
  });
}
