import { beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_ID_KEY, MetaStore } from '../../../electron/core/store/meta-store.js';
import { startDemoQueue, type DemoQueue } from '../../helpers/demo-queue.js';
import { consolesOverFreshQueue } from '../../helpers/test-consoles.js';

/**
 * The queue binds a client id to the token that first pushed under it and refuses ids far past its
 * count of a client's changes (issue 21, finding 3). A console puts both right by itself: after its
 * token changed it takes a new client id, and when the queue's count is behind its numbering (a
 * restored queue database, a new client id) it numbers its waiting changes on from that count.
 */
describe('a console recovers from refusals of its client id or numbering', () => {
  let queue: DemoQueue;
  let ticketId: string;
  const consoles = consolesOverFreshQueue(async () => (queue = await startDemoQueue()));
  const log: string[] = [];

  beforeEach(async () => {
    ticketId = (await queue.postTicket('Where is my card?')).ticket.id;
    log.length = 0;
  });

  const openConsole = (token: string) =>
    consoles.open('console.sqlite', {
      token,
      newClientId: () => 'console-ana',
      log: (line) => log.push(line),
    });

  const agentNotes = async (): Promise<string[]> => {
    const body = await queue.admin<{ messages: { kind: string; text: string }[] }>('GET', `/tickets/${ticketId}`);
    return body.messages.filter((m) => m.kind === 'note').map((m) => m.text);
  };

  it("started again with another token (an agent's console reopened as a lead's), it takes a new client id and its changes arrive", async () => {
    const asAgent = openConsole(queue.tokens.tokens.agent);
    expect((await asAgent.sync.syncNow()).ok).toBe(true);
    expect((await asAgent.service.addNote({ ticketId, text: 'As the agent.' })).ok).toBe(true);
    expect((await asAgent.sync.syncNow()).ok).toBe(true);
    await consoles.close(asAgent);

    const asLead = openConsole(queue.tokens.tokens.lead);
    expect((await asLead.service.addNote({ ticketId, text: 'As the lead.' })).ok).toBe(true);
    expect((await asLead.sync.syncNow()).ok).toBe(true);
    expect(asLead.outbox.count()).toBe(0);
    expect(await agentNotes()).toEqual(['As the agent.', 'As the lead.']);
    const renewed = new MetaStore(asLead.db).get(CLIENT_ID_KEY);
    expect(renewed).not.toBe('console-ana');
    expect(log.some((line) => line.includes('console-ana') && line.includes('another token'))).toBe(true);
    // The next start keeps the new id: nothing is refused any more.
    await consoles.close(asLead);
    const again = openConsole(queue.tokens.tokens.lead);
    expect((await again.sync.syncNow()).ok).toBe(true);
    expect(new MetaStore(again.db).get(CLIENT_ID_KEY)).toBe(renewed);
  });

  it("numbers its waiting changes on from the queue's count when that is far behind (a restored queue database)", async () => {
    const core = openConsole(queue.tokens.tokens.agent);
    expect((await core.sync.syncNow()).ok).toBe(true);
    // The queue's database was restored from before this console's last 5,000 changes.
    new MetaStore(core.db).set('lastMutationId', '5000');
    expect((await core.service.addNote({ ticketId, text: 'After the restore.' })).ok).toBe(true);
    expect((await core.service.addNote({ ticketId, text: 'And one more.' })).ok).toBe(true);
    expect(core.outbox.peek(10).map((m) => m.id)).toEqual([5001, 5002]);

    expect((await core.sync.syncNow()).ok).toBe(true);
    expect(core.outbox.count()).toBe(0);
    expect(await agentNotes()).toEqual(['After the restore.', 'And one more.']);
    expect(new MetaStore(core.db).get('lastMutationId')).toBe('2');
    expect(log.some((line) => line.includes('numbered on'))).toBe(true);
    // Numbering goes on from there.
    expect((await core.service.addNote({ ticketId, text: 'Third.' })).ok).toBe(true);
    expect(core.outbox.peek(10).map((m) => m.id)).toEqual([3]);
    expect((await core.sync.syncNow()).ok).toBe(true);
    expect(await agentNotes()).toHaveLength(3);
  });
});
