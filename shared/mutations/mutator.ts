import type { z } from 'zod';
import type { UnsentChange } from '../api/console-contract.js';
import type { ConflictReason } from '../api/mutations.js';
import type { Role } from '../api/queue-contract.js';
import type { Message, Ticket, TicketStatus } from '../domain/ticket.js';

/** The ticket fields a mutation may change; version, updatedAt and seq are moved on by whoever applies it. */
export type TicketPatch = Partial<
  Pick<
    Ticket,
    | 'status'
    | 'humanTouched'
    | 'language'
    | 'intent'
    | 'confidence'
    | 'summary'
    | 'aiDraft'
    | 'escalation'
    | 'ownerQueue'
    | 'csat'
    | 'assignee'
    | 'snoozedUntil'
    | 'review'
    | 'modelCostUsd'
    | 'handleSeconds'
    | 'aiToolResults'
    | 'aiAssist'
    | 'tags'
  >
>;

/** A message a mutation adds to the thread; whoever applies it gives it its ticket, time and place. */
export type NewMessage = Pick<Message, 'id' | 'author' | 'authorName' | 'kind' | 'text' | 'mentions'>;

/** A human change that decides later conflicts: who last answered, resolved or reassigned the ticket. */
export type HandlingKind = 'reply' | 'resolve' | 'reassign';

/** Why a mutation may not change the ticket: never valid in its state (rejected), or the ticket moved on (conflict). */
export type Refusal =
  { kind: 'rejected'; error: string } | { kind: 'conflict'; error: string; reason?: ConflictReason };

/** What a refused change keeps for the agent to see and send again (its text); absent: it shows in the ticket as it is. */
export type KeptText = Pick<UnsentChange, 'kind' | 'text' | 'resolve' | 'tags'>;

/** A check's refusal when `refused` holds: the mutation is never valid on the ticket in that state. */
export function rejectedIf(refused: boolean, error: string): Refusal | null {
  return refused ? { kind: 'rejected', error } : null;
}

/** The roles of people at a console. */
export const CONSOLE_ROLES: readonly Role[] = ['agent', 'lead', 'admin'];

/**
 * One ticket mutation, defined once: the console runs it optimistically on its cached ticket and the queue
 * replays it authoritatively (with duplicates, base-version conflicts and claims) in server/domain/mutation-plan.ts.
 */
export interface MutationRules<M> {
  /** Who may push it; the queue refuses other roles' (server/auth/mutation-roles.ts). */
  readonly roles: readonly Role[];
  /** Whether the ticket's state allows it: the console asks before queuing, the queue before applying. */
  check?(mutation: M, ticket: Ticket): Refusal | null;
  /** What it changes on the ticket; `at` is when that happens (the queue's clock, or the console's createdAt). */
  patch(mutation: M, ticket: Ticket, at: string): TicketPatch;
  /** The message it adds, if any; `ticket` may be missing from a console's cache. A repeated one is a duplicate. */
  message?(mutation: M, ticket: Ticket | null): NewMessage | null;
  /** Whether applying it ends the ticket's claim (an autopilot stops working on it). */
  readonly clearsClaim?: boolean;
  /** The handling it records for later base-version conflicts, if any. */
  handling?(mutation: M): HandlingKind | null;
  /** Only the client holding a live claim may push it, so only the queue can tell its effect (none is shown before). */
  readonly needsClaim?: boolean;
  /** Bookkeeping: nothing the agent sees changes, so the ticket's updatedAt stays and no list refreshes. */
  readonly bookkeeping?: boolean;
  /** What a console keeps of it when the queue refuses it. */
  kept?(mutation: M): KeptText | null;
}

/** A mutation schema: a strict object whose `type` literal names the mutation. */
export type MutationObjectSchema = z.ZodObject<{ type: z.ZodLiteral<string> } & z.ZodRawShape, z.core.$strict>;

export interface Mutator<S extends MutationObjectSchema = MutationObjectSchema> extends MutationRules<
  Omit<z.output<S>, 'id'>
> {
  readonly type: S['shape']['type']['value'];
  readonly schema: S;
}

export function defineMutator<S extends MutationObjectSchema>(
  schema: S,
  rules: MutationRules<Omit<z.output<S>, 'id'>>,
): Mutator<S> {
  return { ...rules, type: schema.shape.type.value, schema };
}

/** The status change a patch makes to the ticket, or null when it leaves the status as it is. */
export function statusChange(ticket: Ticket, patch: TicketPatch): { from: TicketStatus; to: TicketStatus } | null {
  if (patch.status === undefined || patch.status === ticket.status) return null;
  return { from: ticket.status, to: patch.status };
}

/** A message a person's change adds to the thread: an internal note unless it is a reply to the customer. */
export function agentMessage(
  mutation: { messageId: string; agentName: string },
  text: string,
  kind: NewMessage['kind'] = 'note',
): NewMessage {
  return { id: mutation.messageId, author: 'agent', authorName: mutation.agentName, kind, text };
}

/**
 * A running total kept on the ticket plus one bounded amount, stopping at `ceiling`: never Infinity (which
 * JSON sends as null, unreadable to every console), also when a total stored before the bounds was over it.
 */
export function sumUpTo(total: number | undefined, amount: number, ceiling: number): number {
  const sum = (total ?? 0) + amount;
  return sum <= ceiling ? sum : ceiling;
}
