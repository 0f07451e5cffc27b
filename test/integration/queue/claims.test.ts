import { beforeEach, describe, expect, it } from 'vitest';
import { ClaimResponseSchema, type ChangesResponse, type ClaimResponse } from '../../../shared/api/queue-contract.js';
import { postTicket, testQueueForEachTest } from '../../helpers/test-queue-hooks.js';

describe('claims and leases', () => {
  const queue = testQueueForEachTest();
  let ticketIds: string[];

  beforeEach(async () => {
    ticketIds = [];
    for (let i = 0; i < 3; i++) ticketIds.push(await postTicket(queue));
  });

  const claim = async (workerId: string, limit = 10, leaseMs = 10_000): Promise<ClaimResponse> => {
    const response = await queue.call<ClaimResponse>('POST', '/v1/claims', {
      token: queue.tokens.autopilot,
      body: { workerId, limit, leaseMs },
    });
    expect(response.status).toBe(200);
    return ClaimResponseSchema.parse(response.body);
  };

  it('hands out tickets oldest first, with messages and the lease end', async () => {
    const before = queue.clock.now().getTime();
    const { claims } = await claim('w1', 2);
    expect(claims.map((c) => c.ticket.id)).toEqual(ticketIds.slice(0, 2));
    expect(claims[0]?.messages).toHaveLength(1);
    const leaseUntil = Date.parse(claims[0]?.leaseUntil ?? '');
    expect(leaseUntil).toBeGreaterThanOrEqual(before + 10_000);
    expect(leaseUntil).toBeLessThan(before + 15_000);
  });

  it('never gives one ticket to two workers while the lease lives', async () => {
    const [a, b, c] = await Promise.all([claim('w1', 2), claim('w2', 2), claim('w3', 2)]);
    const handed = [a, b, c].flatMap((r) => r.claims.map((x) => x.ticket.id));
    expect(handed.sort()).toEqual([...ticketIds].sort());
    expect(new Set(handed).size).toBe(3);
    queue.clock.advance(9_000);
    expect((await claim('w4')).claims).toEqual([]);
  });

  it('hands a ticket to another worker once its lease expired', async () => {
    await claim('w1', 1);
    queue.clock.advance(10_001);
    const second = await claim('w2', 1);
    expect(second.claims.map((c) => c.ticket.id)).toEqual([ticketIds[0]]);
  });

  it('renews a lease the worker holds; 409 once lost', async () => {
    await claim('w1', 1);
    const id = ticketIds[0] ?? '';
    queue.clock.advance(8_000);
    const renewed = await queue.call<{ leaseUntil: string }>('POST', `/v1/claims/${id}/renew`, {
      token: queue.tokens.autopilot,
      body: { workerId: 'w1', leaseMs: 10_000 },
    });
    expect(renewed.status).toBe(200);
    expect(Date.parse(renewed.body.leaseUntil)).toBeGreaterThanOrEqual(queue.clock.now().getTime() + 9_000);
    queue.clock.advance(8_000);
    // The original lease would have run out by now; the renewed one still holds.
    expect((await claim('w2', 10)).claims.map((c) => c.ticket.id)).not.toContain(id);

    const wrongWorker = await queue.call<{ error: { code: string } }>('POST', `/v1/claims/${id}/renew`, {
      token: queue.tokens.autopilot,
      body: { workerId: 'w2', leaseMs: 10_000 },
    });
    expect(wrongWorker.status).toBe(409);
    expect(wrongWorker.body.error.code).toBe('lease_lost');
    queue.clock.advance(10_001);
    const expired = await queue.call('POST', `/v1/claims/${id}/renew`, {
      token: queue.tokens.autopilot,
      body: { workerId: 'w1', leaseMs: 10_000 },
    });
    expect(expired.status).toBe(409);
    const unknown = await queue.call('POST', '/v1/claims/tkt_nope/renew', {
      token: queue.tokens.autopilot,
      body: { workerId: 'w1', leaseMs: 10_000 },
    });
    expect(unknown.status).toBe(404);
  });

  it('does not move the changes feed or the version', async () => {
    const before = (await queue.call<ChangesResponse>('GET', '/v1/changes?since=0')).body;
    const { claims } = await claim('w1');
    expect(claims.map((c) => c.ticket.version)).toEqual([1, 1, 1]);
    const after = (await queue.call<ChangesResponse>('GET', `/v1/changes?since=${before.cursor}`)).body;
    expect(after.tickets).toEqual([]);
    expect(after.cursor).toBe(before.cursor);
  });

  it('validates the claim request', async () => {
    const tooShort = await queue.call<{ error: { code: string } }>('POST', '/v1/claims', {
      token: queue.tokens.autopilot,
      body: { workerId: 'w', leaseMs: 10 },
    });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.error.code).toBe('validation_failed');
    expect((await claim('w1')).claims).toHaveLength(3);
  });
});
