import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPresenceStream, sayPresence, type PresenceStream } from '../../helpers/presence-stream.js';
import { startQueueProcess, type QueueProcess } from '../../helpers/queue-process.js';
import { startTestPostgres } from './test-postgres.js';

/**
 * Issue 19: two queue processes on one PostgreSQL database share presence (NOTIFY on its own channel): a presence said
 * through one reaches a console's stream on the other, a stream opening on the other is told it, and when the
 * saying console's stream (on the first) closes, the other's consoles hear it end.
 */
const postgres = await startTestPostgres();
const server = postgres.ok ? postgres.pg : null;

describe.skipIf(!server)('presence across queue processes on one PostgreSQL database', () => {
  let dir = '';
  let db: { url: string; drop(): Promise<void> } | null = null;
  const queues: QueueProcess[] = [];
  const streams: PresenceStream[] = [];
  const queueAt = (index: number): QueueProcess => {
    const queue = queues[index];
    if (!queue) throw new Error('The queue processes run only inside the tests.');
    return queue;
  };

  beforeAll(async () => {
    if (!server) return;
    dir = mkdtempSync(join(tmpdir(), 'switchboard-presence-across-'));
    db = await server.createDatabase();
    const tokensFile = join(dir, 'queue-tokens.json');
    // One after the other: the first creates the demo tenant and writes its tokens, the second reads them.
    for (let index = 0; index < 2; index++) queues.push(await startQueueProcess(db.url, tokensFile, ['--no-channels']));
  }, 120_000);

  afterAll(async () => {
    for (const stream of streams) stream.close();
    for (const queue of queues) await queue.process.stop();
    await db?.drop();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a presence said through one process reaches consoles on the other, and ends there when its stream closes', async () => {
    const [a, b] = [queueAt(0), queueAt(1)];
    const benOnB = await openPresenceStream(b.url, b.tokens.lead);
    const anaOnA = await openPresenceStream(a.url, a.tokens.agent, 'console-ana');
    streams.push(benOnB, anaOnA);
    // The LISTEN connections may still be starting: the heartbeat is repeated until the other process hears it.
    await expect
      .poll(
        async () => {
          await sayPresence(a.url, a.tokens.agent, { ticketId: 'tkt_across', state: 'viewing' }, 'console-ana');
          return (await benOnB.next(500)).state;
        },
        { timeout: 15_000, interval: 100 },
      )
      .toBe('viewing');
    await sayPresence(a.url, a.tokens.agent, { ticketId: 'tkt_across', state: 'typing' }, 'console-ana');
    // Heartbeats said before B listened may still arrive: the typing comes after them.
    let heard = await benOnB.next();
    while (heard.state === 'viewing') heard = await benOnB.next();
    expect(heard).toMatchObject({ ticketId: 'tkt_across', state: 'typing' });

    const lateOnB = await openPresenceStream(b.url, b.tokens.admin);
    streams.push(lateOnB);
    expect(await lateOnB.next()).toMatchObject({ ticketId: 'tkt_across', state: 'typing' });

    anaOnA.close();
    expect(await benOnB.next()).toMatchObject({ ticketId: 'tkt_across', state: 'left' });
    expect(await lateOnB.next()).toMatchObject({ ticketId: 'tkt_across', state: 'left' });
  }, 60_000);
});
