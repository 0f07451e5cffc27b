import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConsoleStores } from '../../../electron/core/console-core.js';
import { openLocalDatabase } from '../../../electron/core/store/local-database.js';
import { parseFromNewerQueue, schemaKnowsField } from '../../../lib/queue-client/parse-from-newer-queue.js';
import { QueueClient } from '../../../lib/queue-client/queue-client.js';
import { ChangesResponseSchema, QUEUE_API_PREFIX } from '../../../shared/api/queue-contract.js';
import { loopbackQueue, syncEngineFor } from '../../helpers/feed-server.js';
import { testTicket } from '../../helpers/tickets.js';

const ticket = (id: string) => testTicket({ id, customer: { id: 'c1', name: 'Dana', tier: 'premium' } });

/** What a newer queue sends: today's answer plus fields a later version added, at three depths. */
const newerChanges = () => ({
  tickets: [
    { ...ticket('t1'), priority: 'high', customer: { ...ticket('t1').customer, loyaltyPoints: 120 } },
    { ...ticket('t2'), priority: 'low' },
  ],
  messages: [],
  cursor: 7,
  hasMore: false,
  lastMutationId: null,
  serverVersion: '2.0.0',
});

describe('reading answers of a newer queue version', () => {
  it('drops only the fields it does not know and keeps the rest exactly', () => {
    const { result, droppedFields } = parseFromNewerQueue(ChangesResponseSchema, newerChanges());
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.tickets.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(result.data.tickets[0]).toEqual(ticket('t1'));
    expect(result.data.cursor).toBe(7);
    expect(droppedFields.sort()).toEqual([
      'serverVersion',
      'tickets.0.customer.loyaltyPoints',
      'tickets.0.priority',
      'tickets.1.priority',
    ]);
  });

  it('still refuses an answer with a missing or mistyped field, unknown fields or not', () => {
    const { tickets, ...withoutTickets } = newerChanges();
    expect(tickets).toHaveLength(2);
    const missing = parseFromNewerQueue(ChangesResponseSchema, withoutTickets);
    expect(missing.result.success).toBe(false);
    expect(missing.droppedFields).toEqual([]);
    const mistyped = parseFromNewerQueue(ChangesResponseSchema, { ...newerChanges(), cursor: 'seven' });
    expect(mistyped.result.success).toBe(false);
    const wrongTicket = parseFromNewerQueue(ChangesResponseSchema, {
      ...newerChanges(),
      tickets: [{ ...ticket('t3'), status: 'archived', priority: 'high' }],
    });
    expect(wrongTicket.result.success).toBe(false);
  });

  it('tells which feed fields this program knows, through lists, optional fields and nested objects', () => {
    expect(schemaKnowsField(ChangesResponseSchema, 'tickets.customer.tier')).toBe(true);
    expect(schemaKnowsField(ChangesResponseSchema, 'tickets.escalation.code')).toBe(true);
    expect(schemaKnowsField(ChangesResponseSchema, 'messages.text')).toBe(true);
    expect(schemaKnowsField(ChangesResponseSchema, 'tickets.priority')).toBe(false);
    expect(schemaKnowsField(ChangesResponseSchema, 'tickets.customer.loyaltyPoints')).toBe(false);
    expect(schemaKnowsField(ChangesResponseSchema, 'tickets.subject.length')).toBe(false);
  });

  it('reports nothing for an answer of the same version', () => {
    const same = parseFromNewerQueue(ChangesResponseSchema, {
      tickets: [ticket('t1')],
      messages: [],
      cursor: 1,
      hasMore: false,
      lastMutationId: 3,
    });
    expect(same.result.success).toBe(true);
    expect(same.droppedFields).toEqual([]);
  });

  describe('through the queue client, against a queue on loopback', () => {
    const requests: string[] = [];
    const queueUrl = loopbackQueue((req, res) => {
      requests.push(req.url ?? '');
      if (req.url?.startsWith(`${QUEUE_API_PREFIX}/changes`)) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(newerChanges()));
      } else if (req.url?.startsWith(`${QUEUE_API_PREFIX}/tickets/t1`)) {
        // Not an unknown field but a broken one: still a clear error.
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ticket: { ...ticket('t1'), version: -1, priority: 'high' }, messages: [] }));
      } else {
        res.writeHead(404).end();
      }
    });

    it('keeps pulling, and says once which fields it left out', async () => {
      const notices: Array<{ what: string; fields: string[] }> = [];
      const client = new QueueClient({
        baseUrl: queueUrl(),
        token: 'agent-token',
        onUnknownFields: (what, fields) => notices.push({ what, fields }),
      });
      for (let pull = 0; pull < 3; pull++) {
        const result = await client.pull(0, 'console-1');
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.value.tickets.map((t) => t.id)).toEqual(['t1', 't2']);
      }
      expect(requests.filter((url) => url.includes('/changes'))).toHaveLength(3);
      expect(notices.map(({ what, fields }) => ({ what, fields: [...fields].sort() }))).toEqual([
        { what: 'GET /changes', fields: ['serverVersion', 'tickets.customer.loyaltyPoints', 'tickets.priority'] },
      ]);

      const broken = await client.getTicket('t1');
      expect(broken.ok).toBe(false);
      if (!broken.ok) expect(broken.error.code).toBe('queue_bad_response');
    });

    it('remembers the ticket fields it left out, and reads the whole feed again once an upgrade knows one of them', async () => {
      const stores = openConsoleStores(
        openLocalDatabase(join(mkdtempSync(join(tmpdir(), 'switchboard-newer-')), 'console.sqlite')),
      );
      const logged: string[] = [];
      const engine = (knowsFeedField?: (path: string) => boolean) =>
        syncEngineFor(stores, queueUrl(), 'console-upgrade', logged, knowsFeedField ? { knowsFeedField } : {});
      const pullsSince = () =>
        requests
          .filter((url) => url.includes('/changes') && url.includes('console-upgrade'))
          .map((url) => new URL(url, queueUrl()).searchParams.get('since'));
      const dropped = () => JSON.parse(stores.meta.get('feedFieldsDropped') ?? '[]') as string[];

      // Today's program: the unknown ticket fields are remembered (not the answer's own serverVersion).
      const today = engine();
      expect((await today.syncNow()).ok).toBe(true);
      expect((await today.syncNow()).ok).toBe(true);
      expect(pullsSince()).toEqual(['0', '7']);
      expect(dropped().sort()).toEqual(['tickets.customer.loyaltyPoints', 'tickets.priority']);
      expect(stores.cache.getTicket('t1')).toEqual(ticket('t1'));
      expect(logged).toEqual([]);

      // The upgraded program knows `priority` (not yet the customer's points): it reads the whole feed once.
      const upgraded = engine((path) => path === 'tickets.priority' || schemaKnowsField(ChangesResponseSchema, path));
      expect((await upgraded.syncNow()).ok).toBe(true);
      expect((await upgraded.syncNow()).ok).toBe(true);
      expect(pullsSince()).toEqual(['0', '7', '0', '7']);
      expect(dropped()).toEqual(['tickets.customer.loyaltyPoints']);
      expect(stores.meta.get('feedCursor')).toBe('7');
      expect(logged).toHaveLength(1);
      expect(logged[0]).toContain('tickets.priority');
      stores.db.close();
    });
  });
});
