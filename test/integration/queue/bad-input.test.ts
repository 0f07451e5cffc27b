import { describe, expect, it } from 'vitest';
import { ErrorBodySchema, type ChangesResponse } from '../../../shared/api/queue-contract.js';
import { intakeBody, type ApiResponse } from '../../helpers/queue-server.js';
import { testQueueForEachTest } from '../../helpers/test-queue-hooks.js';

interface Issue {
  path: string;
  code: string;
  message: string;
}

describe('bad input', () => {
  const queue = testQueueForEachTest();

  const expectError = (
    response: ApiResponse,
    status: number,
    code: string,
  ): { code: string; message: string; details?: unknown } => {
    expect(response.status).toBe(status);
    const body = ErrorBodySchema.parse(response.body);
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(0);
    return body.error;
  };
  const expectNothingStored = async (): Promise<void> => {
    const feed = await queue.call<ChangesResponse>('GET', '/v1/changes?since=0');
    expect(feed.body.tickets).toEqual([]);
    expect(feed.body.messages).toEqual([]);
    expect(feed.body.cursor).toBe(0);
  };

  it('malformed JSON -> 400 invalid_json', async () => {
    expectError(await queue.call('POST', '/v1/tickets', { rawBody: '{"subject": "x",' }), 400, 'invalid_json');
    expectError(await queue.call('POST', '/v1/tickets', { rawBody: '' }), 400, 'invalid_json');
    await expectNothingStored();
  });

  it('unknown field -> 400 validation_failed naming it', async () => {
    const error = expectError(
      await queue.call('POST', '/v1/tickets', { body: { ...intakeBody(), priority: 'high' } }),
      400,
      'validation_failed',
    );
    const issues = (error.details as { issues: Issue[] }).issues;
    expect(issues[0]).toMatchObject({ code: 'unrecognized_keys' });
    expect(JSON.stringify(issues)).toContain('priority');
    await expectNothingStored();
  });

  it('wrong type -> 400 validation_failed with the path', async () => {
    const error = expectError(
      await queue.call('POST', '/v1/tickets', { body: { ...intakeBody(), customer: { id: 'c1', name: 42 } } }),
      400,
      'validation_failed',
    );
    expect((error.details as { issues: Issue[] }).issues).toContainEqual(
      expect.objectContaining({ path: 'customer.name', code: 'invalid_type' }),
    );
    expect(error.message).toContain('customer.name');
    const push = await queue.call('POST', '/v1/mutations', {
      token: queue.tokens.agent,
      body: { clientId: 'c', mutations: [{ id: 'one' }] },
    });
    expectError(push, 400, 'validation_failed');
    await expectNothingStored();
  });

  it('body over 1 MiB -> 413 body_too_large', async () => {
    const huge = JSON.stringify({ ...intakeBody(), text: 'x'.repeat(1024 * 1024) });
    expectError(await queue.call('POST', '/v1/tickets', { rawBody: huge }), 413, 'body_too_large');
    await expectNothingStored();
  });

  it('invalid token -> 401 unauthorized, even with a valid body', async () => {
    expectError(
      await queue.call('POST', '/v1/tickets', { token: 'sbq_forged', body: intakeBody() }),
      401,
      'unauthorized',
    );
    expectError(await queue.call('POST', '/v1/tickets', { token: null, rawBody: '{not json' }), 401, 'unauthorized');
    await expectNothingStored();
  });

  it('a bad Idempotency-Key -> 400 validation_failed', async () => {
    expectError(
      await queue.call('POST', '/v1/tickets', { body: intakeBody(), headers: { 'idempotency-key': 'k'.repeat(201) } }),
      400,
      'validation_failed',
    );
    await expectNothingStored();
  });

  it('non-JSON content type -> 415 unsupported_media_type', async () => {
    expectError(
      await queue.call('POST', '/v1/tickets', {
        rawBody: 'subject=x',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
      415,
      'unsupported_media_type',
    );
    await expectNothingStored();
  });

  it('unknown route -> 404 not_found as JSON', async () => {
    expectError(await queue.call('GET', '/v1/nope'), 404, 'not_found');
    expectError(await queue.call('DELETE', '/v1/tickets'), 404, 'not_found');
  });

  it('an empty push and an oversized mutation text are refused whole', async () => {
    expectError(
      await queue.call('POST', '/v1/mutations', { token: queue.tokens.agent, body: { clientId: 'c', mutations: [] } }),
      400,
      'validation_failed',
    );
    const created = await queue.call<{ ticket: { id: string } }>('POST', '/v1/tickets', { body: intakeBody() });
    const mutation = {
      id: 1,
      type: 'note',
      ticketId: created.body.ticket.id,
      createdAt: 'now',
      messageId: 'n',
      text: 'y'.repeat(20_001),
      agentName: 'A',
    };
    expectError(
      await queue.call('POST', '/v1/mutations', {
        token: queue.tokens.agent,
        body: { clientId: 'c', mutations: [mutation] },
      }),
      400,
      'validation_failed',
    );
    const feed = await queue.call<ChangesResponse>('GET', '/v1/changes?since=0&clientId=c');
    expect(feed.body.messages).toHaveLength(1);
    expect(feed.body.lastMutationId).toBe(0);
  });
});
