import type { Message, Ticket } from '../../shared/domain/ticket.js';
import type { AiDecisionRecord } from './store-operations.js';

export type SqlValue = string | number | null;

/** A row to write: its columns with their values, in column order (both engines write it as it is). */
export type RowValues = Readonly<Record<string, SqlValue>>;

/** The columns intake writes for a new ticket; the others start at their defaults. */
const NEW_TICKET_COLUMNS = columns(
  'id tenant_id subject customer_json channel status language intent confidence owner_queue escalation_json ai_draft summary human_touched version created_at updated_at seq',
);

/** The columns a ticket change writes (id, tenant, subject, customer, channel and creation never change). */
const CHANGED_TICKET_COLUMNS = columns(
  'status language intent confidence owner_queue escalation_json ai_draft summary human_touched csat_json review_json assignee snoozed_until model_cost_usd handle_seconds ai_tool_results_json ai_assist_json tags_json merged_into version updated_at seq',
);

export function newTicketValues(ticket: Ticket): RowValues {
  return pick(ticketColumns(ticket), NEW_TICKET_COLUMNS);
}

export function changedTicketValues(ticket: Ticket): RowValues {
  return pick(ticketColumns(ticket), CHANGED_TICKET_COLUMNS);
}

export function messageValues(tenantId: string, message: Message): RowValues {
  return {
    tenant_id: tenantId,
    id: message.id,
    ticket_id: message.ticketId,
    author: message.author,
    author_name: message.authorName,
    kind: message.kind,
    text: message.text,
    created_at: message.createdAt,
    seq: message.seq,
    delivery_json: message.delivery ? JSON.stringify(message.delivery) : null,
    email_json: message.email ? JSON.stringify(message.email) : null,
    mentions_json: message.mentions?.length ? JSON.stringify(message.mentions) : null,
  };
}

export function aiDecisionValues(decision: AiDecisionRecord): RowValues {
  return {
    tenant_id: decision.tenantId,
    ticket_id: decision.ticketId,
    client_id: decision.clientId,
    mutation_id: decision.mutationId,
    action: decision.action,
    decided_at: decision.decidedAt,
    route: decision.route,
    model: decision.model,
    prompt_version: decision.promptVersion,
    tokens: decision.tokens,
    cost_usd: decision.costUsd,
    latency_ms: decision.latencyMs,
  };
}

type TicketColumn = keyof ReturnType<typeof ticketColumns>;

/** Every column of a ticket row but the claim and handling columns (written apart). */
function ticketColumns(ticket: Ticket) {
  return {
    id: ticket.id,
    tenant_id: ticket.tenantId,
    subject: ticket.subject,
    customer_json: JSON.stringify(ticket.customer),
    channel: ticket.channel,
    status: ticket.status,
    language: ticket.language,
    intent: ticket.intent,
    confidence: ticket.confidence,
    owner_queue: ticket.ownerQueue,
    escalation_json: ticket.escalation === null ? null : JSON.stringify(ticket.escalation),
    ai_draft: ticket.aiDraft,
    summary: ticket.summary,
    human_touched: ticket.humanTouched ? 1 : 0,
    csat_json: ticket.csat === null ? null : JSON.stringify(ticket.csat),
    review_json: ticket.review === null ? null : JSON.stringify(ticket.review),
    assignee: ticket.assignee ?? null,
    snoozed_until: ticket.snoozedUntil ?? null,
    model_cost_usd: ticket.modelCostUsd ?? 0,
    handle_seconds: ticket.handleSeconds ?? 0,
    ai_tool_results_json: ticket.aiToolResults?.length ? JSON.stringify(ticket.aiToolResults) : null,
    ai_assist_json: ticket.aiAssist ? JSON.stringify(ticket.aiAssist) : null,
    tags_json: ticket.tags?.length ? JSON.stringify(ticket.tags) : null,
    merged_into: ticket.mergedInto ?? null,
    version: ticket.version,
    created_at: ticket.createdAt,
    updated_at: ticket.updatedAt,
    seq: ticket.seq,
  };
}

function columns(names: string): readonly TicketColumn[] {
  return names.split(' ') as TicketColumn[];
}

function pick(values: Record<TicketColumn, SqlValue>, keys: readonly TicketColumn[]): RowValues {
  return Object.fromEntries(keys.map((key) => [key, values[key]]));
}
