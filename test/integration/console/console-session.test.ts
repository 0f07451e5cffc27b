import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import type { User } from '../../../shared/api/identity-contract.js';
import type { ConsoleCore } from '../../../electron/core/console-core.js';
import { SessionCredential } from '../../../electron/core/identity/session-credential.js';
import { sessionSecretFile } from '../../../electron/core/identity/session-secret-file.js';
import { startTestQueue, type TestQueue } from '../../helpers/queue-server.js';
import { postTicket } from '../../helpers/test-queue-hooks.js';
import { TestConsoles } from '../../helpers/test-consoles.js';
import { startTcpProxy, type TcpProxy } from '../../helpers/tcp-proxy.js';
import { addUser } from '../identity/identity-fixtures.js';

const PASSWORD = 'correct horse battery staple';

/**
 * A console whose people sign in (issue 18), against a real queue over HTTP on 127.0.0.1 (reached through a TCP proxy
 * the test can cut) with real SQLite caches and the real session file: sign-in, refresh on expiry, signed out with the
 * queue's reason, the hold rule on the outbox, and an offline start from the remembered session.
 */
describe('a signed-in console', () => {
  let queue: TestQueue;
  let proxy: TcpProxy;
  let consoles: TestConsoles;
  let ada: User;
  let ben: User;
  let lee: User;

  beforeAll(async () => {
    queue = await startTestQueue();
    proxy = await startTcpProxy(Number(new URL(queue.url).port));
    consoles = new TestConsoles(() => ({ url: `http://127.0.0.1:${proxy.port}`, dir: queue.dir }));
    ada = await addUser(queue, { email: 'ada@example.com', name: 'Ada Agent', role: 'agent', password: PASSWORD });
    ben = await addUser(queue, { email: 'ben@example.com', name: 'Ben Agent', role: 'agent', password: PASSWORD });
    lee = await addUser(queue, { email: 'lee@example.com', name: 'Lee Lead', role: 'lead', password: PASSWORD });
  });
  afterAll(async () => {
    await consoles.closeAll();
    await proxy.close();
    await queue.close();
  });

  /** A console in sign-in mode on its own cache file and session file. */
  const openSignedInConsole = (name: string): ConsoleCore => {
    const core = consoles.open(`${name}.sqlite`, {
      signIn: { tenantId: queue.tenantId, secrets: sessionSecretFile(join(queue.dir, `${name}-session.json`)) },
    });
    core.session.manager.start();
    return core;
  };

  const signIn = async (core: ConsoleCore, email: string) => {
    const signedIn = await core.service.signInWithPassword({ email, password: PASSWORD });
    if (!signedIn.ok) throw new Error(`${email} could not sign in: ${signedIn.error.message}`);
    return signedIn.value;
  };

  const messagesOf = async (ticketId: string) =>
    (await queue.call<TicketWithMessages>('GET', `/v1/tickets/${ticketId}`)).body.messages.filter(
      (message) => message.author !== 'customer',
    );

  it('signs in with a password, works as that person, and refreshes once when the access token expired', async () => {
    const ticketId = await postTicket(queue);
    const core = openSignedInConsole('refresh');
    const before = await core.service.getSession({});
    expect(before.ok && before.value).toMatchObject({ state: 'signed_out', reason: null, user: null });
    expect(before.ok && before.value.options).toMatchObject({ tenantId: queue.tenantId, localAccounts: true });
    // Signed out: sync does not talk to the queue.
    expect((await core.sync.syncNow()).ok).toBe(false);

    const session = await signIn(core, 'ada@example.com');
    expect(session).toMatchObject({ state: 'signed_in', via: 'password', user: { id: ada.id, name: 'Ada Agent' } });
    expect((await core.sync.syncNow()).ok).toBe(true);
    const status = await core.service.getStatus({});
    expect(status.ok && status.value).toMatchObject({ agentName: 'Ada Agent', role: 'agent' });

    // The console's access token stops working: the queue answers access_expired for one from before a refresh, as
    // for one past its minutes (the queue checks those against its real clock, which a test cannot move). The next
    // request is refused access_expired; the console refreshes once and sends it again.
    const expiredAccess = core.session.client.token;
    expect(await core.session.manager.refresh()).toBe(true);
    const credential = core.session.client.credential;
    if (!(credential instanceof SessionCredential)) throw new Error('A signed-in console sends a session credential.');
    credential.set(expiredAccess);
    expect((await core.service.sendReply({ ticketId, text: 'Your card is on its way.', resolve: false })).ok).toBe(
      true,
    );
    expect((await core.sync.syncNow()).ok).toBe(true);
    expect(core.outbox.count()).toBe(0);
    expect(await messagesOf(ticketId)).toMatchObject([{ text: 'Your card is on its way.', authorName: 'Ada Agent' }]);
    expect(core.session.client.token).toMatch(/^sbs_/);
    expect(core.session.client.token).not.toBe(expiredAccess);
    const after = await core.service.getSession({});
    expect(after.ok && after.value).toMatchObject({ state: 'signed_in', user: { id: ada.id } });
  });

  it('is signed out with the reason when the user is disabled; the outbox is held for its author or a lead', async () => {
    const ticketId = await postTicket(queue);
    const core = openSignedInConsole('offboarding');
    await signIn(core, 'ada@example.com');
    expect((await core.sync.syncNow()).ok).toBe(true);

    // Ada replies while her console cannot reach the queue; meanwhile an admin disables her.
    proxy.cut();
    expect((await core.service.sendReply({ ticketId, text: 'Reply from Ada.', resolve: false })).ok).toBe(true);
    const disabled = await queue.call('PATCH', `/v1/users/${ada.id}`, {
      body: { baseVersion: ada.version, disabled: true },
    });
    expect(disabled.status).toBe(200);
    proxy.restore();
    await core.sync.syncNow();
    const signedOut = await core.service.getSession({});
    expect(signedOut.ok && signedOut.value).toMatchObject({
      state: 'signed_out',
      reason: 'user_disabled',
      user: { id: ada.id },
      held: { count: 1, authors: ['Ada Agent'] },
    });
    expect(core.outbox.count()).toBe(1);

    // Another agent signs in on that console: Ada's reply stays held, Ben's own note goes out.
    await signIn(core, 'ben@example.com');
    expect((await core.service.addNote({ ticketId, text: 'Note from Ben.' })).ok).toBe(true);
    expect((await core.sync.syncNow()).ok).toBe(true);
    expect(await messagesOf(ticketId)).toMatchObject([{ text: 'Note from Ben.', authorName: 'Ben Agent' }]);
    const asBen = await core.service.getSession({});
    expect(asBen.ok && asBen.value.held).toEqual({ count: 1, authors: ['Ada Agent'] });

    // Ben signs out; a lead signs in: the reply goes out, and the queue names the lead, who sent it.
    expect((await core.service.signOut({})).ok).toBe(true);
    await signIn(core, 'lee@example.com');
    expect((await core.sync.syncNow()).ok).toBe(true);
    expect(core.outbox.count()).toBe(0);
    expect(await messagesOf(ticketId)).toMatchObject([
      { text: 'Note from Ben.', authorName: 'Ben Agent' },
      { text: 'Reply from Ada.', authorName: 'Lee Lead' },
    ]);
    const asLee = await core.service.getSession({});
    expect(asLee.ok && asLee.value).toMatchObject({ state: 'signed_in', user: { id: lee.id }, held: { count: 0 } });
    expect(ben.role).toBe('agent');
  });

  it('is signed out by its event stream within 5 s of a revocation, with no request of its own', async () => {
    const sam = await addUser(queue, { email: 'sam@example.com', name: 'Sam', role: 'agent', password: PASSWORD });
    const core = openSignedInConsole('stream');
    await signIn(core, 'sam@example.com');
    core.sync.start();
    // The first round has run: the next one comes only after the poll interval (a minute here), so what signs the
    // console out is its event stream (the queue's last event `signed_out`, or the 401 when it connects again).
    expect((await core.sync.syncNow()).ok).toBe(true);
    const disabledAt = Date.now();
    const disabled = await queue.call('PATCH', `/v1/users/${sam.id}`, {
      body: { baseVersion: sam.version, disabled: true },
    });
    expect(disabled.status).toBe(200);
    await expect
      .poll(() => core.session.manager.state().reason, { timeout: 5_000, interval: 50 })
      .toBe('user_disabled');
    const signedOutMs = Date.now() - disabledAt;
    console.log(`signed out by the event stream ${signedOutMs} ms after the user was disabled`);
    expect(signedOutMs).toBeLessThan(5_000);
  });

  it('starts offline as the remembered person and refreshes when the queue answers again', async () => {
    const ticketId = await postTicket(queue);
    const first = openSignedInConsole('offline');
    await signIn(first, 'ben@example.com');
    expect((await first.sync.syncNow()).ok).toBe(true);
    await consoles.close(first);

    proxy.cut();
    const again = openSignedInConsole('offline');
    const offline = await again.service.getSession({});
    expect(offline.ok && offline.value).toMatchObject({ state: 'signed_in', via: 'password', user: { id: ben.id } });
    expect((await again.service.addNote({ ticketId, text: 'Written offline by Ben.' })).ok).toBe(true);
    expect(again.outbox.entries()[0]?.author).toEqual({ tenantId: queue.tenantId, userId: ben.id, name: 'Ben Agent' });

    proxy.restore();
    await expect.poll(() => again.session.manager.connected(), { timeout: 15_000 }).toBe(true);
    expect((await again.sync.syncNow()).ok).toBe(true);
    expect(await messagesOf(ticketId)).toMatchObject([{ text: 'Written offline by Ben.', authorName: 'Ben Agent' }]);
  });
});
