import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openConsoleStores, wireConsole, type ConsoleCore } from '../../../electron/core/console-core.js';
import { openLocalDatabase } from '../../../electron/core/store/local-database.js';
import type { ConsoleEvent } from '../../../shared/api/console-contract.js';
import type { PresenceEntry } from '../../../shared/api/presence-contract.js';
import { startTestQueue, type TestQueue } from '../../helpers/queue-server.js';

/**
 * Issue 19, presence between two consoles (console core over a real queue on 127.0.0.1): what Ana's console says
 * reaches Ben's as presence_changed events and listPresence, never Ana's own list; `left` and Ana's console closing
 * (its event stream) clear it on Ben's.
 */
describe('presence between two consoles', () => {
  let queue: TestQueue;
  let dir = '';
  const cores: ConsoleCore[] = [];
  const heard: PresenceEntry[] = [];
  const core = (index: number): ConsoleCore => {
    const started = cores[index];
    if (!started) throw new Error('The consoles run only inside the tests.');
    return started;
  };

  beforeAll(async () => {
    queue = await startTestQueue();
    dir = mkdtempSync(join(tmpdir(), 'switchboard-presence-consoles-'));
    for (const [name, token] of [
      ['ana', queue.tokens.agent],
      ['ben', queue.tokens.lead],
    ] as const) {
      const started = wireConsole(openConsoleStores(openLocalDatabase(join(dir, `${name}.sqlite`))), {
        queueUrl: queue.url,
        token,
        agentName: name,
        pollIntervalMs: 600_000,
      });
      started.sync.start();
      cores.push(started);
    }
    core(1).service.subscribe((event: ConsoleEvent) => {
      if (event.type === 'presence_changed') heard.push(event.entry);
    });
    // Both consoles online and their event streams open (a presence can only be heard by a stream that is open).
    await vi.waitFor(
      () => {
        if (!cores.every((started) => started.sync.current.online)) throw new Error('a console is not online yet');
        if (queue.events.listenerCount(queue.tenantId) < 2) throw new Error('an event stream is not open yet');
      },
      { timeout: 20_000, interval: 50 },
    );
  }, 30_000);

  afterAll(async () => {
    for (const started of cores) {
      started.presence.stop();
      await started.sync.stop();
      started.db.close();
    }
    await queue?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const lastHeard = () => heard.at(-1);

  it("Ana's viewing and typing reach Ben's console, not her own list; left clears it", async () => {
    const ana = core(0).service;
    const ben = core(1).service;
    expect(await ana.setPresence({ ticketId: 'tkt_1', state: 'viewing' })).toEqual({
      ok: true,
      value: { shared: true },
    });
    await expect.poll(lastHeard).toMatchObject({ ticketId: 'tkt_1', state: 'viewing', name: 'payments agent' });
    await ana.setPresence({ ticketId: 'tkt_1', state: 'typing' });
    await expect.poll(lastHeard).toMatchObject({ ticketId: 'tkt_1', state: 'typing' });
    expect(await ben.listPresence({})).toMatchObject({ ok: true, value: { entries: [{ state: 'typing' }] } });
    expect(await ana.listPresence({})).toEqual({ ok: true, value: { entries: [] } });

    await ana.setPresence({ ticketId: 'tkt_1', state: 'left' });
    await expect.poll(lastHeard).toMatchObject({ ticketId: 'tkt_1', state: 'left' });
    expect(await ben.listPresence({})).toEqual({ ok: true, value: { entries: [] } });
  });

  it("Ana's console closing ends her presence on Ben's", async () => {
    await core(0).service.setPresence({ ticketId: 'tkt_2', state: 'viewing' });
    await expect.poll(lastHeard).toMatchObject({ ticketId: 'tkt_2', state: 'viewing' });
    await core(0).sync.stop();
    await expect.poll(lastHeard).toMatchObject({ ticketId: 'tkt_2', state: 'left' });
  });
});
