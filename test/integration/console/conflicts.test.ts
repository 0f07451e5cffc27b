import { describe, expect, it } from 'vitest';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import { startDemoQueue, type DemoQueue } from '../../helpers/demo-queue.js';
import { consolesOverFreshQueue } from '../../helpers/test-consoles.js';

describe('conflicts decided by the queue, offline order, retention', () => {
  let queue: DemoQueue;
  const consoles = consolesOverFreshQueue(async () => (queue = await startDemoQueue()));

  const openConsole = (name: string, now?: () => Date) =>
    consoles.open(`${name}.sqlite`, {
      token: queue.tokens.tokens.agent,
      agentName: name,
      newClientId: () => `console-${name}`,
      now,
    });
  const queued = (id: string) => queue.admin<TicketWithMessages>('GET', `/tickets/${id}`);

  it('two consoles answer the same ticket: the second reply is refused, shown as not sent, and its text kept', async () => {
    const posted = await queue.postTicket('Someone used my card.');
    const a = openConsole('a');
    const b = openConsole('b');
    await a.sync.syncNow();
    await b.sync.syncNow();
    const seen = b.cache.getTicket(posted.ticket.id)?.version ?? -1;

    await a.service.sendReply({ ticketId: posted.ticket.id, text: 'Reply from A.', resolve: false });
    await a.sync.syncNow();
    const sent = await b.service.sendReply({
      ticketId: posted.ticket.id,
      text: 'Reply from B, typed meanwhile.',
      resolve: false,
      baseVersion: seen,
    });
    expect(sent.ok).toBe(true);
    await b.sync.syncNow();

    const stored = await queued(posted.ticket.id);
    expect(stored.messages.filter((m) => m.author === 'agent').map((m) => m.text)).toEqual(['Reply from A.']);
    const view = await b.service.getTicket({ ticketId: posted.ticket.id });
    if (!view.ok) throw new Error(view.error.message);
    expect(view.value.unsent).toMatchObject([
      { kind: 'reply', reason: 'answered_elsewhere', text: 'Reply from B, typed meanwhile.' },
    ]);
    expect(view.value.messages.map((m) => m.text)).toEqual(['Someone used my card.', 'Reply from A.']);
    expect(view.value.messages.some((m) => m.pending)).toBe(false);
    expect(b.outbox.count()).toBe(0);
    const status = await b.service.getStatus({});
    expect(status.ok && status.value.unsentConflicts).toBe(1);

    // Dismissing removes it from the not-sent list.
    const id = view.value.unsent?.[0]?.id ?? -1;
    expect((await b.service.dismissUnsent({ id })).ok).toBe(true);
    const after = await b.service.getTicket({ ticketId: posted.ticket.id });
    expect(after.ok && after.value.unsent).toEqual([]);
  });

  it('a reply based on a version before a reassignment, and one before a resolution elsewhere, are refused with the reason', async () => {
    const reassigned = await queue.postTicket('Please close my account.');
    const resolved = await queue.postTicket('Please raise my limit.');
    const a = openConsole('a');
    await a.sync.syncNow();
    const seenReassigned = a.cache.getTicket(reassigned.ticket.id)?.version ?? -1;
    const seenResolved = a.cache.getTicket(resolved.ticket.id)?.version ?? -1;

    // A lead moves one ticket to another queue; another agent resolves the other.
    const lead = await queue.admin<{ results: Array<{ status: string }> }>(
      'POST',
      '/mutations',
      {
        clientId: 'lead-console',
        mutations: [
          {
            id: 1,
            type: 'reassign',
            ticketId: reassigned.ticket.id,
            messageId: 'lead-1',
            ownerQueue: 'retention',
            agentName: 'Lead',
            createdAt: new Date().toISOString(),
          },
          {
            id: 2,
            type: 'agent_reply',
            ticketId: resolved.ticket.id,
            messageId: 'lead-2',
            text: 'Done, limit raised.',
            resolve: true,
            agentName: 'Bo',
            createdAt: new Date().toISOString(),
          },
        ],
      },
      queue.tokens.tokens.lead,
    );
    expect(lead.results.map((r) => r.status)).toEqual(['applied', 'applied']);

    await a.service.sendReply({
      ticketId: reassigned.ticket.id,
      text: 'I will close it now.',
      resolve: true,
      baseVersion: seenReassigned,
    });
    await a.service.sendReply({
      ticketId: resolved.ticket.id,
      text: 'Let me check the limit.',
      resolve: false,
      baseVersion: seenResolved,
    });
    await a.service.addNote({ ticketId: resolved.ticket.id, text: 'Notes never conflict.' });
    await a.sync.syncNow();

    const one = await a.service.getTicket({ ticketId: reassigned.ticket.id });
    const two = await a.service.getTicket({ ticketId: resolved.ticket.id });
    if (!one.ok || !two.ok) throw new Error('ticket missing');
    expect(one.value.unsent).toMatchObject([{ reason: 'reassigned', text: 'I will close it now.', resolve: true }]);
    expect(one.value.ticket.ownerQueue).toBe('retention');
    expect(two.value.unsent).toMatchObject([{ reason: 'resolved_elsewhere', text: 'Let me check the limit.' }]);
    expect(two.value.ticket.status).toBe('resolved');
    const stored = await queued(resolved.ticket.id);
    expect(stored.messages.map((m) => `${m.kind}:${m.text}`)).toEqual([
      'reply:Please raise my limit.',
      'reply:Done, limit raised.',
      'note:Notes never conflict.',
    ]);
    expect((await queued(reassigned.ticket.id)).ticket.status).toBe(reassigned.ticket.status);
  });

  it("a console's own earlier changes and customer messages never make its next reply conflict", async () => {
    const posted = await queue.postTicket('Card blocked?');
    const a = openConsole('a');
    await a.sync.syncNow();
    const seen = a.cache.getTicket(posted.ticket.id)?.version ?? -1;
    await a.service.sendReply({ ticketId: posted.ticket.id, text: 'First.', resolve: false, baseVersion: seen });
    await a.sync.syncNow();
    await queue.admin('POST', `/tickets/${posted.ticket.id}/messages`, { text: 'Thanks, and?' });
    await a.service.sendReply({ ticketId: posted.ticket.id, text: 'Second.', resolve: true, baseVersion: seen });
    await a.sync.syncNow();
    const stored = await queued(posted.ticket.id);
    expect(stored.messages.filter((m) => m.author === 'agent').map((m) => m.text)).toEqual(['First.', 'Second.']);
    expect(stored.ticket.status).toBe('resolved');
  });

  it('works offline (read, search, reply, note) and sends everything in order on reconnect', async () => {
    const first = await queue.postTicket('Mein Konto ist gesperrt.');
    const second = await queue.postTicket('我的卡被锁了');
    const a = openConsole('a');
    await a.sync.syncNow();
    await queue.stop();

    expect((await a.service.getTicket({ ticketId: first.ticket.id })).ok).toBe(true);
    const found = await a.service.searchTickets({ text: '锁' });
    expect(found.ok && found.value.hits.map((h) => h.ticket.id)).toEqual([second.ticket.id]);
    await a.service.addNote({ ticketId: second.ticket.id, text: 'Offline note one' });
    await a.service.sendReply({ ticketId: first.ticket.id, text: 'Offline reply', resolve: false });
    await a.service.addNote({ ticketId: first.ticket.id, text: 'Offline note two' });
    await a.service.sendReply({ ticketId: second.ticket.id, text: 'Offline reply two', resolve: true });
    const notes = await a.service.searchTickets({ text: 'offline note' });
    expect(notes.ok && notes.value.hits.map((h) => h.ticket.id).sort()).toEqual(
      [first.ticket.id, second.ticket.id].sort(),
    );
    expect((await a.sync.syncNow()).ok).toBe(false);
    expect(a.outbox.count()).toBe(4);

    await queue.start();
    expect((await a.sync.syncNow()).ok).toBe(true);
    expect(a.outbox.count()).toBe(0);
    const agentMessages = [...(await queued(first.ticket.id)).messages, ...(await queued(second.ticket.id)).messages]
      .filter((m) => m.author === 'agent')
      .sort((x, y) => x.seq - y.seq)
      .map((m) => m.text);
    expect(agentMessages).toEqual(['Offline note one', 'Offline reply', 'Offline note two', 'Offline reply two']);
  });

  it('retention drops old closed tickets; one that changes again comes back with its whole thread', async () => {
    const posted = await queue.postTicket('Old question');
    let clock = new Date();
    const a = openConsole('a', () => clock);
    await a.service.setCacheSettings({ retentionDays: 30 });
    await a.sync.syncNow();
    await a.service.sendReply({ ticketId: posted.ticket.id, text: 'Answered.', resolve: true });
    await a.sync.syncNow();
    expect(a.cache.getTicket(posted.ticket.id)?.status).toBe('resolved');

    clock = new Date(Date.now() + 40 * 86_400_000);
    const applied = await a.service.setCacheSettings({ retentionDays: 30 });
    expect(applied.ok && applied.value.removedTickets).toBe(1);
    expect(a.cache.getTicket(posted.ticket.id)).toBeNull();

    await queue.admin('POST', `/tickets/${posted.ticket.id}/messages`, { text: 'It happened again.' });
    await a.sync.syncNow();
    expect(a.cache.listMessages(posted.ticket.id).map((m) => m.text)).toEqual([
      'Old question',
      'Answered.',
      'It happened again.',
    ]);
  });
});
