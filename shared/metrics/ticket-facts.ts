import type { Message, Ticket, TicketStatus } from '../domain/ticket.js';
import type { PausedInterval } from '../sla/pauses.js';
import { customerWaits, firstHumanReplyAt } from '../sla/ticket-clock.js';

/** How long after a resolution a customer reply still counts as a reopen (DESIGN.md: default 72 h). */
export const DEFAULT_REOPEN_WINDOW_MS = 72 * 60 * 60 * 1000;

/** Ticket statuses that count as closed. */
const CLOSED_STATUSES = new Set<Ticket['status']>(['ai_resolved', 'resolved']);

/**
 * What the metrics need to know about one ticket, derived once from the ticket and its thread.
 * Plain JSON (times in epoch milliseconds) so a console can keep it next to its cache.
 * Nothing here depends on "now": time-dependent figures (assumed resolution) are decided when computing.
 */
export interface TicketFacts {
  id: string;
  /** The ticket's status now: `escalated` waits for a person, `ai_resolved` stays resolved by the AI. */
  status: TicketStatus;
  createdAt: number;
  /** UTC day of creation, YYYY-MM-DD: the day every figure of the ticket is reported under. */
  day: string;
  /** Owner queue, or null when the ticket never went to one (the AI handled it alone). */
  queue: string | null;
  language: string | null;
  /** The customer's market (customer.market), or null. */
  market: string | null;
  /** The channel it came in through, and the customer's tier: which SLA queue and targets apply. */
  channel: string;
  tier: Ticket['customer']['tier'];
  intent: string | null;
  /** The ticket's tags (ids of the tenant's `tag` settings); absent or empty: none. */
  tags?: readonly string[];
  confidence: number | null;
  /** Status is ai_resolved or resolved. */
  closed: boolean;
  /** When closed: time of the last public reply (AI or agent) that closed it; null when open. */
  closedAt: number | null;
  /** When closed: closedAt, or the ticket's last update when no public reply closed it (marked as spam); null when open. */
  resolvedAt: number | null;
  /** The first public reply by a person: the SLA's first reply (the AI's answers are none; shared/sla/ticket-clock). */
  firstHumanReplyAt: number | null;
  /** The times the ticket waited on the customer, when the SLA clock stands still (shared/sla/ticket-clock). */
  waits: PausedInterval[];
  /** An agent wrote at least one public reply (internal notes do not count). */
  humanReplied: boolean;
  /** The AI answered the customer publicly on its own (an AI resolution) at least once. */
  aiResolved: boolean;
  /** The AI escalated it to an owner queue (a lead's reopen is not counted here). */
  escalated: boolean;
  /** Escalated, and the first agent reply is the AI's draft unchanged (whitespace aside). */
  answeredWithDraftUnchanged: boolean;
  /** Milliseconds from creation to the first public reply (AI or agent); null before any. */
  firstResponseMs: number | null;
  /** After an AI resolution, the customer wrote again within the reopen window, or a lead reopened it. */
  reopened: boolean;
  /** A lead flagged the AI's resolution in review. */
  flagged: boolean;
  /** Customer rating 1-5, or null when unrated. */
  csat: number | null;
  /** Model cost of the AI's decisions on this ticket, in US dollars. */
  modelCostUsd: number;
  /** Seconds agents spent with the ticket open. */
  handleSeconds: number;
}

/** The AI's answer closed the ticket and it stays closed (status ai_resolved): an AI resolution, in every figure. */
export function resolvedByAi(facts: Pick<TicketFacts, 'status'>): boolean {
  return facts.status === 'ai_resolved';
}

/** The ticket waits for a person now (status escalated: in the agents' inbox, snoozed or not). */
export function waitsForPerson(facts: Pick<TicketFacts, 'status'>): boolean {
  return facts.status === 'escalated';
}

/** Review and reopen signals kept outside the thread (a lead's review verdict or reopen). */
export interface ReviewSignals {
  flagged?: boolean;
  /** A lead reopened the AI's resolution (counts as a reopen whenever it happened). */
  reopenedByLead?: boolean;
}

export interface FactsOptions {
  reopenWindowMs?: number;
}

/** The metrics' view of one ticket. `messages` is the ticket's whole thread in any order. */
export function ticketFacts(
  ticket: Ticket,
  messages: readonly Pick<Message, 'author' | 'kind' | 'text' | 'createdAt'>[],
  signals: ReviewSignals = {},
  options: FactsOptions = {},
): TicketFacts {
  const windowMs = options.reopenWindowMs ?? DEFAULT_REOPEN_WINDOW_MS;
  const thread = [...messages].sort((a, b) => time(a.createdAt) - time(b.createdAt));
  const createdAt = time(ticket.createdAt);

  let firstPublicReplyAt: number | null = null;
  let lastPublicReplyAt: number | null = null;
  let firstAgentReply: string | null = null;
  const aiReplyTimes: number[] = [];
  const customerTimes: number[] = [];
  for (const message of thread) {
    const at = time(message.createdAt);
    if (message.author === 'customer') {
      customerTimes.push(at);
      continue;
    }
    if (message.kind !== 'reply') continue;
    firstPublicReplyAt ??= at;
    lastPublicReplyAt = at;
    if (message.author === 'ai') aiReplyTimes.push(at);
    else firstAgentReply ??= message.text;
  }

  const reopenedByCustomer = aiReplyTimes.some((resolvedAt) =>
    customerTimes.some((at) => at > resolvedAt && at - resolvedAt <= windowMs),
  );
  const closed = CLOSED_STATUSES.has(ticket.status);
  // A lead's reopen also escalates the ticket (code `reopened`): that is not the AI escalating.
  const escalated = ticket.escalation !== null && ticket.escalation.code !== 'reopened';
  return {
    id: ticket.id,
    status: ticket.status,
    createdAt,
    day: utcDay(createdAt),
    queue: ticket.ownerQueue,
    language: ticket.language,
    market: ticket.customer.market ?? null,
    channel: ticket.channel,
    tier: ticket.customer.tier,
    intent: ticket.intent,
    tags: ticket.tags ?? [],
    confidence: ticket.confidence,
    closed,
    closedAt: closed ? lastPublicReplyAt : null,
    resolvedAt: closed ? (lastPublicReplyAt ?? time(ticket.updatedAt)) : null,
    firstHumanReplyAt: firstHumanReplyAt(thread),
    waits: customerWaits(thread, ticket.status),
    humanReplied: firstAgentReply !== null,
    aiResolved: aiReplyTimes.length > 0,
    escalated,
    answeredWithDraftUnchanged:
      escalated && ticket.aiDraft !== null && firstAgentReply !== null && sameText(ticket.aiDraft, firstAgentReply),
    firstResponseMs: firstPublicReplyAt === null ? null : Math.max(0, firstPublicReplyAt - createdAt),
    reopened: aiReplyTimes.length > 0 && (reopenedByCustomer || signals.reopenedByLead === true),
    flagged: signals.flagged === true,
    csat: ticket.csat?.score ?? null,
    modelCostUsd: ticket.modelCostUsd ?? 0,
    handleSeconds: ticket.handleSeconds ?? 0,
  };
}

function sameText(a: string, b: string): boolean {
  const normal = (text: string) => text.replace(/\s+/g, ' ').trim();
  return normal(a) === normal(b);
}

function time(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
}

export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
