import { randomUUID } from 'node:crypto';
import type { ConsoleApi, ConsoleInput, ConsoleOutput, TicketDetail } from '../../../shared/api/console-contract.js';
import { BOOKKEEPING_MUTATION_TYPES } from '../../../shared/api/mutations.js';
import type { Role } from '../../../shared/api/queue-contract.js';
import { cannotOverruleAi } from '../../../shared/api/whoami.js';
import type { TenantConfig } from '../../../shared/domain/tenant.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import { messageOfLocalChange, ticketAfterLocalChange } from '../store/optimistic-effects.js';
import type { Outbox, UnnumberedMutation } from '../store/outbox.js';
import type { TicketCache } from '../store/ticket-cache.js';
import type { SyncEngine } from '../sync/sync-engine.js';
import { ticketDetail } from './ticket-detail.js';

export interface TicketActionsOptions {
  cache: TicketCache;
  outbox: Outbox;
  sync: Pick<SyncEngine, 'requestSync'>;
  agentName: string;
  now: () => Date;
  /** Role of this console's queue token, null while unknown. */
  role?: () => Role | null;
  /** The tenant's queues: a reassign to another queue is refused here. */
  tenant?: Pick<TenantConfig, 'queues'>;
  /** The tenant's catch-all owner queue: where a reopened ticket with no queue of its own (AI-resolved) goes. */
  catchAllQueue?: string;
  /** Tells every window the lists changed (the action shows at once). */
  ticketsChanged: () => void;
}

export type TicketActionName =
  | 'sendReply'
  | 'reassign'
  | 'assignToMe'
  | 'snooze'
  | 'handback'
  | 'reviewTicket'
  | 'reopenTicket'
  | 'addNote'
  | 'recordHandleTime';
export type TicketActions = Required<Pick<ConsoleApi, TicketActionName>>;

/**
 * The agent's actions on a ticket: each goes to the outbox and shows at once in the local cache
 * (optimistically), then sync pushes it and the queue decides.
 */
