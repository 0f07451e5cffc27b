import { z } from 'zod';
import { MAX_TICKET_TAGS, TagIdSchema, type Ticket } from '../domain/ticket.js';
import { CONSOLE_ROLES, defineMutator, rejectedIf } from './mutator.js';
import { mutationFields, mutationSchema, PersonNameSchema } from './wire-fields.js';

/**
 * Adds and removes tags of the tenant (ids of its `tag` settings) on a ticket (issue 19). Set-wise, so two agents
 * tagging the same ticket at once both keep their tags. It adds no message: the ticket's history records it.
 */
export const TagMutationSchema = mutationSchema('tag', {
  ...mutationFields,
  agentName: PersonNameSchema,
  add: z.array(TagIdSchema).max(MAX_TICKET_TAGS),
  remove: z.array(TagIdSchema).max(MAX_TICKET_TAGS),
});
export type TagMutation = z.infer<typeof TagMutationSchema>;

/** The ticket's tags after a change: the removed ones gone, the added ones appended once, in order. */
export function tagsAfter(
  current: readonly string[] | undefined,
  change: Pick<TagMutation, 'add' | 'remove'>,
): string[] {
  const removed = new Set(change.remove);
  const tags = (current ?? []).filter((tag) => !removed.has(tag));
  for (const tag of change.add) if (!tags.includes(tag) && !removed.has(tag)) tags.push(tag);
  return tags;
}

export const tag = defineMutator(TagMutationSchema, {
  roles: CONSOLE_ROLES,
  check: (change, ticket: Ticket) =>
    rejectedIf(
      tagsAfter(ticket.tags, change).length > MAX_TICKET_TAGS,
      `A ticket carries at most ${MAX_TICKET_TAGS} tags.`,
    ),
  patch: (change, ticket) => ({ tags: tagsAfter(ticket.tags, change) }),
  // A refused tag change is shown to its agent with the queue's reason, never dropped without a word.
  kept: (change) => ({ kind: 'tag', text: '', resolve: false, tags: { add: change.add, remove: change.remove } }),
});
