import { handlingNoteText } from '../../shared/api/handling-notes.js';
import { MAX_TICKET_HANDLE_SECONDS, type ConflictReason, type Mutation } from '../../shared/api/mutations.js';
import { MAX_MODEL_COST_USD_PER_TICKET } from '../../shared/domain/decision.js';
import type { Message, Ticket } from '../../shared/domain/ticket.js';
import type { ClaimState, MutationGate, StatusTransition } from '../storage/queue-store.js';
import { planReopen, planReview } from './lead-actions-plan.js';

/** The ticket fields a mutation may change; version, updatedAt and seq are moved on by the store. */
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
  >
>;

export type NewMessage = Pick<Message, 'id' | 'author' | 'authorName' | 'kind' | 'text'>;

/** A human change that decides later conflicts: who last answered, resolved or reassigned the ticket. */
export type HandlingKind = 'reply' | 'resolve' | 'reassign';
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
  | { kind: 'conflict'; error: string; reason?: ConflictReason }
  | { kind: 'rejected'; error: string };

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
  const refusal = gate(context.mutation, context.ticket, statusTransition(context.ticket, plan));
  return refusal === null ? plan : { kind: 'rejected', error: refusal };
}

function statusTransition(ticket: Ticket | null, plan: MutationPlan): StatusTransition | null {
  if (!ticket || plan.kind !== 'apply' || plan.patch.status === undefined || plan.patch.status === ticket.status)
    return null;
  return { from: ticket.status, to: plan.patch.status };
}

/** Decides what one pushed mutation does to the queue's state. Pure: the store does the writing. */
export function planMutation(context: MutationContext): MutationPlan {
  const { mutation, ticket } = context;
  if (!ticket) return { kind: 'rejected', error: `Ticket ${mutation.ticketId} does not exist.` };

  switch (mutation.type) {
    case 'agent_reply': {
      if (context.messageExists) return { kind: 'duplicate' };
      const conflict = handlingConflict(context, ticket, mutation.baseVersion);
      if (conflict) return conflict;
      return {
        kind: 'apply',
        patch: { humanTouched: true, status: mutation.resolve ? 'resolved' : 'pending' },
        message: {
          id: mutation.messageId,
          author: 'agent',
          authorName: mutation.agentName,
          kind: 'reply',
          text: mutation.text,
        },
        clearClaim: true,
        handling: mutation.resolve ? 'resolve' : 'reply',
      };
    }
    case 'reassign': {
      if (context.messageExists) return { kind: 'duplicate' };
      const conflict = handlingConflict(context, ticket, mutation.baseVersion);
      if (conflict) return conflict;
      return {
        kind: 'apply',
        patch: { ownerQueue: mutation.ownerQueue, humanTouched: true },
        message: {
          id: mutation.messageId,
          author: 'agent',
          authorName: mutation.agentName,
          kind: 'note',
          text: `Reassigned to ${mutation.ownerQueue}.`,
        },
        clearClaim: false,
        handling: 'reassign',
      };
    }
    case 'note':
      if (context.messageExists) return { kind: 'duplicate' };
      return {
        kind: 'apply',
        patch: {},
        message: {
          id: mutation.messageId,
          author: 'agent',
          authorName: mutation.agentName,
          kind: 'note',
          text: mutation.text,
        },
        clearClaim: false,
      };
    case 'ai_decision':
      return planAiDecision(context, ticket);
    case 'review':
      return planReview(mutation, ticket, context.now);
    case 'reopen':
      return planReopen(mutation, ticket, context.messageExists);
    case 'assign':
    case 'snooze':
    case 'handback':
      return planAgentHandling(context, ticket);
    case 'handle_time':
      // Repeats are caught by the (clientId, id) check before planning; time adds up on any ticket status.
      return {
        kind: 'apply',
        patch: { handleSeconds: sumUpTo(ticket.handleSeconds, mutation.seconds, MAX_TICKET_HANDLE_SECONDS) },
        message: null,
        clearClaim: false,
        quiet: true,
      };
  }
}

/**
 * A running total kept on the ticket plus one bounded amount, stopping at `ceiling`: never Infinity (which
 * JSON sends as null, unreadable to every console), also when a total stored before the bounds was over it.
 */
function sumUpTo(total: number | undefined, amount: number, ceiling: number): number {
  const sum = (total ?? 0) + amount;
  return sum <= ceiling ? sum : ceiling;
}

