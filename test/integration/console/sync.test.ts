import { describe, expect, it } from 'vitest';
import { MetaStore } from '../../../electron/core/store/meta-store.js';
import { startDemoQueue, type DemoQueue } from '../../helpers/demo-queue.js';
import { consolesOverFreshQueue } from '../../helpers/test-consoles.js';

describe('console sync against a real queue on loopback', () => {
  let queue: DemoQueue;
  const consoles = consolesOverFreshQueue(async () => (queue = await startDemoQueue()));

  const openConsole = (name = 'console.sqlite') =>
    consoles.open(name, {
      token: queue.tokens.tokens.agent,
      newClientId: () => `console-${name}`,
    });

  it('pulls tickets and messages into the local cache and advances the cursor', async () => {
    const first = await queue.postTicket('My card has not arrived yet, what should I do?');
    const second = await queue.postTicket('I was charged twice for one payment.');
    const console1 = openConsole();
    expect((await console1.sync.syncNow()).ok).toBe(true);
    expect(console1.cache.getTicket(first.ticket.id)?.status).toBe('new');
    expect(console1.cache.listMessages(second.ticket.id).map((m) => m.text)).toEqual([
      'I was charged twice for one payment.',
    ]);
    expect(console1.cache.countTickets()).toBe(2);
    expect(Number(new MetaStore(console1.db).get('feedCursor'))).toBeGreaterThan(0);
  });

  it('reads the whole feed again when the queue no longer knows its cursor (a restored queue database)', async () => {
    const posted = await queue.postTicket('Has my top-up arrived?');
    const console1 = openConsole();
    new MetaStore(console1.db).set('feedCursor', '999999');
    expect((await console1.sync.syncNow()).ok).toBe(true);
    expect(console1.cache.getTicket(posted.ticket.id)?.status).toBe('new');
    expect(Number(new MetaStore(console1.db).get('feedCursor'))).toBeLessThan(999999);
  });

  it('keeps a reply made offline across a restart and delivers it exactly once', async () => {
    const posted = await queue.postTicket('Someone used my card without permission.');
    let console1 = openConsole();
    await console1.sync.syncNow();
    await queue.stop();

    const sent = await console1.service.sendReply({
      ticketId: posted.ticket.id,
      text: 'We have blocked the card.',
      resolve: true,
    });
    expect(sent.ok).toBe(true);
    expect((await console1.sync.syncNow()).ok).toBe(false);
    const status = await console1.service.getStatus({});
    expect(status.ok && status.value.unsentChanges).toBe(1);
    expect(status.ok && status.value.online).toBe(false);
    const local = await console1.service.getTicket({ ticketId: posted.ticket.id });
    expect(local.ok && local.value.ticket.status).toBe('resolved');
    expect(local.ok && local.value.messages.filter((m) => m.pending).map((m) => m.text)).toEqual([
      'We have blocked the card.',
    ]);

    // The console restarts while the queue is still down: nothing is lost.
    await consoles.close(console1);
    console1 = openConsole();
    expect(console1.outbox.count()).toBe(1);

    await queue.start();
    expect((await console1.sync.syncNow()).ok).toBe(true);
    expect(console1.outbox.count()).toBe(0);
    const stored = await queue.admin<{ ticket: { status: string }; messages: { author: string; text: string }[] }>(
      'GET',
      `/tickets/${posted.ticket.id}`,
    );
    expect(stored.ticket.status).toBe('resolved');
    expect(stored.messages.filter((m) => m.author === 'agent').map((m) => m.text)).toEqual([
      'We have blocked the card.',
    ]);
    const after = await console1.service.getTicket({ ticketId: posted.ticket.id });
    expect(after.ok && after.value.messages.every((m) => !m.pending)).toBe(true);
  });

  it("merges another console's note with this console's reply made offline", async () => {
    const posted = await queue.postTicket('Where is my new card?');
    const agentA = openConsole('a.sqlite');
    await agentA.sync.syncNow();
    await queue.stop();
    await agentA.service.sendReply({ ticketId: posted.ticket.id, text: 'It is on its way.', resolve: true });
    // Made offline: it waits in the outbox. Once the queue is back, A's sync engine may push it on its own (its event
    // stream reconnects, its retry comes due) before or after B's note: either order must merge.
    expect(agentA.outbox.count()).toBe(1);
    await queue.start();
    const agentB = openConsole('b.sqlite');
    await agentB.sync.syncNow();
    await agentB.service.addNote({ ticketId: posted.ticket.id, text: 'Customer is a VIP.' });
    await agentB.sync.syncNow();

    await agentA.sync.syncNow();
    await agentB.sync.syncNow();
    for (const agent of [agentA, agentB]) {
      const view = await agent.service.getTicket({ ticketId: posted.ticket.id });
      expect(view.ok && view.value.ticket.status).toBe('resolved');
      const seen = view.ok ? view.value.messages.map((m) => `${m.kind}:${m.text}`).sort() : [];
      expect(seen).toEqual(['note:Customer is a VIP.', 'reply:It is on its way.', 'reply:Where is my new card?']);
    }
  });
});
