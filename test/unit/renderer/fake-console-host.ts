import type {
  ConsoleEvent,
  ConsoleInput,
  ConsoleSetup,
  ConsoleStatus,
  InboxRow,
  LocalMessage,
  TicketDetail,
  UnsentChange,
} from '../../../shared/api/console-contract.js';
import { newTicket, type Ticket } from '../../../shared/domain/ticket.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import type { RefreshApi } from '../../../renderer/src/state/list-refresh.js';
import type { TicketActionApi } from '../../../renderer/src/state/ticket-actions.js';

/** The console calls the renderer's state modules make: what the fake host answers. */
export type FakeConsoleApi = RefreshApi & TicketActionApi;
type MethodName = Exclude<keyof FakeConsoleApi, 'subscribe'>;

export interface FakeCall {
  method: MethodName;
  input: unknown;
}

const T0 = Date.parse('2026-03-02T09:00:00.000Z');

/** A ticket created `minute` minutes after T0 (the inbox is in creation order here). */
export function fakeTicket(id: string, minute: number, fields: Partial<Ticket> = {}): Ticket {
  const at = new Date(T0 + minute * 60_000).toISOString();
  const base = newTicket({
    id,
    tenantId: 'demo-bank',
    subject: `Subject of ${id}`,
    customer: { id: `c-${id}`, name: `Customer ${id}`, tier: 'standard', email: `${id}@example.test` },
    channel: 'email',
    at,
    seq: minute,
  });
  return { ...base, status: 'escalated', ownerQueue: 'billing', aiDraft: `Draft for ${id}`, ...fields };
}

/** The row the inbox list shows for a ticket (due when created, with no SLA countdown). */
function rowOf(ticket: Ticket, unread: boolean): InboxRow {
  const { id, subject, language, intent, ownerQueue, createdAt, updatedAt, version } = ticket;
  return {
    ...{ id, subject, language, intent, ownerQueue, createdAt, updatedAt, version },
    customerName: ticket.customer.name,
    tier: ticket.customer.tier,
    reason: ticket.escalation?.code ?? null,
    assignee: ticket.assignee ?? null,
    snoozedUntil: ticket.snoozedUntil ?? null,
    dueAt: createdAt,
    sla: null,
    isNew: unread,
    unread,
  };
}

/**
 * An in-memory console host: tickets, messages and refused changes, answering the contract's calls the way the
 * real core does for these tests (escalated tickets make the inbox, each change bumps the version). Every call is
 * recorded; `hold` keeps the next call of a method waiting until the test lets it answer.
 */
