import { afterAll, describe, expect, it } from 'vitest';
import { PushResponseSchema, type Mutation } from '../../../shared/api/mutations.js';
import { SessionGrantSchema, UserSchema, type User } from '../../../shared/api/identity-contract.js';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import { TicketHistorySchema } from '../../../shared/api/ticket-history.js';
import { postTicket, testQueueForAllTests } from '../../helpers/test-queue-hooks.js';
import { agentReply, mutationMadeNow, note, review } from '../queue/builders.js';
import { queueEngines } from '../queue/engines.js';
import { passwordSignIn } from './identity-fixtures.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

/** Names a console could send to pass for someone else; none of them may appear anywhere the queue keeps. */
const FORGED = ['Lee Lead', 'The CEO', 'Ana Agent', 'Mallory'];

/**
 * Issue 18's must-show: "The audit trail of a scripted session names the signed-in users, never a name taken from a
 * request." Two people an admin added sign in with their passwords, push replies, notes, an assign and a review that
 * name other people, and the ticket's audit trail and thread name the signed-in users (and their ids) only.
 */
for (const engine of engines) {
  describe(`the audit trail of a scripted session (${engine.name})`, () => {
    const queue = testQueueForAllTests(() => engine.start());

    async function person(email: string, name: string, role: 'agent' | 'lead'): Promise<{ user: User; token: string }> {
      const password = `${name} has a long password`;
      const added = await queue.call('POST', '/v1/users', { body: { email, name, role, password } });
      expect(added.status, JSON.stringify(added.body)).toBe(201);
      const signedIn = await passwordSignIn(queue, email, password);
      expect(signedIn.status, JSON.stringify(signedIn.body)).toBe(200);
      return { user: UserSchema.parse(added.body), token: SessionGrantSchema.parse(signedIn.body).accessToken };
    }
    async function push(clientId: string, token: string, mutations: Mutation[]): Promise<void> {
      const answer = await queue.call('POST', '/v1/mutations', { token, body: { clientId, mutations } });
      expect(answer.status).toBe(200);
      expect(PushResponseSchema.parse(answer.body).results.map((result) => result.status)).toEqual(
        mutations.map(() => 'applied'),
      );
    }

    it('names the signed-in users and their ids in every record and message, never a name a console sent', async () => {
      const ana = await person('ana@example.com', 'Ana Silva', 'agent');
      const lee = await person('lee@example.com', 'Lee Park', 'lead');
      const ticketId = await postTicket(queue);

      await push('console-ana', ana.token, [
        { ...mutationMadeNow('assign', 1, ticketId, 'ana'), agentName: 'The CEO', assignee: 'Mallory' },
        agentReply(2, ticketId, { agentName: 'Lee Lead' }),
        note(3, ticketId, { agentName: 'Mallory' }),
      ]);
      await push('console-lee', lee.token, [
        note(1, ticketId, { agentName: 'Ana Agent', messageId: 'lee-note' }),
        review(2, ticketId, { reviewerName: 'The CEO' }),
      ]);

      const history = await queue.call('GET', `/v1/tickets/${ticketId}/history`, { token: lee.token });
      expect(history.status).toBe(200);
      const people = TicketHistorySchema.parse(history.body).events.filter((event) => event.action !== 'ticket_intake');
      expect(people.map((event) => [event.action, event.actor.name, event.actor.userId, event.actor.role])).toEqual([
        ['assign', 'Ana Silva', ana.user.id, 'agent'],
        ['agent_reply', 'Ana Silva', ana.user.id, 'agent'],
        ['note', 'Ana Silva', ana.user.id, 'agent'],
        ['note', 'Lee Park', lee.user.id, 'lead'],
        ['review', 'Lee Park', lee.user.id, 'lead'],
      ]);
      expect(people[0]?.inputs).toMatchObject({ assignee: 'Ana Silva' });

      const ticket = await queue.call<TicketWithMessages>('GET', `/v1/tickets/${ticketId}`, { token: ana.token });
      const authors = ticket.body.messages
        .filter((message) => message.author === 'agent')
        .map((message) => message.authorName);
      expect(authors).toEqual(['Ana Silva', 'Ana Silva', 'Ana Silva', 'Lee Park']);
      expect(ticket.body.ticket).toMatchObject({ assignee: 'Ana Silva', review: { by: 'Lee Park' } });

      const kept = JSON.stringify([history.body, ticket.body]);
      for (const forged of FORGED) expect(kept, `"${forged}" was taken from a request`).not.toContain(forged);
    });
  });
}
