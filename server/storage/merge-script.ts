import { z } from 'zod';
import type { MergeRecord, MergeRefusal } from '../../shared/api/merge-contract.js';
import { CHAT_TICKET_CHANNEL } from '../../shared/api/widget-contract.js';
import { MESSAGING_TICKET_CHANNEL } from '../../shared/channels/messaging-channel.js';
import { replySubject } from '../../shared/channels/ticket-reference.js';
import { TicketStatusSchema, type Ticket } from '../../shared/domain/ticket.js';
import { AUDIT_ACTIONS, mergeEntry, type TokenActor } from '../audit/audit-entries.js';
import { EMAIL_TICKET_CHANNEL } from '../domain/email-thread.js';
import { newMergeId, newMessageId } from '../domain/ids.js';
import { mergeNotice } from '../domain/merge-notice.js';
import { mergeNotes, mergeRefusal, undoNotes, undoRefusal, undoUntil } from '../domain/ticket-merge.js';
import { appendAudit } from './audit-append.js';
import type { MergeRow } from './merge-sql.js';
import { perform, type Script } from './store-operations.js';
import { messageFromRow, ticketFromRow, type MessageRow } from './ticket-rows.js';
import { writeTicketChange } from './ticket-scripts.js';

export interface MergeInput {
  tenantId: string;
  sourceTicketId: string;
  targetTicketId: string;
  actor: TokenActor;
  now: Date;
}

export interface UndoMergeInput {
  tenantId: string;
  mergeId: string;
  actor: TokenActor;
  now: Date;
}

export type MergeOutcome =
  | { status: 'merged' | 'undone'; record: MergeRecord }
  | { status: 'not_found'; what: string }
  | { status: 'refused'; refusal: MergeRefusal; sourceTicketId: string; targetTicketId: string };

const MovedIdsSchema = z.array(z.string());

/**
 * Merges the source into the target in one transaction: the source's messages move to the target with new feed
 * numbers (every console pulls them again; threads read in time order), the source is resolved with its pointer,
 * each ticket gets an internal note and an audit record, the customer is told on the source's channel where the
 * conversation continues when that channel carries replies (the reply goes the channel's own way: email's outbox with
 * the target's subject reference, chat's widget, the generic channel's delivery), and the merge is kept for its undo.
 */
export function* mergeTickets(input: MergeInput): Script<MergeOutcome> {
  const { tenantId, actor, now } = input;
  yield* perform('lockFeed', tenantId);
  const source = yield* lockedTicket(tenantId, input.sourceTicketId);
  const target = yield* lockedTicket(tenantId, input.targetTicketId);
  if (!source || !target)
    return { status: 'not_found', what: `ticket ${source ? input.targetTicketId : input.sourceTicketId}` };
  const refusal = mergeRefusal(source, target);
  if (refusal) return { status: 'refused', refusal, sourceTicketId: source.id, targetTicketId: target.id };
  const movedRows = yield* perform('messageRows', tenantId, [source.id]);
  const moved = movedRows.map((row) => row.id);
  for (const messageId of moved)
    yield* perform('moveMessage', tenantId, messageId, target.id, yield* perform('nextSeq', tenantId));
  yield* moveAttachments(tenantId, movedRows, target.id);
  const notes = mergeNotes(source, target, moved.length, actor.name);
  // The pointer is written with the ticket (TicketPatch is what mutations change; a merge is no mutation).
  const resolved = yield* writeTicketChange(
    { ...source, mergedInto: target.id },
    { patch: { status: 'resolved' }, message: notes.source(newMessageId()) },
    now,
  );
  yield* perform('clearClaim', tenantId, source.id);
  const told = yield* tellCustomer(resolved, target, actor, now);
  const joined = yield* writeTicketChange(told.target, { patch: {}, message: notes.target(newMessageId()) }, now);
  const row: MergeRow = {
    id: newMergeId(),
    tenant_id: tenantId,
    source_ticket_id: source.id,
    target_ticket_id: target.id,
    moved_json: JSON.stringify(moved),
    by_name: actor.name,
    by_user_id: actor.userId ?? null,
    at: now.toISOString(),
    undo_until: undoUntil(now),
    undone_at: null,
    source_status: source.status,
    customer_told_by: told.by,
  };
  yield* perform('insertMerge', row);
  const facts = { mergeId: row.id, sourceTicketId: source.id, targetTicketId: target.id, movedMessages: moved.length };
  yield* appendAudit([
    mergeEntry(told.ticket, AUDIT_ACTIONS.merged, facts, actor),
    mergeEntry(joined, AUDIT_ACTIONS.merged, facts, actor),
  ]);
  return { status: 'merged', record: mergeRecordOf(row) };
}

/**
 * Undoes a merge within its window, in one transaction: the moved messages go back to the source with new feed
 * numbers, the source returns to its status before the merge without its pointer, both tickets get a note and an
 * audit record. What the customer was told stays told.
 */
