import { BOOKKEEPING_MUTATION_TYPES } from '../../../shared/api/mutations.js';
import { isLeadRole } from '../../../shared/api/whoami.js';
import type { Role } from '../../../shared/api/queue-contract.js';
import type { OutboxAuthor, OutboxEntry } from '../store/outbox.js';

/** The person signed in at the console, as the hold rule needs them. */
export interface SendingPerson {
  tenantId: string;
  userId: string;
  role: Role;
}

/**
 * The hold rule (issue 18), the one place it is decided: a waiting change goes to the queue only when someone is
 * signed in and the change has no author (written before sign-in existed), or its author is the person signed in,
 * or that person is a lead or admin of the author's tenant (a lead may send what an agent of the team left unsent; the
 * queue then names the lead, who sent it). Every other change stays held, listed by author, until its author or a
 * lead signs in on this console. While nobody is signed in nothing is sent.
 */
export function maySend(author: OutboxAuthor | null, person: SendingPerson | null): boolean {
  if (person === null) return false;
  if (author === null || author.userId === person.userId) return true;
  return author.tenantId === person.tenantId && isLeadRole(person.role);
}

/** What waits for a sign-in that may send it: the person's own changes (not the measurements riding along), and who wrote them. */
export function heldChanges(
  entries: readonly OutboxEntry[],
  person: SendingPerson | null,
): { count: number; authors: string[] } {
  const held = entries.filter(
    (entry) => !BOOKKEEPING_MUTATION_TYPES.includes(entry.mutation.type) && !maySend(entry.author, person),
  );
  const authors = new Set(held.flatMap((entry) => (entry.author ? [entry.author.name] : [])));
  return { count: held.length, authors: [...authors].sort((a, b) => a.localeCompare(b)) };
}
