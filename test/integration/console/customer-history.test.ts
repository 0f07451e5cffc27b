import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchConsoleCall } from '../../../shared/api/console-dispatch.js';
import type { CustomerTicket } from '../../../shared/api/customer-history-console.js';
import { openLocalDatabase } from '../../../electron/core/store/local-database.js';
import { LOCAL_MIGRATIONS } from '../../../electron/core/store/migrations.js';
import { searchableText } from '../../../electron/core/store/search-text.js';
import { TicketCache } from '../../../electron/core/store/ticket-cache.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { consoleFilePerTest } from '../../helpers/test-consoles.js';
import { testMessage, testTicket } from '../../helpers/tickets.js';

const file = consoleFilePerTest();

const customer = (id: string) => ({ id, name: `Customer ${id}`, tier: 'standard' as const });
/** A ticket of customer `customerId` created on day `day` of November 2026. */
const ticketOf = (customerId: string, id: string, day: number, fields: Partial<Ticket> = {}): Ticket =>
  testTicket({
    id,
    at: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
    customer: customer(customerId),
    ...fields,
  });

/** Dana's five tickets and one of another customer with the same words, in one console's cache. */
function fillCache(cache: TicketCache): void {
  cache.transaction(() => {
    cache.putTicket(ticketOf('cus_dana', 't1', 1, { subject: 'Card blocked at the till', status: 'resolved' }));
    cache.putMessage(
      testMessage('t1', 'My card was blocked in the supermarket.', { createdAt: '2026-11-01T10:00:00.000Z' }),
    );
    cache.putTicket(
      ticketOf('cus_dana', 't2', 3, {
        subject: 'Refund still missing',
        status: 'ai_resolved',
        csat: { score: 2, at: '2026-11-04T08:00:00.000Z' },
      }),
    );
    cache.putMessage(testMessage('t2', 'The refund for order 1234 is not on my account.'));
    cache.putTicket(
      ticketOf('cus_dana', 't3', 5, { subject: 'Where is my refund?', mergedInto: 't2', status: 'resolved' }),
    );
    cache.putTicket(ticketOf('cus_dana', 't4', 7, { subject: 'Question', status: 'escalated' }));
    cache.putMessage(
      testMessage('t4', 'Agent note: called the Lisbon branch.', { kind: 'note', author: 'agent', authorName: 'Ana' }),
    );
    cache.putTicket(ticketOf('cus_dana', 't5', 9, { subject: '退款申请', status: 'new' }));
    cache.putTicket(ticketOf('cus_other', 'o1', 8, { subject: 'Refund for the Lisbon card' }));
  });
}

const ids = (tickets: readonly CustomerTicket[]) => tickets.map((ticket) => ticket.id);

