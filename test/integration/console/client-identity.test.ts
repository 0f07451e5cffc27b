import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConsoleStores, wireConsole, type ConsoleCore } from '../../../electron/core/console-core.js';
import { openLocalDatabase } from '../../../electron/core/store/local-database.js';
import { CLIENT_ID_KEY, MetaStore } from '../../../electron/core/store/meta-store.js';
import { buildQueueApp } from '../../../server/app.js';
import { ensureDemoTenant, type DemoTokensFile } from '../../../server/demo-tenant.js';
import { SqliteQueueStore } from '../../../server/storage/sqlite-queue-store.js';

/**
 * The queue binds a client id to the token that first pushed under it and refuses ids far past its
 * count of a client's changes (issue 21, finding 3). A console puts both right by itself: after its
 * token changed it takes a new client id, and when the queue's count is behind its numbering (a
 * restored queue database, a new client id) it numbers its waiting changes on from that count.
 */
describe('a console recovers from refusals of its client id or numbering', () => {
  let dir: string;
  let store: SqliteQueueStore;
  let app: FastifyInstance;
  let url: string;
  let tokens: DemoTokensFile['tokens'];
  let ticketId: string;
  const open: ConsoleCore[] = [];
  const log: string[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'switchboard-client-identity-'));
    store = SqliteQueueStore.open(join(dir, 'queue.sqlite'));
    await ensureDemoTenant(store, join(dir, 'tokens.json'));
    tokens = (JSON.parse(readFileSync(join(dir, 'tokens.json'), 'utf8')) as DemoTokensFile).tokens;
    app = buildQueueApp({ store });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    const posted = await fetch(`${url}/v1/tickets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        subject: 'Card question',
        text: 'Where is my card?',
        customer: { id: 'cus_1', name: 'Lea Novak', tier: 'standard' },
      }),
    });
    ticketId = ((await posted.json()) as { ticket: { id: string } }).ticket.id;
    log.length = 0;
  });

  afterEach(async () => {
    for (const core of open.splice(0)) {
      await core.sync.stop();
      core.db.close();
    }
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function openConsole(token: string): ConsoleCore {
    const core = wireConsole(openConsoleStores(openLocalDatabase(join(dir, 'console.sqlite'))), {
      queueUrl: url,
      token,
      agentName: 'Ana',
      tenantName: 'Demo',
      newClientId: () => 'console-ana',
      queueTimeoutMs: 2_000,
      pollIntervalMs: 60_000,
      log: (line) => log.push(line),
    });
    open.push(core);
    return core;
  }

  async function closeConsole(core: ConsoleCore): Promise<void> {
    await core.sync.stop();
    core.db.close();
    open.splice(open.indexOf(core), 1);
  }

  const agentNotes = async (): Promise<string[]> => {
    const response = await fetch(`${url}/v1/tickets/${ticketId}`, {
      headers: { authorization: `Bearer ${tokens.admin}` },
    });
    const body = (await response.json()) as { messages: { kind: string; text: string }[] };
    return body.messages.filter((m) => m.kind === 'note').map((m) => m.text);
  };

  it("started again with another token (an agent's console reopened as a lead's), it takes a new client id and its changes arrive", async () => {
    const asAgent = openConsole(tokens.agent);
    expect((await asAgent.sync.syncNow()).ok).toBe(true);
    expect((await asAgent.service.addNote({ ticketId, text: 'As the agent.' })).ok).toBe(true);
    expect((await asAgent.sync.syncNow()).ok).toBe(true);
    await closeConsole(asAgent);

    const asLead = openConsole(tokens.lead);
    expect((await asLead.service.addNote({ ticketId, text: 'As the lead.' })).ok).toBe(true);
    expect((await asLead.sync.syncNow()).ok).toBe(true);
    expect(asLead.outbox.count()).toBe(0);
    expect(await agentNotes()).toEqual(['As the agent.', 'As the lead.']);
    const renewed = new MetaStore(asLead.db).get(CLIENT_ID_KEY);
    expect(renewed).not.toBe('console-ana');
    expect(log.some((line) => line.includes('console-ana') && line.includes('another token'))).toBe(true);
    // The next start keeps the new id: nothing is refused any more.
    await closeConsole(asLead);
    const again = openConsole(tokens.lead);
    expect((await again.sync.syncNow()).ok).toBe(true);
    expect(new MetaStore(again.db).get(CLIENT_ID_KEY)).toBe(renewed);
  });

  it("numbers its waiting changes on from the queue's count when that is far behind (a restored queue database)", async () => {
    const core = openConsole(tokens.agent);
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
