import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openConsoleStores, wireConsole } from '../../../electron/core/console-core.js';
import { openLocalDatabase } from '../../../electron/core/store/local-database.js';
import { QUEUE_API_PREFIX } from '../../../shared/api/queue-contract.js';
import type { Message, Ticket } from '../../../shared/domain/ticket.js';
import { loopbackQueue, syncEngineFor } from '../../helpers/feed-server.js';
import { testMessage, testTicket } from '../../helpers/tickets.js';

const ticket = (id: string, seq: number): Ticket => testTicket({ id, seq, channel: 'email' });
const message = (id: string, ticketId: string, seq: number): Message =>
  testMessage(ticketId, `Hello from ${id}`, { id, seq, authorName: 'Dana' });
/** JSON text of an array nested `levels` deep, built as text: JSON.stringify itself would overflow at 100,000. */
const nestedJson = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
/** A ticket's JSON text with `field` set to raw JSON text. */
const withRawField = (record: Ticket, field: string, rawJson: string) =>
  JSON.stringify(record).replace(/}$/, `,${JSON.stringify(field)}:${rawJson}}`);

/**
 * What a queue holding records from before issue 21's bounds serves (finding 2): a model cost summed to
 * Infinity (JSON: null), tool results nested 1,600 levels, a field of a newer queue nested 100,000 levels,
 * a ticket and a message this console does not understand at all, among readable ones, over two pages.
 */
const firstPage = () =>
  `{"tickets":[${[
    JSON.stringify(ticket('t1', 1)),
    JSON.stringify({ ...ticket('t2', 2), modelCostUsd: null }),
    withRawField(
      ticket('t3', 3),
      'aiToolResults',
      `[{"name":"get_order","arguments":{},"status":"ok","result":${nestedJson(1_600)},"reason":null,"truncated":false}]`,
    ),
    JSON.stringify({ ...ticket('t4', 4), status: 'archived' }),
    withRawField(ticket('t5', 5), 'auditTrail', nestedJson(100_000)),
  ].join(
    ',',
  )}],"messages":${JSON.stringify([message('m1', 't1', 6), { ...message('m2', 't1', 7), author: 'robot' }, message('m3', 't5', 8)])},` +
  `"cursor":9,"hasMore":true,"lastMutationId":null}`;
const secondPage = () =>
  JSON.stringify({
    tickets: [ticket('t6', 10)],
    messages: [message('m4', 't6', 11)],
    cursor: 11,
    hasMore: false,
    lastMutationId: null,
  });
const emptyPage = () => JSON.stringify({ tickets: [], messages: [], cursor: 11, hasMore: false, lastMutationId: null });

describe('a console meets feed records it cannot read (issue 21, finding 2)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-unreadable-'));
  const pulls: string[] = [];
  const queueUrl = loopbackQueue((req, res) => {
    const url = new URL(req.url ?? '/', 'http://queue');
    if (url.pathname !== `${QUEUE_API_PREFIX}/changes`) return void res.writeHead(404).end();
    const since = url.searchParams.get('since') ?? '0';
    pulls.push(since);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(since === '0' ? firstPage() : since === '9' ? secondPage() : emptyPage());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('skips what it cannot read, says so, stores everything else and keeps syncing past it', async () => {
    const stores = openConsoleStores(openLocalDatabase(join(dir, 'console.sqlite')));
    const logged: string[] = [];
    const engine = syncEngineFor(stores, queueUrl(), 'console-1', logged);
    try {
      const synced = await engine.syncNow();
      expect(synced).toEqual({ ok: true, value: undefined });
      expect(engine.current).toMatchObject({ online: true, lastError: null, skippedRecords: 2 });

      // Every readable ticket is stored; the two with only an informational field broken lose just that field.
      expect(stores.cache.getTicket('t1')).toEqual(ticket('t1', 1));
      expect(stores.cache.getTicket('t2')).toEqual(ticket('t2', 2));
      expect(stores.cache.getTicket('t3')).toEqual(ticket('t3', 3));
      expect(stores.cache.getTicket('t5')).toEqual(ticket('t5', 5));
      expect(stores.cache.getTicket('t6')).toEqual(ticket('t6', 10));
      expect(stores.cache.getTicket('t4')).toBeNull();
      expect(stores.cache.listMessages('t1').map((m) => m.id)).toEqual(['m1']);
      expect(stores.cache.listMessages('t5').map((m) => m.id)).toEqual(['m3']);
      expect(stores.cache.listMessages('t6').map((m) => m.id)).toEqual(['m4']);

      // The cursor moved past the skipped records: the next round asks for what comes after them.
      expect(stores.meta.get('feedCursor')).toBe('11');
      expect((await engine.syncNow()).ok).toBe(true);
      expect(pulls).toEqual(['0', '9', '11']);

      // Said in the log, one line per record, naming it and what was wrong.
      const about = (id: string) => logged.filter((line) => line.includes(id));
      expect(about('ticket t4')).toHaveLength(1);
      expect(about('ticket t4')[0]).toMatch(/skipped.*status/);
      expect(about('message m2')).toHaveLength(1);
      expect(about('message m2')[0]).toMatch(/skipped.*author/);
      expect(about('ticket t2')[0]).toMatch(/left out.*modelCostUsd/);
      expect(about('ticket t3')[0]).toMatch(/left out.*aiToolResults/);
      expect(about('ticket t5')[0]).toMatch(/left out.*auditTrail/);
      expect(logged).toHaveLength(5);
    } finally {
      await engine.stop();
      stores.db.close();
    }

    // The count is kept with the cache: a console started again shows it in its status.
    const reopened = wireConsole(openConsoleStores(openLocalDatabase(join(dir, 'console.sqlite'))), {
      queueUrl: queueUrl(),
      token: 'agent-token',
      agentName: 'Ana',
    });
    try {
      expect(await reopened.service.getStatus({})).toMatchObject({ ok: true, value: { skippedFeedRecords: 2 } });
    } finally {
      await reopened.sync.stop();
      reopened.db.close();
    }
  });
});
