import type { Mutation } from '../../shared/api/mutations.js';
import { perform, type Script } from './store-operations.js';

/**
 * The pushed mutations with each note's mentions as the queue keeps them (issue 19): the ids of the tenant's enabled
 * users only, each once, in the order named; any other id is dropped (a note left with none carries no `mentions`).
 * The queue stores and audits this copy, so the message and its audit record list the same people.
 */
export function* withKnownMentions(tenantId: string, mutations: readonly Mutation[]): Script<Mutation[]> {
  const enabled = new Map<string, boolean>();
  const kept: Mutation[] = [];
  for (const mutation of mutations) {
    if (mutation.type !== 'note' || mutation.mentions === undefined) {
      kept.push(mutation);
      continue;
    }
    const known: string[] = [];
    for (const userId of new Set(mutation.mentions)) {
      if (!enabled.has(userId)) {
        const user = yield* perform('userRow', tenantId, userId, false);
        enabled.set(userId, user !== null && user.disabled_at === null);
      }
      if (enabled.get(userId)) known.push(userId);
    }
    const { mentions: _named, ...note } = mutation;
    kept.push(known.length > 0 ? { ...note, mentions: known } : note);
  }
  return kept;
}
