import { describe, expect, it } from 'vitest';
import type { ConsoleEvent } from '../../../shared/api/console-contract.js';
import { NewUserSchema } from '../../../shared/api/identity-contract.js';
import type { ConsoleCore } from '../../../electron/core/console-core.js';
import { issueApiToken } from '../../../server/auth/api-token-admin.js';
import { addUser } from '../../../server/auth/user-admin.js';
import { startTestQueue, type TestQueue } from '../../helpers/queue-server.js';
import { postTicket } from '../../helpers/test-queue-hooks.js';
import { consolesOverFreshQueue } from '../../helpers/test-consoles.js';
import { note } from '../queue/builders.js';

const ADMIN = { name: 'test admin', role: 'admin' };

/** A person of the test tenant with an agent token bound to them (their console's credential). */
async function agentWithToken(queue: TestQueue, name: string): Promise<{ id: string; token: string }> {
  const email = `${name.split(' ')[0]?.toLowerCase()}@example.com`;
  const user = await addUser(
    queue.store,
    queue.tenantId,
    NewUserSchema.parse({ email, name, role: 'agent' }),
    ADMIN,
    new Date(),
  );
  const issued = await issueApiToken(
    queue.store,
    queue.tenantId,
    { name, role: 'agent', expiresInDays: null },
    ADMIN,
    new Date(),
  );
  expect(await queue.store.identity.bindApiToken(queue.tenantId, issued.token.id, user.id, ADMIN)).toBe(true);
  return { id: user.id, token: issued.secret };
}

/**
 * Issue 19, mentions at the console: Ben's console over a real SQLite cache and a real queue. Notes by Ana that mention
 * Ben are recorded as sync applies the feed; each new one is notified once (never one from before Ben's first sync, one
 * he wrote, or one seen again after a restart), listed newest first, and read once marked.
 */
describe('mentions of the console’s person', () => {
  let queue: TestQueue;
  const consoles = consolesOverFreshQueue(async () => (queue = await startTestQueue()));

  const mentionedEvents = (core: ConsoleCore) => {
    const events: Extract<ConsoleEvent, { type: 'mentioned' }>[] = [];
    core.service.subscribe((event) => {
      if (event.type === 'mentioned') events.push(event);
    });
    return events;
  };
  const synced = async (core: ConsoleCore) => expect((await core.sync.syncNow()).ok).toBe(true);
  const answer = async <T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) => {
    const answered = await result;
    if (!answered.ok) throw new Error(answered.error.message);
    return answered.value;
  };

  it('notifies a new note mentioning me once, lists it, marks it read, and never again after a restart', async () => {
    const ana = await agentWithToken(queue, 'Ana Agent');
    const ben = await agentWithToken(queue, 'Ben Agent');
    const ticketId = await postTicket(queue, { subject: 'Card declined twice' });
    let mutationId = 0;
    const anaNotes = async (text: string, mentions: string[]) => {
      mutationId += 1;
      const pushed = await queue.push('ana-console', [note(mutationId, ticketId, { text, mentions })], ana.token);
      expect(pushed.results[0]?.status).toBe('applied');
      return `note-${mutationId}-${ticketId}`;
    };

    const old = await anaNotes('Before Ben ever synced, @Ben Agent', [ben.id]);
    let console = consoles.open('ben.sqlite', { token: ben.token, agentName: 'Ben' });
    await console.identity.refresh();
    let told = mentionedEvents(console);
    await synced(console);
    expect(told).toEqual([]);

    const fresh = await anaNotes('@Ben Agent can you check the ledger?', [ben.id, ana.id]);
    await synced(console);
    expect(told).toEqual([
      { type: 'mentioned', ticketId, messageId: fresh, by: 'Ana Agent', subject: 'Card declined twice' },
    ]);
    // Ben's own note naming himself is no news to him.
    await answer(console.service.addNote({ ticketId, text: 'Noted, @Ben Agent', mentions: [ben.id] }));
    await synced(console);
    await synced(console);
    expect(told).toHaveLength(1);

    const listed = await answer(console.service.listMentions({}));
    expect(listed.unread).toBe(1);
    expect(listed.mentions.map((m) => [m.messageId, m.read])).toEqual([
      [expect.any(String), true],
      [fresh, false],
      [old, true],
    ]);
    expect(listed.mentions[1]).toMatchObject({
      ticketId,
      subject: 'Card declined twice',
      by: 'Ana Agent',
      excerpt: '@Ben Agent can you check the ledger?',
    });
    expect(await answer(console.service.markMentionsRead({ ticketId }))).toEqual({ marked: 1 });
    expect((await answer(console.service.listMentions({}))).unread).toBe(0);
    expect(await answer(console.service.markMentionsRead({ ticketId }))).toEqual({ marked: 0 });

    // A restart that reads the whole feed again (its cursor lost) notifies nothing it told before; a new note, once.
    await consoles.close(console);
    const later = await anaNotes('And @Ben Agent, the refund too', [ben.id]);
    console = consoles.open('ben.sqlite', { token: ben.token, agentName: 'Ben' });
    console.meta.set('feedCursor', '0');
    told = mentionedEvents(console);
    await synced(console);
    expect(told.map((event) => event.messageId)).toEqual([later]);
    expect((await answer(console.service.listMentions({}))).unread).toBe(1);
  });

  it('lists the people from the queue, and the kept list offline', async () => {
    await agentWithToken(queue, 'Ana Agent');
    const ben = await agentWithToken(queue, 'Ben Agent');
    const online = consoles.open('people.sqlite', { token: ben.token, agentName: 'Ben' });
    const people = await answer(online.service.listPeople({}));
    expect(people.fromCache).toBe(false);
    expect(people.people.map((p) => p.name)).toEqual(['Ana Agent', 'Ben Agent']);

    const offline = await consoles.reopenOffline(online);
    expect(await answer(offline.service.listPeople({}))).toEqual({ ...people, fromCache: true });
  });

  it('offline with nothing kept, says the list is not known yet', async () => {
    const ben = await agentWithToken(queue, 'Ben Agent');
    const offline = await consoles.reopenOffline(
      consoles.open('nobody.sqlite', { token: ben.token, agentName: 'Ben' }),
    );
    const answered = await offline.service.listPeople({});
    expect(answered).toMatchObject({ ok: false, error: { code: 'queue_unreachable' } });
  });
});