export function createTicketActions(options: TicketActionsOptions): TicketActions {
  const { cache, outbox, agentName, now } = options;

  /** An answer or reopen of an AI-resolved ticket from a console whose role may not overrule the AI: refused here as the queue would. */
  function refusedOverrulingAi(ticketId: string): Result<never> | null {
    const ticket = cache.getTicket(ticketId);
    if (!ticket || !cannotOverruleAi(ticket.status, options.role?.())) return null;
    return fail(
      'not_allowed',
      'The AI resolved this ticket: answering or reopening it is for a team lead, after review. Add an internal note to point them to it.',
    );
  }

  function baseVersionOf(input: { ticketId: string; baseVersion?: number }): { baseVersion?: number } {
    const baseVersion = input.baseVersion ?? cache.getTicket(input.ticketId)?.version;
    return baseVersion === undefined ? {} : { baseVersion };
  }

  function record(ticketId: string, change: UnnumberedMutation): Result<TicketDetail> {
    const stored = cache.transaction(() => {
      const ticket = cache.getTicket(ticketId);
      if (!ticket) return false;
      const mutation = outbox.enqueue(change);
      const message = messageOfLocalChange(mutation, ticket);
      if (message) cache.putPendingMessage(message);
      cache.putTicket(ticketAfterLocalChange(ticket, mutation));
      return true;
    });
    if (!stored) return fail('not_found', 'This ticket is not in the local cache; it may have been removed.');
    // Bookkeeping (handle time): nothing the agent sees moved, so the lists are not fetched again for it.
    if (!BOOKKEEPING_MUTATION_TYPES.includes(change.type)) options.ticketsChanged();
    options.sync.requestSync();
    return ticketDetail(cache, ticketId);
  }

  return {
    async sendReply(input: ConsoleInput<'sendReply'>): Promise<Result<TicketDetail>> {
      const heldByAi = refusedOverrulingAi(input.ticketId);
      if (heldByAi) return heldByAi;
      // The version the agent saw: given by the view, else the one cached now. The queue decides conflicts.
      const baseVersion = input.baseVersion ?? cache.getTicket(input.ticketId)?.version;
      return record(input.ticketId, {
        type: 'agent_reply',
        ticketId: input.ticketId,
        messageId: randomUUID(),
        text: input.text,
        resolve: input.resolve,
        agentName,
        createdAt: now().toISOString(),
        ...(baseVersion === undefined ? {} : { baseVersion }),
      });
    },

    async reassign(input: ConsoleInput<'reassign'>): Promise<Result<TicketDetail>> {
      const queues = options.tenant?.queues;
      if (queues && !queues.some((queue) => queue.id === input.ownerQueue)) {
        return fail(
          'unknown_queue',
          `There is no queue "${input.ownerQueue}"; choose one of ${queues.map((q) => q.id).join(', ')}.`,
        );
      }
      return record(input.ticketId, {
        type: 'reassign',
        ticketId: input.ticketId,
        messageId: randomUUID(),
        ownerQueue: input.ownerQueue,
        agentName,
        createdAt: now().toISOString(),
        ...baseVersionOf(input),
      });
    },

    async assignToMe(input: ConsoleInput<'assignToMe'>): Promise<Result<TicketDetail>> {
      return record(input.ticketId, {
        type: 'assign',
        ticketId: input.ticketId,
        messageId: randomUUID(),
        assignee: agentName,
        agentName,
        createdAt: now().toISOString(),
        ...baseVersionOf(input),
      });
    },

    async snooze(input: ConsoleInput<'snooze'>): Promise<Result<TicketDetail>> {
      const ticket = cache.getTicket(input.ticketId);
      if (ticket && ticket.status === 'new')
        return fail('not_allowed', 'This ticket is with the AI; only tickets a human holds can be snoozed.');
      if (input.until !== null && Date.parse(input.until) <= now().getTime()) {
        return fail('invalid_time', 'Choose a time in the future to snooze until.');
      }
      return record(input.ticketId, {
        type: 'snooze',
        ticketId: input.ticketId,
        messageId: randomUUID(),
        until: input.until === null ? null : new Date(input.until).toISOString(),
        agentName,
        createdAt: now().toISOString(),
      });
    },

    async handback(input: ConsoleInput<'handback'>): Promise<Result<TicketDetail>> {
      const ticket = cache.getTicket(input.ticketId);
      if (ticket && (ticket.status === 'new' || ticket.status === 'ai_resolved')) {
        return fail('not_allowed', 'This ticket is already with the AI.');
      }
      return record(input.ticketId, {
        type: 'handback',
        ticketId: input.ticketId,
        messageId: randomUUID(),
        agentName,
        createdAt: now().toISOString(),
        ...baseVersionOf(input),
      });
    },

    async reviewTicket(input: ConsoleInput<'reviewTicket'>): Promise<Result<TicketDetail>> {
      return record(input.ticketId, {
        type: 'review',
        ticketId: input.ticketId,
        verdict: input.verdict,
        ...(input.reason === undefined ? {} : { reason: input.reason }),
        reviewerName: agentName,
        createdAt: now().toISOString(),
      });
    },

    async reopenTicket(input: ConsoleInput<'reopenTicket'>): Promise<Result<TicketDetail>> {
      const ticket = cache.getTicket(input.ticketId);
      if (ticket && ticket.status !== 'resolved' && ticket.status !== 'ai_resolved') {
        return fail('not_allowed', 'Only resolved or AI-resolved tickets can be reopened; this one is still open.');
      }
      const heldByAi = refusedOverrulingAi(input.ticketId);
      if (heldByAi) return heldByAi;
      const catchAll = options.catchAllQueue;
      return record(input.ticketId, {
        type: 'reopen',
        ticketId: input.ticketId,
        messageId: randomUUID(),
        reason: input.reason,
        agentName,
        createdAt: now().toISOString(),
        ...(catchAll === undefined ? {} : { ownerQueue: catchAll }),
      });
    },

    async addNote(input: ConsoleInput<'addNote'>): Promise<Result<TicketDetail>> {
      return record(input.ticketId, {
        type: 'note',
        ticketId: input.ticketId,
        messageId: randomUUID(),
        text: input.text,
        agentName,
        createdAt: now().toISOString(),
      });
    },

    async recordHandleTime(
      input: ConsoleInput<'recordHandleTime'>,
    ): Promise<Result<ConsoleOutput<'recordHandleTime'>>> {
      const recorded = record(input.ticketId, {
        type: 'handle_time',
        ticketId: input.ticketId,
        seconds: input.seconds,
        agentName,
        createdAt: now().toISOString(),
      });
      return recorded.ok ? ok({ recorded: true }) : recorded;
    },
  };
}