/** Take (assign), snooze and hand back: agent actions on tickets a human holds. */
function planAgentHandling(context: MutationContext, ticket: Ticket): MutationPlan {
  const { mutation } = context;
  if (mutation.type !== 'assign' && mutation.type !== 'snooze' && mutation.type !== 'handback') {
    throw new Error('planAgentHandling needs an assign, snooze or handback mutation');
  }
  if (context.messageExists) return { kind: 'duplicate' };
  const note: NewMessage = {
    id: mutation.messageId,
    author: 'agent',
    authorName: mutation.agentName,
    kind: 'note',
    text: handlingNoteText(mutation),
  };
  switch (mutation.type) {
    case 'assign': {
      const conflict = handlingConflict(context, ticket, mutation.baseVersion);
      if (conflict) return conflict;
      return {
        kind: 'apply',
        patch: { assignee: mutation.assignee, humanTouched: true },
        message: note,
        clearClaim: false,
      };
    }
    case 'snooze':
      if (ticket.status === 'new')
        return { kind: 'rejected', error: 'A new ticket is with the AI; only tickets a human holds can be snoozed.' };
      return {
        kind: 'apply',
        patch: { snoozedUntil: mutation.until },
        message: note,
        clearClaim: false,
      };
    case 'handback': {
      if (ticket.status === 'new' || ticket.status === 'ai_resolved') {
        return {
          kind: 'rejected',
          error: `The ticket is ${ticket.status === 'new' ? 'already with the AI' : 'resolved by the AI'}; there is nothing to hand back.`,
        };
      }
      const conflict = handlingConflict(context, ticket, mutation.baseVersion);
      if (conflict) return conflict;
      return {
        kind: 'apply',
        // The explicit exception to "the AI only drafts once a human took it": the agent asked for it.
        patch: {
          status: 'new',
          humanTouched: false,
          escalation: null,
          aiDraft: null,
          assignee: null,
          snoozedUntil: null,
        },
        message: note,
        clearClaim: true,
      };
    }
  }
}

/**
 * A reply or reassignment based on `baseVersion` loses when another client answered, resolved or
 * reassigned the ticket after that version. The client's own earlier changes never conflict, and
 * neither do customer messages, notes or AI decisions. Without a baseVersion nothing is checked.
 */
function handlingConflict(
  context: MutationContext,
  ticket: Ticket,
  baseVersion: number | undefined,
): MutationPlan | null {
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

function planAiDecision(context: MutationContext, ticket: Ticket): MutationPlan {
  const { mutation, claim } = context;
  if (mutation.type !== 'ai_decision') throw new Error('planAiDecision needs an ai_decision mutation');
  const decision = mutation.decision;

  if (decision.action === 'resolve' && context.messageExists) return { kind: 'duplicate' };
  if (decision.action === 'resolve' && ticket.humanTouched) {
    return { kind: 'rejected', error: 'The AI only drafts on human-owned tickets.' };
  }
  if (ticket.status !== 'new') {
    return { kind: 'conflict', error: `The ticket is ${ticket.status}; the AI decides only on new tickets.` };
  }
  const holdsLease =
    claim?.claimedBy === context.clientId && claim.leaseUntil !== null && claim.leaseUntil > context.now.getTime();
  if (!holdsLease) return { kind: 'conflict', error: 'This client does not hold a live claim on the ticket.' };

  const understood = {
    language: decision.language,
    intent: decision.intent,
    confidence: decision.confidence,
    summary: decision.summary,
    // The model cost of every applied decision adds up on the ticket (cost per resolution).
    ...(decision.usage && decision.usage.costUsd > 0
      ? { modelCostUsd: sumUpTo(ticket.modelCostUsd, decision.usage.costUsd, MAX_MODEL_COST_USD_PER_TICKET) }
      : {}),
    // What the AI looked up for this decision; a later decision without tool calls clears the earlier one's.
    aiToolResults: decision.toolResults?.length ? decision.toolResults : undefined,
  };
  if (decision.action === 'resolve') {
    return {
      kind: 'apply',
      patch: { ...understood, status: 'ai_resolved', aiDraft: null, escalation: null, ownerQueue: null },
      message: { id: mutation.messageId, author: 'ai', authorName: null, kind: 'reply', text: decision.reply },
      clearClaim: true,
    };
  }
  return {
    kind: 'apply',
    patch: {
      ...understood,
      status: 'escalated',
      ownerQueue: decision.ownerQueue,
      escalation: decision.escalation,
      aiDraft: decision.draft,
    },
    message: null,
    clearClaim: true,
  };
}
