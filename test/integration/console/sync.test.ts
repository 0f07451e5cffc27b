import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openConsoleStores, wireConsole, type ConsoleCore } from '../../../electron/core/console-core.js';
import { openLocalDatabase } from '../../../electron/core/store/local-database.js';
import { MetaStore } from '../../../electron/core/store/meta-store.js';
import { buildQueueApp } from '../../../server/app.js';
import { ensureDemoTenant, type DemoTokensFile } from '../../../server/demo-tenant.js';
import { SqliteQueueStore } from '../../../server/storage/sqlite-queue-store.js';
import { freePort } from '../../helpers/child-process.js';

type ConsoleParts = ConsoleCore;

describe('console sync against a real queue on loopback', () => {
  let dir: string;
  let store: SqliteQueueStore;
  let app: FastifyInstance;
  let port: number;
  let tokens: DemoTokensFile;
  const open: ConsoleParts[] = [];

  async function startQueue(): Promise<void> {
    store = SqliteQueueStore.open(join(dir, 'queue.sqlite'));
    await ensureDemoTenant(store, join(dir, 'tokens.json'));
    tokens = JSON.parse(readFileSync(join(dir, 'tokens.json'), 'utf8')) as DemoTokensFile;
    app = buildQueueApp({ store });
    await app.listen({ host: '127.0.0.1', port });
  }

  async function stopQueue(): Promise<void> {
    await app.close();
    await store.close();
  }

  function openConsole(name = 'console.sqlite'): ConsoleParts {
    const parts = wireConsole(openConsoleStores(openLocalDatabase(join(dir, name))), {
      queueUrl: `http://127.0.0.1:${port}`,
      token: tokens.tokens.agent,
      agentName: 'Ana',
      tenantName: 'Demo',
      newClientId: () => `console-${name}`,
      queueTimeoutMs: 2_000,
      pollIntervalMs: 60_000,
    });
    open.push(parts);
    return parts;
  }

  async function closeConsole(parts: ConsoleParts): Promise<void> {
    await parts.sync.stop();
    parts.db.close();
    open.splice(open.indexOf(parts), 1);
  }

  async function admin<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`http://127.0.0.1:${port}/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${tokens.tokens.admin}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    expect(response.ok).toBe(true);
    return (await response.json()) as T;
  }

  const postTicket = (text: string) =>
    admin<{ ticket: { id: string } }>('POST', '/tickets', {
      subject: 'Card question',
      text,
      customer: { id: 'cus_1', name: 'Lea Novak', tier: 'standard' },
    });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'switchboard-sync-'));
    port = await freePort();
    await startQueue();
  });

  afterEach(async () => {
    for (const parts of [...open]) await closeConsole(parts);
    await stopQueue().catch(() => undefined);
  });

  it('pulls tickets and messages into the local cache and advances the cursor', async () => {
    const first = await postTicket('My card has not arrived yet, what should I do?');
    const second = await postTicket('I was charged twice for one payment.');
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
    const posted = await postTicket('Has my top-up arrived?');
    const console1 = openConsole();
    new MetaStore(console1.db).set('feedCursor', '999999');
    expect((await console1.sync.syncNow()).ok).toBe(true);
    expect(console1.cache.getTicket(posted.ticket.id)?.status).toBe('new');
    expect(Number(new MetaStore(console1.db).get('feedCursor'))).toBeLessThan(999999);
  });

  it('keeps a reply made offline across a restart and delivers it exactly once', async () => {
    const posted = await postTicket('Someone used my card without permission.');
    let console1 = openConsole();
    await console1.sync.syncNow();
    await stopQueue();

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
    await closeConsole(console1);
    console1 = openConsole();
    expect(console1.outbox.count()).toBe(1);

    await startQueue();
    expect((await console1.sync.syncNow()).ok).toBe(true);
    expect(console1.outbox.count()).toBe(0);
    const stored = await admin<{ ticket: { status: string }; messages: { author: string; text: string }[] }>(
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
    const posted = await postTicket('Where is my new card?');
    const agentA = openConsole('a.sqlite');
    await agentA.sync.syncNow();
    await stopQueue();
    await agentA.service.sendReply({ ticketId: posted.ticket.id, text: 'It is on its way.', resolve: true });
    await startQueue();
    const agentB = openConsole('b.sqlite');
    await agentB.sync.syncNow();
    await agentB.service.addNote({ ticketId: posted.ticket.id, text: 'Customer is a VIP.' });
    await agentB.sync.syncNow();
    expect(agentA.outbox.count()).toBe(1);

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