export function* undoMerge(input: UndoMergeInput): Script<MergeOutcome> {
  const { tenantId, actor, now } = input;
  yield* perform('lockFeed', tenantId);
  const row = yield* perform('mergeRow', tenantId, input.mergeId, true);
  if (!row) return { status: 'not_found', what: `merge ${input.mergeId}` };
  const record = mergeRecordOf(row);
  const refusal = undoRefusal(record, now);
  if (refusal)
    return { status: 'refused', refusal, sourceTicketId: row.source_ticket_id, targetTicketId: row.target_ticket_id };
  const source = yield* lockedTicket(tenantId, row.source_ticket_id);
  const target = yield* lockedTicket(tenantId, row.target_ticket_id);
  if (!source || !target)
    return { status: 'not_found', what: `ticket ${source ? row.target_ticket_id : row.source_ticket_id}` };
  const moved = MovedIdsSchema.parse(JSON.parse(row.moved_json));
  for (const messageId of moved)
    yield* perform('moveMessage', tenantId, messageId, source.id, yield* perform('nextSeq', tenantId));
  const movedBack = new Set(moved);
  const sourceRows = yield* perform('messageRows', tenantId, [source.id]);
  yield* moveAttachments(
    tenantId,
    sourceRows.filter((message) => movedBack.has(message.id)),
    source.id,
  );
  const status = TicketStatusSchema.parse(row.source_status);
  const notes = undoNotes(source, target, status, moved.length, actor.name);
  const restored = yield* writeTicketChange(
    { ...source, mergedInto: null },
    { patch: { status }, message: notes.source(newMessageId()) },
    now,
  );
  const returned = yield* writeTicketChange(target, { patch: {}, message: notes.target(newMessageId()) }, now);
  const at = now.toISOString();
  yield* perform('markMergeUndone', tenantId, row.id, at);
  const facts = { mergeId: row.id, sourceTicketId: source.id, targetTicketId: target.id, movedMessages: moved.length };
  yield* appendAudit([
    mergeEntry(restored, AUDIT_ACTIONS.mergeUndone, facts, actor),
    mergeEntry(returned, AUDIT_ACTIONS.mergeUndone, facts, actor),
  ]);
  return { status: 'undone', record: { ...record, undoneAt: at } };
}

/** The stored attachments (and original HTML) of moved mails go with them, so the ticket they now show on serves them. */
function* moveAttachments(tenantId: string, rows: readonly MessageRow[], ticketId: string): Script<void> {
  for (const message of rows.map(messageFromRow)) {
    const mail = message.email;
    if (!mail) continue;
    const stored = mail.attachments.filter((attachment) => attachment.stored).map((attachment) => attachment.id);
    for (const id of mail.htmlOriginalId ? [...stored, mail.htmlOriginalId] : stored)
      yield* perform('moveAttachment', tenantId, id, ticketId);
  }
}

function* lockedTicket(tenantId: string, ticketId: string): Script<Ticket | null> {
  const row = yield* perform('ticketRow', tenantId, ticketId, true);
  return row ? ticketFromRow(row) : null;
}

/**
 * The customer's notice, when the merged ticket's channel carries replies to them: a public reply written like any
 * other (writeTicketChange gives it its delivery). On the merged ticket for a mail thread (its outbox row names the
 * target in its subject, so the customer's answer lands there) and a generic channel; on the target for a chat, whose
 * conversation shows the target from now on (merge-follow.ts). Who told them: the channel; null where it cannot
 * (nothing is written then). Answers both tickets as they are after it.
 */
function* tellCustomer(
  merged: Ticket,
  target: Ticket,
  actor: TokenActor,
  now: Date,
): Script<{ ticket: Ticket; target: Ticket; by: string | null }> {
  if (!(yield* carriesReplies(merged))) return { ticket: merged, target, by: null };
  const inThread = merged.channel === CHAT_TICKET_CHANNEL;
  const notice = {
    id: newMessageId(),
    author: 'agent',
    authorName: actor.name,
    kind: 'reply',
    text: mergeNotice(merged.language, target, inThread ? 'here' : 'elsewhere'),
  } as const;
  if (inThread) {
    const told = yield* writeTicketChange(target, { patch: {}, message: notice }, now);
    return { ticket: merged, target: told, by: merged.channel };
  }
  const ticket = yield* writeTicketChange(merged, { patch: {}, message: notice }, now);
  if (merged.channel === EMAIL_TICKET_CHANNEL)
    yield* perform('setOutboxSubject', merged.tenantId, notice.id, replySubject(target.subject, target.id));
  return { ticket, target, by: merged.channel };
}

/** Whether a reply on the ticket reaches its customer: a mail thread, a chat visitor, a generic channel's conversation. */
function* carriesReplies(ticket: Ticket): Script<boolean> {
  switch (ticket.channel) {
    case EMAIL_TICKET_CHANNEL:
      return (yield* perform('emailThread', ticket.tenantId, ticket.id)) !== null;
    case CHAT_TICKET_CHANNEL:
      return true;
    case MESSAGING_TICKET_CHANNEL:
      return (yield* perform('conversationOfTicket', ticket.tenantId, ticket.id)) !== null;
    default:
      return false;
  }
}

export function mergeRecordOf(row: MergeRow): MergeRecord {
  return {
    id: row.id,
    sourceTicketId: row.source_ticket_id,
    targetTicketId: row.target_ticket_id,
    movedMessages: MovedIdsSchema.parse(JSON.parse(row.moved_json)).length,
    by: row.by_name,
    at: row.at,
    undoUntil: row.undo_until,
    undoneAt: row.undone_at,
    customerToldBy: row.customer_told_by,
  };
}