describe('customer history on the local cache (listCustomerTickets)', () => {
  it("lists a customer's tickets newest first with status, CSAT, dates and merge pointer, offline, through the console API", async () => {
    const core = file.console();
    fillCache(core.cache);
    const call = (input: unknown) => dispatchConsoleCall(core.service, 'listCustomerTickets', input);

    const all = await call({ customerId: 'cus_dana' });
    expect(all).toMatchObject({ ok: true, value: { total: 5 } });
    if (!all.ok) return;
    const { tickets } = all.value as { tickets: CustomerTicket[] };
    expect(ids(tickets)).toEqual(['t5', 't4', 't3', 't2', 't1']);
    expect(tickets[3]).toEqual({
      id: 't2',
      subject: 'Refund still missing',
      status: 'ai_resolved',
      channel: 'chat',
      csat: 2,
      createdAt: '2026-11-03T10:00:00.000Z',
      updatedAt: '2026-11-03T10:00:00.000Z',
      mergedInto: null,
    });
    expect(tickets[2]).toMatchObject({ id: 't3', mergedInto: 't2', csat: null, status: 'resolved' });

    // The limit cuts the list, the total still counts every ticket.
    expect(await call({ customerId: 'cus_dana', limit: 2 })).toMatchObject({
      ok: true,
      value: { total: 5, tickets: [{ id: 't5' }, { id: 't4' }] },
    });
    // A customer the cache does not know has no tickets; another customer's tickets never show.
    expect(await call({ customerId: 'cus_nobody' })).toEqual({ ok: true, value: { tickets: [], total: 0 } });
    expect(await call({ customerId: 'cus_other' })).toMatchObject({
      ok: true,
      value: { total: 1, tickets: [{ id: 'o1' }] },
    });
  });

  it("narrows by words in the subject, the customer's messages and the agents' notes, in any script, prefix too", async () => {
    const core = file.console();
    fillCache(core.cache);
    const search = async (text: string) => {
      const answer = await dispatchConsoleCall(core.service, 'listCustomerTickets', { customerId: 'cus_dana', text });
      if (!answer.ok) throw new Error(answer.error.message);
      const value = answer.value as { tickets: CustomerTicket[]; total: number };
      expect(value.total).toBe(value.tickets.length);
      return ids(value.tickets);
    };
    expect(await search('refund')).toEqual(['t3', 't2']);
    expect(await search('supermarket')).toEqual(['t1']);
    expect(await search('lisbon')).toEqual(['t4']);
    expect(await search('refunds order')).toEqual([]);
    expect(await search('refund 1234')).toEqual(['t2']);
    expect(await search('申请')).toEqual(['t5']);
    expect(await search('BLOCK')).toEqual(['t1']);
    // Punctuation only finds nothing; blank text does not narrow.
    expect(await search('"*')).toEqual([]);
    expect(await search('   ')).toEqual(['t5', 't4', 't3', 't2', 't1']);
    // A message written on this console and not yet sent is searchable at once.
    core.cache.putPendingMessage(
      testMessage('t4', 'Pending reply about the chargeback.', { author: 'agent', authorName: 'Ana' }),
    );
    expect(await search('chargeback')).toEqual(['t4']);
  });

  it('refuses bad input with a clear error and reads the customer id from the index', async () => {
    const core = file.console();
    fillCache(core.cache);
    for (const input of [
      { customerId: '' },
      { customerId: 'cus_dana', limit: 0 },
      { customerId: 'cus_dana', limit: 201 },
      { customerId: 'cus_dana', text: 'x'.repeat(201) },
      { customerId: 'x'.repeat(201) },
    ]) {
      const answer = await dispatchConsoleCall(core.service, 'listCustomerTickets', input);
      expect(answer.ok, JSON.stringify(input)).toBe(false);
      if (!answer.ok) expect(answer.error.code).toBe('validation_failed');
    }
    // The handler checks its input itself too (a caller inside the core skips the dispatcher).
    expect(await core.service.listCustomerTickets({ customerId: 'cus_dana', limit: 500 })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed' },
    });
    const plan = file.db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT rowid FROM tickets WHERE customer_id = 'cus_dana' ORDER BY created_at DESC, id DESC",
      )
      .all() as Array<{ detail: string }>;
    expect(plan.map((step) => step.detail).join('\n')).toMatch(/USING (COVERING )?INDEX tickets_by_customer/);
  });

  it('indexes the customers of a cache filled before this migration', () => {
    const version = LOCAL_MIGRATIONS.findIndex((sql) => sql.includes('tickets_by_customer'));
    expect(version).toBeGreaterThan(0);
    const path = join(file.dir, 'older.sqlite');
    const older = new Database(path);
    older.function('searchable_text', { deterministic: true }, (text: unknown) =>
      typeof text === 'string' ? searchableText(text) : '',
    );
    for (const sql of LOCAL_MIGRATIONS.slice(0, version)) older.exec(sql);
    older.pragma(`user_version = ${version}`);
    fillCache(new TicketCache(older));
    older.close();

    const upgraded = openLocalDatabase(path);
    try {
      const customers = upgraded
        .prepare('SELECT customer_id AS c, COUNT(*) AS n FROM tickets GROUP BY customer_id ORDER BY c')
        .all();
      expect(customers).toEqual([
        { c: 'cus_dana', n: 5 },
        { c: 'cus_other', n: 1 },
      ]);
    } finally {
      upgraded.close();
    }
  });
});
