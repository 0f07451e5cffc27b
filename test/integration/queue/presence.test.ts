import { afterEach, describe, expect, it } from 'vitest';
import { PRESENCE_TTL_MS } from '../../../shared/api/presence-contract.js';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import { MAX_TICKETS_PER_PRINCIPAL } from '../../../server/presence/presence-board.js';
import { openPresenceStream, sayPresence, type PresenceStream } from '../../helpers/presence-stream.js';
import { intakeBody, startTestQueue } from '../../helpers/queue-server.js';
import { testQueueForEachTest } from '../../helpers/test-queue-hooks.js';

/**
 * Issue 19, presence on one queue (SQLite): a person's presence on a ticket reaches the other consoles' event streams
 * live (viewing, typing, left), a new stream is told the live ones, a presence not repeated ends after the TTL (the
 * queue's clock moved, no sleep), and a console's presences end when its event stream closes. Never audited.
 */
describe('presence', () => {
  const queue = testQueueForEachTest(() => startTestQueue({ pingIntervalMs: 60_000 }));
  const open: PresenceStream[] = [];
  afterEach(() => {
    for (const stream of open.splice(0)) stream.close();
  });
  const watch = async (token: string, consoleId?: string): Promise<PresenceStream> => {
    const stream = await openPresenceStream(queue.url, token, consoleId);
    open.push(stream);
    return stream;
  };
  const newTicket = async (): Promise<string> =>
    (await queue.call<TicketWithMessages>('POST', '/v1/tickets', { body: intakeBody() })).body.ticket.id;

  it('reaches another console: viewing, then typing, then left, named by the queue (not by the console)', async () => {
    const ticketId = await newTicket();
    const ben = await watch(queue.tokens.lead);
    const said = await sayPresence(queue.url, queue.tokens.agent, { ticketId, state: 'viewing' });
    expect(said.status).toBe(200);
    const viewing = await ben.next();
    expect(viewing).toMatchObject({ ticketId, state: 'viewing', name: 'payments agent' });
    expect(said.body).toEqual({ principal: viewing.principal, until: viewing.until });
    expect(Date.parse(viewing.until) - queue.clock.now().getTime()).toBeGreaterThan(PRESENCE_TTL_MS - 1_000);

    await sayPresence(queue.url, queue.tokens.agent, { ticketId, state: 'typing' });
    expect(await ben.next()).toMatchObject({ ticketId, state: 'typing', principal: viewing.principal });
    await sayPresence(queue.url, queue.tokens.agent, { ticketId, state: 'left' });
    expect(await ben.next()).toMatchObject({ ticketId, state: 'left', principal: viewing.principal });

    // Never stored, never audited: the ticket's history has its intake only.
    const history = await queue.call<{ events: unknown[] }>('GET', `/v1/tickets/${ticketId}/history`);
    expect(history.body.events).toHaveLength(1);
  });

  it('tells a stream that opens the live presences, and another tenant nothing', async () => {
    const ticketId = await newTicket();
    await sayPresence(queue.url, queue.tokens.agent, { ticketId, state: 'typing' });
    const late = await watch(queue.tokens.lead);
    expect(await late.next()).toMatchObject({ ticketId, state: 'typing', name: 'payments agent' });

    const other = await watch((await queue.addTenant('acme')).agent);
    await sayPresence(queue.url, queue.tokens.admin, { ticketId, state: 'viewing' });
    expect(await late.next()).toMatchObject({ ticketId, state: 'viewing', name: 'payments admin' });
    await expect(other.next(300)).rejects.toThrow('no event in time');
  });

  it(`ends a presence not repeated within ${PRESENCE_TTL_MS / 1000} s`, async () => {
    const ticketId = await newTicket();
    const ben = await watch(queue.tokens.lead);
    await sayPresence(queue.url, queue.tokens.agent, { ticketId, state: 'viewing' });
    expect(await ben.next()).toMatchObject({ state: 'viewing' });
    queue.clock.advance(PRESENCE_TTL_MS - 2_000);
    await sayPresence(queue.url, queue.tokens.agent, { ticketId, state: 'viewing' });
    expect(await ben.next()).toMatchObject({ state: 'viewing' });
    queue.clock.advance(PRESENCE_TTL_MS + 1);
    expect(await ben.next()).toMatchObject({ ticketId, state: 'left' });
    const late = await watch(queue.tokens.admin);
    await expect(late.next(300)).rejects.toThrow('no event in time');
  });

  it("ends a console's presences when its event stream closes (only that console's)", async () => {
    const [first, second] = [await newTicket(), await newTicket()];
    const ben = await watch(queue.tokens.lead);
    const ana = await watch(queue.tokens.agent, 'console-ana-1');
    await sayPresence(queue.url, queue.tokens.agent, { ticketId: first, state: 'viewing' }, 'console-ana-1');
    await sayPresence(queue.url, queue.tokens.agent, { ticketId: second, state: 'viewing' }, 'console-ana-2');
    // Another person naming Ana's console id ends nothing of hers.
    const intruder = await watch(queue.tokens.admin, 'console-ana-1');
    intruder.close();
    expect((await ben.next()).ticketId).toBe(first);
    expect((await ben.next()).ticketId).toBe(second);
    ana.close();
    expect(await ben.next()).toMatchObject({ ticketId: first, state: 'left' });
    await expect(ben.next(300)).rejects.toThrow('no event in time');
  });

  it(`keeps at most ${MAX_TICKETS_PER_PRINCIPAL} tickets per person: the oldest presence ends`, async () => {
    const ben = await watch(queue.tokens.lead);
    const ids = Array.from({ length: MAX_TICKETS_PER_PRINCIPAL + 1 }, (_, index) => `tkt_presence_${index}`);
    for (const ticketId of ids) {
      await sayPresence(queue.url, queue.tokens.agent, { ticketId, state: 'viewing' });
      queue.clock.advance(10);
    }
    const heard: string[] = [];
    for (let event = 0; event < ids.length + 1; event++) {
      const entry = await ben.next();
      heard.push(`${entry.ticketId} ${entry.state}`);
    }
    const viewing = ids.map((id) => `${id} viewing`);
    expect(heard).toEqual([...viewing.slice(0, -1), `${ids[0]} left`, viewing.at(-1)]);
  });

  it('refuses bad input with a clear error, and the autopilot', async () => {
    const bad = await sayPresence(queue.url, queue.tokens.agent, { ticketId: 't', state: 'dancing' as 'viewing' });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'validation_failed' } } });
    const badConsole = await sayPresence(queue.url, queue.tokens.agent, { ticketId: 't', state: 'viewing' }, 'a b');
    expect(badConsole).toMatchObject({
      status: 400,
      body: { error: { message: expect.stringContaining('x-switchboard-console') } },
    });
    const robot = await sayPresence(queue.url, queue.tokens.autopilot, { ticketId: 't', state: 'viewing' });
    expect(robot.status).toBe(403);
  });
});
