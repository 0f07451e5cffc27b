import { randomUUID } from 'node:crypto';
import type { ConsoleApi, ConsoleInput, ConsoleOutput, TicketDetail } from '../../../shared/api/console-contract.js';
import { BOOKKEEPING_MUTATION_TYPES, type UnnumberedMutation } from '../../../shared/api/mutations.js';
import type { Role } from '../../../shared/api/queue-contract.js';
import { cannotOverruleAi } from '../../../shared/api/whoami.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { mutatorOf } from '../../../shared/mutations/index.js';
import { statusChange } from '../../../shared/mutations/mutator.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import type { ConsoleMenus } from '../settings/console-menus.js';
import { messageOfLocalChange, ticketAfterLocalChange } from '../store/optimistic-effects.js';
import type { Outbox, OutboxAuthor } from '../store/outbox.js';
import type { TicketCache } from '../store/ticket-cache.js';
import type { SyncEngine } from '../sync/sync-engine.js';
import { ticketDetail } from './ticket-detail.js';

export interface TicketActionsOptions {
  cache: TicketCache;
  outbox: Outbox;
  sync: Pick<SyncEngine, 'requestSync'>;
  /** The person at the console now: the name their changes carry (the queue names the signed-in caller itself). */
  agentName: () => string;
  /** Who writes the changes queued now (the hold rule reads it); default nobody. */
  author?: () => OutboxAuthor | null;
  now: () => Date;
  /** Role of this console's queue token, null while unknown. */
  role?: () => Role | null;
  /** The tenant's queues now: a reassign to another queue is refused here (not while none is known). */
  menus?: () => Pick<ConsoleMenus, 'queues'>;
  /** The tenant's catch-all owner queue: where a reopened ticket with no queue of its own (AI-resolved) goes. */
  catchAllQueue?: () => string | undefined;
  /** Tells every window the lists changed (the action shows at once). */
  ticketsChanged: () => void;
}

export type TicketActionName =
  | 'sendReply'
  | 'reassign'
  | 'assignToMe'
  | 'snooze'
  | 'handback'
  | 'markSpam'
  | 'reviewTicket'
  | 'reopenTicket'
  | 'addNote'
  | 'setTags'
  | 'recordHandleTime';
export type TicketActions = Required<Pick<ConsoleApi, TicketActionName>>;

type Refused = Result<never> | null;

/**
 * The agent's actions on a ticket: each builds a mutation (its rules are in shared/mutations/), which is
 * refused here when the cached ticket shows the queue would refuse it, else goes to the outbox and shows at
 * once in the local cache (optimistically); then sync pushes it and the queue decides.
 */
