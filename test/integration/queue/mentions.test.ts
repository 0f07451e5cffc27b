import { afterAll, describe, expect, it } from 'vitest';
import { NewUserSchema, type User } from '../../../shared/api/identity-contract.js';
import { PeopleSchema } from '../../../shared/api/people-contract.js';
import type { ChangesResponse, TicketWithMessages } from '../../../shared/api/queue-contract.js';
import { TicketHistorySchema } from '../../../shared/api/ticket-history.js';
import { addUser } from '../../../server/auth/user-admin.js';
import { postTicket, testQueueForAllTests } from '../../helpers/test-queue-hooks.js';
import type { TestQueue } from '../../helpers/queue-server.js';
import { note } from './builders.js';
import { queueEngines } from './engines.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

const ADMIN = { name: 'test admin', role: 'admin' };

async function person(queue: TestQueue, tenantId: string, name: string, role: User['role'] = 'agent'): Promise<User> {
  const email = `${name.toLowerCase().replace(/\W/g, '.')}@${tenantId}.example`;
  return addUser(queue.store, tenantId, NewUserSchema.parse({ email, name, role }), ADMIN, new Date());
}

for (const engine of engines) {
  describe(`mentions and the people directory (${engine.name})`, () => {
    const queue = testQueueForAllTests(() => engine.start());

    it('GET /v1/people: an agent reads the enabled people of its own tenant (id, name, role), never another tenant’s', async () => {
      const ana = await person(queue, queue.tenantId, 'Ana Agent');
      const lee = await person(queue, queue.tenantId, 'Lee Lead', 'lead');
      const gone = await person(queue, queue.tenantId, 'Gone Agent');
      await queue.call('PATCH', `/v1/users/${gone.id}`, { body: { baseVersion: gone.version, disabled: true } });
      const other = await queue.addTenant('other-people');
      const stranger = await person(queue, 'other-people', 'Stranger Agent');

      const mine = await queue.call('GET', '/v1/people', { token: queue.tokens.agent });
      expect(mine.status).toBe(200);
      const { people } = PeopleSchema.parse(mine.body);
      expect(people).toEqual(
        expect.arrayContaining([
          { id: ana.id, name: 'Ana Agent', role: 'agent' },
          { id: lee.id, name: 'Lee Lead', role: 'lead' },
        ]),
      );
      expect(people.map((p) => p.id)).not.toContain(gone.id);
      expect(people.map((p) => p.id)).not.toContain(stranger.id);

      const theirs = PeopleSchema.parse((await queue.call('GET', '/v1/people', { token: other.agent })).body);
      expect(theirs.people).toEqual([{ id: stranger.id, name: 'Stranger Agent', role: 'agent' }]);
      expect((await queue.call('GET', '/v1/people', { token: queue.tokens.autopilot })).status).toBe(403);
    });

    it('a note keeps only the ids of the tenant’s enabled users, stored with the message, in the feed and the audit', async () => {
      const ben = await person(queue, queue.tenantId, 'Ben Agent');
      const cy = await person(queue, queue.tenantId, 'Cy Agent');
      const off = await person(queue, queue.tenantId, 'Off Agent');
      await queue.call('PATCH', `/v1/users/${off.id}`, { body: { baseVersion: off.version, disabled: true } });
      await queue.addTenant('other-notes');
      const stranger = await person(queue, 'other-notes', 'Far Agent');
      const id = await postTicket(queue);
      const cursor = (await queue.call<ChangesResponse>('GET', '/v1/changes?since=0')).body.cursor;

      const named = [ben.id, off.id, stranger.id, 'usr_nobody123', cy.id, ben.id];
      const nobody = [off.id, 'usr_nobody456'];
      const result = await queue.push(
        'ana-console',
        [note(1, id, { mentions: named }), note(2, id, { mentions: nobody })],
        queue.tokens.agent,
      );
      expect(result.results.map((r) => r.status)).toEqual(['applied', 'applied']);

      const { messages } = (await queue.call<TicketWithMessages>('GET', `/v1/tickets/${id}`)).body;
      const notes = messages.filter((m) => m.kind === 'note');
      expect(notes.map((m) => m.mentions)).toEqual([[ben.id, cy.id], undefined]);
      expect(notes[1]).not.toHaveProperty('mentions');

      const feed = (await queue.call<ChangesResponse>('GET', `/v1/changes?since=${cursor}`)).body;
      expect(feed.messages.filter((m) => m.kind === 'note').map((m) => m.mentions)).toEqual([
        [ben.id, cy.id],
        undefined,
      ]);

      const history = TicketHistorySchema.parse((await queue.call('GET', `/v1/tickets/${id}/history`)).body);
      const audited = history.events.filter((event) => event.action === 'note');
      expect(audited.map((event) => event.inputs.mentions)).toEqual([[ben.id, cy.id], undefined]);
    });
  });
}
