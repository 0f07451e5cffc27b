import type { ConflictReason, Mutation } from '../../shared/api/mutations.js';
import { mutatorOf } from '../../shared/mutations/index.js';
import {
  statusChange,
  type HandlingKind,
  type NewMessage,
  type Refusal,
  type TicketPatch,
} from '../../shared/mutations/mutator.js';
import type { Ticket } from '../../shared/domain/ticket.js';
import type { ClaimState, MutationGate } from '../storage/queue-store.js';

export type { HandlingKind, NewMessage, TicketPatch };

export interface TicketHandling {
  /** The ticket version that change produced. */
  version: number;
  clientId: string;
  kind: HandlingKind;
}

export type MutationPlan =
  | {
      kind: 'apply';
      patch: TicketPatch;
      message: NewMessage | null;
      clearClaim: boolean;
      handling?: HandlingKind;
      /** Bookkeeping only (handle time): the ticket's updatedAt stays, so nobody sees it as changed or unread. */
      quiet?: boolean;
    }
  | { kind: 'duplicate' }
  | Refusal;

export interface MutationContext {
  mutation: Mutation;
  /** The ticket in the caller's tenant, or null when it has no such ticket. */
  ticket: Ticket | null;
  claim: ClaimState | null;
  /** Whether a message with the mutation's messageId already exists in the tenant. */
  messageExists: boolean;
  clientId: string;
  now: Date;
  /** The last human handling of the ticket (store keeps it next to the ticket), or null if none. */
  handling?: TicketHandling | null;
}

/**
 * Plans the mutation, then lets the caller's gate refuse it knowing the status change the plan makes:
 * what a mutation may do is judged by its effect, so no sequence of allowed steps reaches a state the
 * caller may not bring about (e.g. an agent leaving an AI resolution by replying, then reopening).
 * Both stores decide every pushed mutation through here.
 */
export function planGatedMutation(context: MutationContext, gate: MutationGate): MutationPlan {
  const plan = planMutation(context);
  const transition = context.ticket && plan.kind === 'apply' ? statusChange(context.ticket, plan.patch) : null;
  const refusal = gate(context.mutation, context.ticket, transition);
  return refusal === null ? plan : { kind: 'rejected', error: refusal };
}

/**
 * Decides what one pushed mutation does to the queue's state: the mutation's own rules (shared/mutations/),
 * replayed here with what only the queue knows: whether its message exists already (a duplicate), who holds
 * the ticket's claim, and who handled it since the version the change was based on. Pure: the store writes.
 */
export function planMutation(context: MutationContext): MutationPlan {
  const { mutation, ticket } = context;
  if (!ticket) return { kind: 'rejected', error: `Ticket ${mutation.ticketId} does not exist.` };
  const mutator = mutatorOf(mutation);
  const message = mutator.message?.(mutation, ticket) ?? null;
  if (message && context.messageExists) return { kind: 'duplicate' };
  const refusal =
    mutator.check?.(mutation, ticket) ??
    (mutator.needsClaim ? claimRefusal(context) : null) ??
    handlingConflict(context, ticket, 'baseVersion' in mutation ? mutation.baseVersion : undefined);
  if (refusal) return refusal;
  const handling = mutator.handling?.(mutation);
  return {
    kind: 'apply',
    patch: mutator.patch(mutation, ticket, context.now.toISOString()),
    message,
    clearClaim: mutator.clearsClaim === true,
    ...(handling ? { handling } : {}),
    ...(mutator.bookkeeping ? { quiet: true } : {}),
  };
}

/** A claimed mutation (the AI's decision) counts only from the client that holds a live claim on the ticket. */
function claimRefusal({ claim, clientId, now }: MutationContext): Refusal | null {
  const holdsLease = claim?.claimedBy === clientId && claim.leaseUntil !== null && claim.leaseUntil > now.getTime();
  return holdsLease ? null : { kind: 'conflict', error: 'This client does not hold a live claim on the ticket.' };
}

/**
 * A change based on `baseVersion` loses when another client answered, resolved or reassigned the ticket
 * after that version. The client's own earlier changes never conflict, and neither do customer messages,
 * notes or AI decisions. Without a baseVersion nothing is checked.
 */
function handlingConflict(context: MutationContext, ticket: Ticket, baseVersion: number | undefined): Refusal | null {
  const handling = context.handling;
  if (baseVersion === undefined || !handling) return null;
  if (handling.version <= baseVersion || handling.clientId === context.clientId) return null;
  const reason: ConflictReason =
    handling.kind === 'reassign'
      ? 'reassigned'
      : ticket.status === 'resolved'
        ? 'resolved_elsewhere'
        : 'answered_elsewhere';
  const what =
    reason === 'reassigned'
      ? `reassigned the ticket to ${ticket.ownerQueue ?? 'another queue'}`
      : reason === 'resolved_elsewhere'
        ? 'resolved the ticket'
        : 'answered the customer';
  return {
    kind: 'conflict',
    reason,
    error: `Someone else ${what} after version ${baseVersion} that this change was based on.`,
  };
}
