import type { Mutation } from '../../shared/api/mutations.js';

/**
 * The fields in which a pushed mutation names a person: who wrote the reply or note (agentName), who reviewed
 * (reviewerName), who took the ticket (assign's assignee, "take it": always the one who pushed it).
 */
const PERSON_FIELDS = ['agentName', 'reviewerName', 'assignee'] as const;

/**
 * The mutation as the authenticated caller made it: every person it names is the caller (issue 18, "What names the
 * person"). The queue plans, stores and audits this copy, so a message's author, a review's reviewer, the assignee and
 * the handle-time record name the signed-in user or the token's name, never a name a client sent.
 */
export function namedByCaller(mutation: Mutation, callerName: string): Mutation {
  const fields = PERSON_FIELDS.filter((field) => field in mutation);
  if (fields.length === 0) return mutation;
  const named: Record<string, unknown> = { ...mutation };
  for (const field of fields) named[field] = callerName;
  return named as Mutation;
}
