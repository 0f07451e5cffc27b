import type { Mutation, UnnumberedMutation } from '../api/mutations.js';
import type { Role } from '../api/queue-contract.js';
import { agentReply } from './agent-reply.js';
import { aiDecision } from './ai-decision.js';
import { assign } from './assign.js';
import { handback } from './handback.js';
import { handleTime } from './handle-time.js';
import { markAsSpam } from './mark-spam.js';
import type { MutationRules, Mutator } from './mutator.js';
import { note } from './note.js';
import { reassign } from './reassign.js';
import { reopen } from './reopen.js';
import { review } from './review.js';
import { snooze } from './snooze.js';
import { tag } from './tag.js';

/**
 * Every ticket mutation, one module each in this folder. The wire schema (shared/api/mutations.ts), the queue's
 * plan and role gate, and the console's check and optimistic effect all read this list: a new mutation is a
 * module here and its line below.
 */
export const MUTATORS = [
  agentReply,
  note,
  aiDecision,
  reassign,
  review,
  reopen,
  assign,
  snooze,
  handback,
  markAsSpam,
  handleTime,
  tag,
] as const;

type SchemasOf<T extends readonly Mutator[]> = { -readonly [I in keyof T]: T[I]['schema'] };

/** The mutations' wire schemas, in the order of MUTATORS (for the discriminated union). */
export const MUTATION_SCHEMAS = MUTATORS.map((mutator) => mutator.schema) as SchemasOf<typeof MUTATORS>;

const BY_TYPE: ReadonlyMap<string, MutationRules<UnnumberedMutation>> = new Map(
  MUTATORS.map((mutator): [string, MutationRules<UnnumberedMutation>] => [mutator.type, mutator]),
);

/** The rules of a mutation's type (numbered by an outbox or not: they never read its id). */
export function mutatorOf(mutation: UnnumberedMutation): MutationRules<UnnumberedMutation> {
  const mutator = BY_TYPE.get(mutation.type);
  if (!mutator) throw new Error(`No mutator for mutation type ${mutation.type}.`);
  return mutator;
}

/** Which roles may push each mutation type. */
export const MUTATION_ROLES: Readonly<Record<Mutation['type'], readonly Role[]>> = Object.fromEntries(
  MUTATORS.map((mutator) => [mutator.type, mutator.roles]),
) as Record<Mutation['type'], readonly Role[]>;
