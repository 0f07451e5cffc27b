import { AiAssistSchema } from '../../shared/domain/ai-assist.js';
import { AiToolResultsSchema } from '../../shared/domain/ai-tool-results.js';
import {
  CsatSchema,
  CustomerSchema,
  EmailMetaSchema,
  EscalationSchema,
  MessageDeliverySchema,
  MessageSchema,
  TicketReviewSchema,
  TicketTagsSchema,
  type Message,
  type Ticket,
  type TicketStatus,
} from '../../shared/domain/ticket.js';
import type { HandlingKind, TicketHandling } from '../domain/mutation-plan.js';
import type { ClaimState } from './queue-store.js';

/** A note's mentions as a message carries them. */
const NOTE_MENTIONS = MessageSchema.shape.mentions.unwrap();

/** Column shapes of the ticket and message tables (as SQLite has them), and their mapping to the shared domain types. */
export interface TicketRow {
  id: string;
  tenant_id: string;
  subject: string;
  customer_json: string;
  channel: string;
  status: TicketStatus;
  language: string | null;
  intent: string | null;
  confidence: number | null;
  owner_queue: string | null;
  escalation_json: string | null;
  ai_draft: string | null;
  summary: string | null;
  human_touched: number;
  /** The customer's rating as JSON (CsatSchema), null while unrated. */
  csat_json: string | null;
  /** The last lead review as JSON (TicketReviewSchema), null when none. */
  review_json: string | null;
  /** The agent who took the ticket, null while only its owner queue holds it. */
  assignee?: string | null;
  /** ISO time the ticket is snoozed until, null when not snoozed. */
  snoozed_until?: string | null;
  /** Model cost of the applied AI decisions, US dollars (0: none recorded). */
  model_cost_usd?: number;
  /** Seconds agents had the ticket open (0: none recorded). */
  handle_seconds?: number;
  /** The tool calls behind the latest AI decision as JSON (AiToolResultsSchema), null when none. */
  ai_tool_results_json?: string | null;
  /** The latest AI decision's route, citations and suggestions as JSON (AiAssistSchema), null when none. */
  ai_assist_json?: string | null;
  /** The ticket's tags as a JSON array of tag ids, null when none. */
  tags_json?: string | null;
  /** The ticket this one was merged into (issue 19), null when none. */
  merged_into?: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  seq: number;
  claimed_by: string | null;
  lease_until: number | null;
  /** The last human handling of the ticket (read where conflicts are decided), null when none. */
  handled_version?: number | null;
  handled_by?: string | null;
  handled_kind?: string | null;
}

export interface MessageRow {
  tenant_id: string;
  id: string;
  ticket_id: string;
  author: Message['author'];
  author_name: string | null;
  kind: Message['kind'];
  text: string;
  created_at: string;
  seq: number;
  /** A public reply on an email ticket: its delivery as JSON (MessageDeliverySchema), else null. */
  delivery_json?: string | null;
  /** A message that came in or went out by mail: its mail's metadata as JSON (EmailMetaSchema), else null. */
  email_json?: string | null;
  /** An internal note's mentions as a JSON array of user ids (MessageSchema's mentions), else null. */
  mentions_json?: string | null;
}

export function ticketFromRow(row: TicketRow): Ticket {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    subject: row.subject,
    customer: CustomerSchema.parse(JSON.parse(row.customer_json)),
    channel: row.channel,
    status: row.status,
    language: row.language,
    intent: row.intent,
    confidence: row.confidence,
    ownerQueue: row.owner_queue,
    escalation: row.escalation_json === null ? null : EscalationSchema.parse(JSON.parse(row.escalation_json)),
    aiDraft: row.ai_draft,
    summary: row.summary,
    humanTouched: row.human_touched === 1,
    csat: row.csat_json == null ? null : CsatSchema.parse(JSON.parse(row.csat_json)),
    review: row.review_json == null ? null : TicketReviewSchema.parse(JSON.parse(row.review_json)),
    ...(row.assignee ? { assignee: row.assignee } : {}),
    ...(row.snoozed_until ? { snoozedUntil: row.snoozed_until } : {}),
    ...(row.model_cost_usd ? { modelCostUsd: Number(row.model_cost_usd) } : {}),
    ...(row.handle_seconds ? { handleSeconds: Number(row.handle_seconds) } : {}),
    ...(row.ai_tool_results_json
      ? { aiToolResults: AiToolResultsSchema.parse(JSON.parse(row.ai_tool_results_json)) }
      : {}),
    ...(row.ai_assist_json ? { aiAssist: AiAssistSchema.parse(JSON.parse(row.ai_assist_json)) } : {}),
    ...(row.tags_json ? { tags: TicketTagsSchema.parse(JSON.parse(row.tags_json)) } : {}),
    ...(row.merged_into ? { mergedInto: row.merged_into } : {}),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    seq: row.seq,
  };
}

export function claimFromRow(row: TicketRow): ClaimState {
  return { claimedBy: row.claimed_by, leaseUntil: row.lease_until };
}

export function handlingFromRow(row: TicketRow): TicketHandling | null {
  if (row.handled_version == null || !row.handled_by || !row.handled_kind) return null;
  return { version: row.handled_version, clientId: row.handled_by, kind: row.handled_kind as HandlingKind };
}

/** Messages by their ticket, each ticket's in the order given. */
export function messagesByTicket(rows: readonly MessageRow[]): Map<string, Message[]> {
  const byTicket = new Map<string, Message[]>();
  for (const row of rows) {
    const list = byTicket.get(row.ticket_id) ?? [];
    list.push(messageFromRow(row));
    byTicket.set(row.ticket_id, list);
  }
  return byTicket;
}

export function messageFromRow(row: MessageRow): Message {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    author: row.author,
    authorName: row.author_name,
    kind: row.kind,
    text: row.text,
    createdAt: row.created_at,
    seq: row.seq,
    ...(row.delivery_json ? { delivery: MessageDeliverySchema.parse(JSON.parse(row.delivery_json)) } : {}),
    ...(row.email_json ? { email: EmailMetaSchema.parse(JSON.parse(row.email_json)) } : {}),
    ...(row.mentions_json ? { mentions: NOTE_MENTIONS.parse(JSON.parse(row.mentions_json)) } : {}),
  };
}