export function createFakeConsoleHost(initialTickets: Ticket[]) {
  const tickets = new Map<string, Ticket>(initialTickets.map((t) => [t.id, t]));
  const messages = new Map<string, LocalMessage[]>();
  const unsent: UnsentChange[] = [];
  const read = new Set<string>();
  const listeners = new Set<(event: ConsoleEvent) => void>();
  const held = new Map<MethodName, Promise<void>>();
  const calls: FakeCall[] = [];
  let status: ConsoleStatus = {
    online: true,
    unsentChanges: 0,
    lastSyncAt: null,
    lastError: null,
    agentName: 'Alex',
    tenantName: 'Demo Bank',
    cacheChanges: 0,
  };
  let setup: ConsoleSetup = {
    agentName: 'Alex Agent',
    queues: [
      { id: 'billing', name: 'Billing' },
      { id: 'fraud', name: 'Fraud' },
    ],
    macros: [{ id: 'thanks', name: 'Thanks', text: 'Thank you {{customer.name}}, {{agent.name}} here.' }],
    languages: ['en'],
    intents: [],
    translationAvailable: false,
  };
  let messageSeq = 0;

  async function answer<T>(method: MethodName, input: unknown, compute: () => Result<T>): Promise<Result<T>> {
    calls.push({ method, input });
    const gate = held.get(method);
    held.delete(method);
    if (gate) await gate;
    return compute();
  }

  const detailOf = (ticket: Ticket): TicketDetail => ({
    ticket,
    messages: messages.get(ticket.id) ?? [],
    unsent: unsent.filter((u) => u.ticketId === ticket.id),
  });
  const inbox = () =>
    [...tickets.values()]
      .filter((t) => t.status === 'escalated')
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  /** Changes a ticket as the core would (a new version) and answers with its detail. */
  function change(ticketId: string, patch: Partial<Ticket>, message?: Pick<LocalMessage, 'kind' | 'text'>) {
    const ticket = tickets.get(ticketId);
    if (!ticket) return fail<TicketDetail>('not_found', `No ticket ${ticketId}.`);
    const next = { ...ticket, ...patch, version: ticket.version + 1 };
    tickets.set(ticketId, next);
    if (message) {
      const list = messages.get(ticketId) ?? [];
      const seq = ++messageSeq;
      list.push({
        id: `m${seq}`,
        ticketId,
        author: 'agent',
        authorName: 'Alex',
        createdAt: next.updatedAt,
        seq,
        pending: true,
        ...message,
      });
      messages.set(ticketId, list);
    }
    return ok(detailOf(next));
  }

  const ticketActions: Omit<TicketActionApi, 'sendReply' | 'addNote'> = {
    assignToMe: (input) => answer('assignToMe', input, () => change(input.ticketId, { assignee: 'Alex' })),
    handback: (input) => answer('handback', input, () => change(input.ticketId, { status: 'new', assignee: null })),
    markSpam: (input) =>
      answer('markSpam', input, () =>
        change(input.ticketId, { status: 'resolved' }, { kind: 'note', text: 'Marked as spam.' }),
      ),
    snooze: (input) => answer('snooze', input, () => change(input.ticketId, { snoozedUntil: input.until })),
    reassign: (input) => answer('reassign', input, () => change(input.ticketId, { ownerQueue: input.ownerQueue })),
    reopenTicket: (input) => answer('reopenTicket', input, () => change(input.ticketId, { status: 'escalated' })),
    dismissUnsent: (input) =>
      answer('dismissUnsent', input, () => {
        const at = unsent.findIndex((u) => u.id === input.id);
        if (at >= 0) unsent.splice(at, 1);
        return ok({ dismissed: at >= 0 });
      }),
  };

  const api: FakeConsoleApi = {
    getStatus: (input) => answer('getStatus', input, () => ok(status)),
    listAiResolved: (input) =>
      answer('listAiResolved', input, () => ok([...tickets.values()].filter((t) => t.status === 'ai_resolved'))),
    listInboxWindow: (input) =>
      answer('listInboxWindow', input, () => {
        const all = inbox().filter((t) => input.view !== 'mine' || t.assignee === 'Alex');
        const rows = all.slice(input.offset, input.offset + input.limit).map((t) => rowOf(t, !read.has(t.id)));
        return ok({ total: all.length, offset: input.offset, rows, unread: all.filter((t) => !read.has(t.id)).length });
      }),
    getTicket: (input) =>
      answer('getTicket', input, () => {
        const ticket = tickets.get(input.ticketId);
        return ticket ? ok(detailOf(ticket)) : fail('not_found', `No ticket ${input.ticketId}.`);
      }),
    markRead: (input) =>
      answer('markRead', input, () => {
        read.add(input.ticketId);
        return ok({ read: true });
      }),
    getConsoleSetup: (input) => answer('getConsoleSetup', input, () => ok(setup)),
    sendReply: (input) =>
      answer('sendReply', input, () =>
        change(input.ticketId, input.resolve ? { status: 'resolved' } : {}, { kind: 'reply', text: input.text }),
      ),
    addNote: (input) => answer('addNote', input, () => change(input.ticketId, {}, { kind: 'note', text: input.text })),
    ...ticketActions,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    api,
    calls,
    listeners,
    /** The calls of one method so far, with their inputs. */
    callsOf<M extends MethodName>(method: M): Array<ConsoleInput<M>> {
      return calls.filter((c) => c.method === method).map((c) => c.input as ConsoleInput<M>);
    },
    /** The next call of `method` waits until the returned function is called. */
    hold(method: MethodName): () => void {
      let release = () => undefined as void;
      held.set(method, new Promise<void>((resolve) => (release = resolve)));
      return () => release();
    },
    /** Makes the next call of `method` answer with this error (as a host that refused it). */
    failNext(method: MethodName, code: string): void {
      const original = api[method] as (input: unknown) => Promise<Result<unknown>>;
      (api as Record<MethodName, unknown>)[method] = (input: unknown) => {
        (api as Record<MethodName, unknown>)[method] = original;
        return answer(method, input, () => fail(code, `The host refused ${method}.`));
      };
    },
    put(ticket: Ticket): void {
      tickets.set(ticket.id, ticket);
    },
    ticket: (id: string): Ticket | undefined => tickets.get(id),
    refuse(change: Omit<UnsentChange, 'id'>): number {
      const id = unsent.length + 100;
      unsent.push({ ...change, id });
      return id;
    },
    setStatus(patch: Partial<ConsoleStatus>): ConsoleStatus {
      status = { ...status, ...patch };
      return status;
    },
    setSetup(patch: Partial<ConsoleSetup>): void {
      setup = { ...setup, ...patch };
    },
    emit(event: ConsoleEvent): void {
      for (const listener of listeners) listener(event);
    },
  };
}

export type FakeConsoleHost = ReturnType<typeof createFakeConsoleHost>;
