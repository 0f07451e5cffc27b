import { afterAll, describe, expect, it } from 'vitest';
import type { ChangesResponse, TicketWithMessages } from '../../../shared/api/queue-contract.js';
import { intakeBody, type TestQueue } from '../../helpers/queue-server.js';
import { queueEngines } from './engines.js';
import { startTestPostgres } from './test-postgres.js';
import { upgradedDatabases } from './upgraded-database.js';

/**
 * Finding 8 of issue 21: the changes feed's sequence was one counter for the whole database, so a
 * tenant could watch another tenant's activity rate in the gaps of its own cursor. Each tenant now
 * counts on its own.
 */
const { engines, stop } = await queueEngines();
const postgres = await startTestPostgres();
afterAll(async () => {
  await stop();
  if (postgres.ok) await postgres.pg.stop();
});

async function cursorOf(queue: TestQueue, token: string, since = 0): Promise<ChangesResponse> {
  const page = await queue.call<ChangesResponse>('GET', `/v1/changes?since=${since}`, { token });
  expect(page.status).toBe(200);
  return page.body;
}

for (const engine of engines) {
  describe(`each tenant has its own changes sequence (${engine.name})`, () => {
    it("another tenant's intake, replies and pushes do not move this tenant's cursor or seq numbers", async () => {
      const queue = await engine.start();
      try {
        const other = await queue.addTenant('acme');
        await queue.call('POST', '/v1/tickets', { body: intakeBody() });
        const before = await cursorOf(queue, queue.tokens.agent);

        // The other tenant is busy: intake, a customer reply and an agent's note.
        const busy = await queue.call<TicketWithMessages>('POST', '/v1/tickets', {
          token: other.admin,
          body: intakeBody(),
        });
        await queue.call('POST', '/v1/tickets/batch', {
          token: other.admin,
          body: { tickets: [intakeBody(), intakeBody()] },
        });
        await queue.call('POST', `/v1/tickets/${busy.body.ticket.id}/messages`, {
          token: other.admin,
          body: { text: 'Any news?' },
        });
        const note = {
          id: 1,
          type: 'note' as const,
          ticketId: busy.body.ticket.id,
          messageId: 'msg_note_1',
          text: 'Looking into it',
          agentName: 'Sam',
          createdAt: new Date().toISOString(),
        };
        expect((await queue.push('acme-console', [note], other.agent)).results[0]?.status).toBe('applied');

        const after = await cursorOf(queue, queue.tokens.agent, before.cursor);
        expect(after.tickets).toEqual([]);
        expect(after.cursor).toBe(before.cursor);
        // This tenant's next ticket and its message take the very next numbers of its own sequence.
        const next = await queue.call<TicketWithMessages>('POST', '/v1/tickets', { body: intakeBody() });
        expect(next.body.messages[0]?.seq).toBe(before.cursor + 1);
        expect(next.body.ticket.seq).toBe(before.cursor + 2);
        expect((await cursorOf(queue, queue.tokens.agent, before.cursor)).cursor).toBe(before.cursor + 2);
      } finally {
        await queue.close();
      }
    });
  });
}

/** Two tenants of a database from before per-tenant sequences, whose one shared sequence stood at 41. */
const BEFORE_PER_TENANT = `
  INSERT INTO tenants (id, name, created_at) VALUES ('payments', 'P', '2026-01-01'), ('acme', 'A', '2026-01-01');
  UPDATE sequence SET value = 41 WHERE id = 1;`;

for (const engine of upgradedDatabases(postgres.ok ? postgres.pg : null)) {
  describe(`upgrading to per-tenant sequences (${engine.name})`, () => {
    it('starts every existing tenant at the old shared value, so cursors consoles hold stay valid', async () => {
      await engine.upgrade('tenant_sequences', BEFORE_PER_TENANT, async (store) => {
        const intake = (tenantId: string) =>
          store.intakeTicket({
            tenantId,
            subject: 's',
            customer: { id: 'c', name: 'C', tier: 'standard' },
            channel: 'api',
            text: 'hi',
            idempotencyKey: null,
            now: new Date(),
          });
        const payments = await intake('payments');
        expect(payments.messages[0]?.seq).toBe(42);
        expect(payments.ticket.seq).toBe(43);
        const acme = await intake('acme');
        expect(acme.ticket.seq).toBe(43);
        // A tenant created after the upgrade starts at the beginning.
        await store.createTenant({ id: 'fresh', name: 'F' }, []);
        expect((await intake('fresh')).ticket.seq).toBe(2);
      });
    });
  });
}