export function createTicketActions(options: TicketActionsOptions): TicketActions {
  const { cache, outbox, now } = options;
  const agentName = () => options.agentName();

  /**
   * The mutation's own check on the cached ticket, and the queue's rule that only a lead overrules the AI
   * (no change of this console's role may move a ticket out of `ai_resolved`; unknown role: the queue decides).
   */
  function refusedLikeTheQueue(change: UnnumberedMutation, ticket: Ticket): Refused {
    const mutator = mutatorOf(change);
    const refusal = mutator.check?.(change, ticket);
    if (refusal) return fail('not_allowed', refusal.error);
    const moved = statusChange(ticket, mutator.patch(change, ticket, change.createdAt));
    if (!moved || !cannotOverruleAi(moved.from, options.role?.())) return null;
    return fail(
      'not_allowed',
      'The AI resolved this ticket: answering or reopening it is for a team lead, after review. Add an internal note to point them to it.',
    );
  }

  /** Queues the change and shows it at once, unless refused like the queue would, or then by `refusedInput`. */
  function record(change: UnnumberedMutation, refusedInput: () => Refused = () => null): Result<TicketDetail> {
    const cached = cache.getTicket(change.ticketId);
    const refused = (cached && refusedLikeTheQueue(change, cached)) || refusedInput();
    if (refused) return refused;
    const stored = cache.transaction(() => {
      const ticket = cache.getTicket(change.ticketId);
      if (!ticket) return false;
      const mutation = outbox.enqueue(change, options.author?.() ?? null);
      const message = messageOfLocalChange(mutation, ticket);
      if (message) cache.putPendingMessage(message);
      cache.putTicket(ticketAfterLocalChange(ticket, mutation));
      return true;
    });
    if (!stored) return fail('not_found', 'This ticket is not in the local cache; it may have been removed.');
    // Bookkeeping (handle time): nothing the agent sees moved, so the lists are not fetched again for it.
    if (!BOOKKEEPING_MUTATION_TYPES.includes(change.type)) options.ticketsChanged();
    options.sync.requestSync();
    return ticketDetail(cache, change.ticketId);
  }

  /** What every change of this console's agent that adds a message carries. */
  const byAgent = (ticketId: string) => ({
    ticketId,
    messageId: randomUUID(),
    agentName: agentName(),
    createdAt: now().toISOString(),
  });

  /** The same, with the ticket version the agent saw: given by the view, else the one cached now. The queue decides conflicts. */
  function seen(input: { ticketId: string; baseVersion?: number }) {
    const baseVersion = input.baseVersion ?? cache.getTicket(input.ticketId)?.version;
    return { ...byAgent(input.ticketId), ...(baseVersion === undefined ? {} : { baseVersion }) };
  }

  function unknownQueue(ownerQueue: string): Refused {
    const queues = options.menus?.().queues ?? [];
    if (queues.length === 0 || queues.some((queue) => queue.id === ownerQueue)) return null;
    return fail(
      'unknown_queue',
      `There is no queue "${ownerQueue}"; choose one of ${queues.map((q) => q.id).join(', ')}.`,
    );
  }

  const inThePast = (until: string | null): Refused =>
    until !== null && Date.parse(until) <= now().getTime()
      ? fail('invalid_time', 'Choose a time in the future to snooze until.')
      : null;

  return {
    async sendReply(input: ConsoleInput<'sendReply'>): Promise<Result<TicketDetail>> {
      return record({ ...seen(input), type: 'agent_reply', text: input.text, resolve: input.resolve });
    },

    async reassign(input: ConsoleInput<'reassign'>): Promise<Result<TicketDetail>> {
      return (
        unknownQueue(input.ownerQueue) ?? record({ ...seen(input), type: 'reassign', ownerQueue: input.ownerQueue })
      );
    },

    async assignToMe(input: ConsoleInput<'assignToMe'>): Promise<Result<TicketDetail>> {
      return record({ ...seen(input), type: 'assign', assignee: agentName() });
    },

    async snooze(input: ConsoleInput<'snooze'>): Promise<Result<TicketDetail>> {
      const until = input.until === null ? null : new Date(input.until).toISOString();
      return record({ ...byAgent(input.ticketId), type: 'snooze', until }, () => inThePast(input.until));
    },

    async handback(input: ConsoleInput<'handback'>): Promise<Result<TicketDetail>> {
      return record({ ...seen(input), type: 'handback' });
    },

    async markSpam(input: ConsoleInput<'markSpam'>): Promise<Result<TicketDetail>> {
      return record({ ...seen(input), type: 'mark_spam' });
    },

    async reviewTicket(input: ConsoleInput<'reviewTicket'>): Promise<Result<TicketDetail>> {
      return record({
        type: 'review',
        ticketId: input.ticketId,
        verdict: input.verdict,
        ...(input.reason === undefined ? {} : { reason: input.reason }),
        reviewerName: agentName(),
        createdAt: now().toISOString(),
      });
    },

    async reopenTicket(input: ConsoleInput<'reopenTicket'>): Promise<Result<TicketDetail>> {
      const catchAll = options.catchAllQueue?.();
      return record({
        ...byAgent(input.ticketId),
        type: 'reopen',
        reason: input.reason,
        ...(catchAll === undefined ? {} : { ownerQueue: catchAll }),
      });
    },

    async addNote(input: ConsoleInput<'addNote'>): Promise<Result<TicketDetail>> {
      const mentions = input.mentions?.length ? { mentions: [...new Set(input.mentions)] } : {};
      return record({ ...byAgent(input.ticketId), type: 'note', text: input.text, ...mentions });
    },

    async setTags(input: ConsoleInput<'setTags'>): Promise<Result<TicketDetail>> {
      const { add = [], remove = [] } = input;
      return record({
        type: 'tag',
        ticketId: input.ticketId,
        agentName: agentName(),
        createdAt: now().toISOString(),
        add,
        remove,
      });
    },

    async recordHandleTime(
      input: ConsoleInput<'recordHandleTime'>,
    ): Promise<Result<ConsoleOutput<'recordHandleTime'>>> {
      const { ticketId, seconds } = input;
      const recorded = record({
        type: 'handle_time',
        ticketId,
        seconds,
        agentName: agentName(),
        createdAt: now().toISOString(),
      });
      return recorded.ok ? ok({ recorded: true }) : recorded;
    },
  };
}
