import { beforeEach, describe, expect, it } from 'vitest';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import type { TicketHistory } from '../../../shared/api/ticket-history.js';
import type { InboxWindowQuery } from '../../../shared/api/console-contract.js';
import type { ConsoleCore } from '../../../electron/core/console-core.js';
import { startTestQueue, type TestQueue } from '../../helpers/queue-server.js';
import { postTicket } from '../../helpers/test-queue-hooks.js';
import { consolesOverFreshQueue } from '../../helpers/test-consoles.js';
import { aiDecision, escalateDecision } from '../queue/builders.js';

/**
 * Issue 19, tags in the console: on a real SQLite cache over a real queue, the inbox filters by a tag (the
 * ticket_tags side table) and its rows carry the tags; a setTags shows at once, before the queue has it; the queue's
 * refusal of a tag it does not know takes the local effect back and tells the agent why.
 */
describe('the inbox filtered by tag on a real console cache', () => {
  let queue: TestQueue;
  let tickets: string[];
  let ana: ConsoleCore;
  const consoles = consolesOverFreshQueue(async () => (queue = await startTestQueue()));

  beforeEach(async () => {
    for (const [id, name] of [
      ['vip', 'VIP'],
      ['refund', 'Refund'],
    ]) {
      const saved = await queue.call('PUT', `/v1/settings/tag/${id}`, { body: { baseVersion: 0, value: { name } } });
      expect(saved.status).toBe(200);
    }
    tickets = [];
    for (const name of ['Lea Novak', 'Tom Berg', 'Ida Moss'])
      tickets.push(await postTicket(queue, { customer: { id: `c-${name}`, name, tier: 'standard' } }));
    await queue.call('POST', '/v1/claims', { token: queue.tokens.autopilot, body: { workerId: 'bot', limit: 10 } });
    const decided = await queue.push(
      'bot',
      tickets.map((id, i) => aiDecision(i + 1, id, escalateDecision)),
      queue.tokens.autopilot,
    );
    expect(decided.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    ana = consoles.open('ana.sqlite', { token: queue.tokens.agent, agentName: 'Ana Agent' });
    expect((await ana.sync.syncNow()).ok).toBe(true);
  });

  const inbox = async (filters: InboxWindowQuery['filters'] = {}) => {
    const answered = await ana.service.listInboxWindow({ offset: 0, limit: 50, filters });
    if (!answered.ok) throw new Error(answered.error.message);
    return answered.value;
  };
  const tag = async (ticketId: string, add: string[], remove: string[] = []) => {
    const answered = await ana.service.setTags({ ticketId, add, remove });
    if (!answered.ok) throw new Error(answered.error.message);
    return answered.value;
  };

  it('shows a tag at once, filters by it, and keeps what the queue stored', async () => {
    const [lea, tom, ida] = tickets as [string, string, string];
    expect((await inbox()).rows.every((row) => row.tags === undefined)).toBe(true);
    expect(await inbox({ tag: 'vip' })).toMatchObject({ total: 0, rows: [] });

    // Offline from the queue's view: nothing is synced yet, the outbox holds the changes.
    await tag(lea, ['vip', 'refund']);
    await tag(ida, ['vip']);
    const vip = await inbox({ tag: 'vip' });
    expect(vip.total).toBe(2);
    expect(vip.rows.map((row) => [row.id, row.tags])).toEqual(
      expect.arrayContaining([
        [lea, ['vip', 'refund']],
        [ida, ['vip']],
      ]),
    );
    expect((await inbox({ tag: 'refund' })).rows.map((row) => row.id)).toEqual([lea]);
    // A tag filter narrows the other filters, it does not replace them.
    expect((await inbox({ tag: 'vip', tier: 'vip' })).total).toBe(0);

    expect((await ana.sync.syncNow()).ok).toBe(true);
    const stored = await queue.call<TicketWithMessages>('GET', `/v1/tickets/${lea}`);
    expect(stored.body.ticket.tags).toEqual(['vip', 'refund']);

    // Removing a tag takes the ticket out of that tag's inbox at once; the others stay.
    await tag(lea, [], ['vip']);
    expect((await inbox({ tag: 'vip' })).rows.map((row) => row.id)).toEqual([ida]);
    expect((await inbox({ tag: 'refund' })).rows.map((row) => [row.id, row.tags])).toEqual([[lea, ['refund']]]);
    expect((await inbox()).rows.find((row) => row.id === tom)?.tags).toBeUndefined();
  });

  it("takes back a tag the queue refuses as none of the tenant's", async () => {
    const [lea] = tickets as [string];
    await tag(lea, ['urgent']);
    expect((await inbox({ tag: 'urgent' })).rows.map((row) => row.id)).toEqual([lea]);
    expect((await ana.sync.syncNow()).ok).toBe(true);
    expect(await inbox({ tag: 'urgent' })).toMatchObject({ total: 0, rows: [] });
    const history = await queue.call<TicketHistory>('GET', `/v1/tickets/${lea}/history`);
    const refused = history.body.events.find((event) => event.action === 'tag');
    expect(refused?.inputs.outcome).toBe('rejected');
    expect(refused?.reason).toMatch(/^The tag "urgent" is not one of this tenant's tags/);
    // The agent is told, with the queue's words and the tag it would have added, until they dismiss it.
    const detail = await ana.service.getTicket({ ticketId: lea });
    if (!detail.ok) throw new Error(detail.error.message);
    expect(detail.value.unsent).toEqual([
      expect.objectContaining({
        kind: 'tag',
        reason: 'rejected',
        tags: { add: ['urgent'], remove: [] },
        detail: expect.stringMatching(/^The tag "urgent" is not one of this tenant's tags/),
      }),
    ]);
  });
});
