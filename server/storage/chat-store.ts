import type { Customer, Message, Ticket } from '../../shared/domain/ticket.js';
import { QueueSlaPolicySchema, type QueueSlaPolicy } from '../../shared/sla/sla-policy.js';
import { WidgetSettingSchema, type WidgetSetting } from '../../shared/settings/setting-values.js';
import type { SettingRow } from './setting-rows.js';
import { CHAT_TICKET_CHANNEL } from '../../shared/api/widget-contract.js';
import type { TokenActor } from '../audit/audit-entries.js';
import { awaitsChatFetch, fetchedDelivery } from '../domain/chat-delivery.js';
import { conversationState } from '../domain/chat-conversation.js';
import { chatSubject } from '../domain/chat-visitor.js';
import type { ChatVisitorKey, WidgetSessionRow } from './chat-sql.js';
import { liveSettings } from './setting-scripts.js';
import { perform, type Script } from './store-operations.js';
import type { ScriptRunners } from './webhook-store.js';
import { currentTicketRow } from './merge-follow.js';
import { appendCustomerReply, intakeBatch, ticketWithMessages, writeTicketChange } from './ticket-scripts.js';
import { messageFromRow, ticketFromRow } from './ticket-rows.js';

export type { ChatVisitorKey, WidgetSessionRow };

export interface ChatMessageInput {
  visitor: ChatVisitorKey;
  /** Who the ticket is filed under (the session's customer). */
  customer: Customer;
  clientMessageId: string;
  text: string;
  /** The widget's queue: a new ticket's owner until a decision moves it. */
  ownerQueue: string;
  /** The visitor's language (chat-visitor.ts languageHint): a new ticket's language until the AI decides. */
  language: string | null;
  actor: TokenActor;
  now: Date;
}

/** The ticket a visitor's message went to; `added` false when its client id had been sent before (nothing added). */
export interface ChatMessageResult {
  ticketId: string;
  added: boolean;
}

/** What the widget's conversation is made of, read in one snapshot. */
export interface ChatConversationRead {
  ticket: Ticket | null;
  messages: Message[];
  /** A visitor message's id → the client id it was sent with. */
  clientIds: Map<string, string>;
  /** The owner queue's own SLA policy while a person will answer; null otherwise or when it has none. */
  slaPolicy: QueueSlaPolicy | null;
}

export interface ChatTicketChange {
  ticketId: string;
  customerId: string;
  seq: number;
}

/** The chat widget's part of the QueueStore (each method one transaction). */
export interface ChatStore {
  insertWidgetSession(row: WidgetSessionRow): Promise<void>;
  /** A session by its token's sha256, expired or not (the caller decides), or null. */
  widgetSession(tokenHash: string): Promise<WidgetSessionRow | null>;
  touchWidgetSession(tokenHash: string, now: Date): Promise<void>;
  /** Forgets every session last used before `before` (expired ones). */
  deleteIdleWidgetSessions(before: Date): Promise<void>;
  /** A visitor's message: a new chat ticket, or a customer reply on the visitor's latest one; once per client id. */
  receiveChatMessage(input: ChatMessageInput): Promise<ChatMessageResult>;
  chatConversation(visitor: ChatVisitorKey): Promise<ChatConversationRead>;
  /** Marks the ticket's queued chat replies sent (the widget fetched them); the ticket's new seq, or null when none was. */
  markChatRepliesSent(tenantId: string, ticketId: string, now: Date): Promise<number | null>;
  /** The tenant's chat tickets whose feed number moved into (afterSeq, upToSeq], with their customer. */
  chatTicketChanges(tenantId: string, afterSeq: number, upToSeq: number): Promise<ChatTicketChange[]>;
  /** The live widgets of one tenant (null: of every tenant) whose setting reads. */
  liveWidgets(tenantId: string | null): Promise<StoredWidget[]>;
  /** One live widget of the tenant, or null (never saved, deleted, or unreadable). */
  liveWidget(tenantId: string, widgetId: string): Promise<StoredWidget | null>;
}

/** A tenant's widget setting as stored. */
export interface StoredWidget {
  tenantId: string;
  widgetId: string;
  setting: WidgetSetting;
}

export function* receiveChatMessage(input: ChatMessageInput): Script<ChatMessageResult> {
  const { visitor, now } = input;
  yield* perform('lockFeed', visitor.tenantId);
  const earlier = yield* perform('chatClientMessage', visitor, input.clientMessageId);
  if (earlier) return { ticketId: earlier.ticket_id, added: false };
  const latest = yield* perform('chatConversationTicket', visitor);
  const replied =
    latest === null
      ? null
      : yield* appendCustomerReply({
          tenantId: visitor.tenantId,
          actor: input.actor,
          ticketId: latest,
          text: input.text,
          now,
        });
  const written = replied ?? (yield* newChatTicket(input));
  const message = written.messages.at(-1);
  if (!message) throw new Error('A chat message was written without its message row.');
  yield* perform('insertChatClientMessage', visitor, {
    client_message_id: input.clientMessageId,
    ticket_id: written.ticket.id,
    message_id: message.id,
  });
  return { ticketId: written.ticket.id, added: true };
}

function* newChatTicket(input: ChatMessageInput): Script<{ ticket: Ticket; messages: Message[] }> {
  const [created] = yield* intakeBatch([
    {
      tenantId: input.visitor.tenantId,
      actor: input.actor,
      subject: chatSubject(input.text),
      customer: input.customer,
      channel: CHAT_TICKET_CHANNEL,
      text: input.text,
      idempotencyKey: null,
      now: input.now,
      ownerQueue: input.ownerQueue,
      language: input.language,
    },
  ]);
  if (!created) throw new Error('intakeBatch returned no result');
  yield* perform('saveChatConversation', input.visitor, created.ticket.id);
  return created;
}

export function* chatConversation(visitor: ChatVisitorKey): Script<ChatConversationRead> {
  const ticketId = yield* perform('chatConversationTicket', visitor);
  // A merged conversation continues on the ticket it was merged into (merge-follow.ts).
  const current = ticketId === null ? null : yield* currentTicketRow(visitor.tenantId, ticketId, false);
  const read = current === null ? null : yield* ticketWithMessages(visitor.tenantId, current.id);
  if (!read) return { ticket: null, messages: [], clientIds: new Map(), slaPolicy: null };
  const clientRows = yield* perform('chatClientMessages', visitor.tenantId, read.ticket.id);
  const clientIds = new Map(clientRows.map((row) => [row.message_id, row.client_message_id]));
  const slaPolicy =
    conversationState(read.ticket) === 'with_person'
      ? yield* ownSlaPolicy(visitor.tenantId, read.ticket.ownerQueue)
      : null;
  return { ticket: read.ticket, messages: read.messages, clientIds, slaPolicy };
}

function* ownSlaPolicy(tenantId: string, queueId: string | null): Script<QueueSlaPolicy | null> {
  if (queueId === null) return null;
  for (const setting of yield* liveSettings(tenantId, 'sla_policy')) {
    const policy = QueueSlaPolicySchema.safeParse(setting.value);
    if (policy.success && policy.data.queueId === queueId) return policy.data;
  }
  return null;
}

/**
 * The visitor's widget fetched the ticket's queued replies: each becomes sent with a new feed number, then the
 * ticket's seq moves (quietly), so consoles syncing the feed see the delivery change. One transaction.
 */
export function* markChatRepliesSent(tenantId: string, ticketId: string, now: Date): Script<number | null> {
  yield* perform('lockFeed', tenantId);
  const row = yield* perform('ticketRow', tenantId, ticketId, true);
  if (!row) return null;
  const queued = (yield* perform('messageRows', tenantId, [ticketId])).map(messageFromRow).filter(awaitsChatFetch);
  if (queued.length === 0) return null;
  for (const message of queued) {
    if (!message.delivery) continue;
    const delivery = JSON.stringify(fetchedDelivery(message.delivery, now));
    yield* perform('updateMessageDelivery', tenantId, message.id, delivery, yield* perform('nextSeq', tenantId));
  }
  const ticket = yield* writeTicketChange(ticketFromRow(row), { patch: {}, message: null, quiet: true }, now);
  return ticket.seq;
}

export function* chatTicketChanges(tenantId: string, afterSeq: number, upToSeq: number): Script<ChatTicketChange[]> {
  const rows = yield* perform('ticketChangesOfChannel', tenantId, CHAT_TICKET_CHANNEL, afterSeq, upToSeq);
  return rows.map((row) => ({
    ticketId: row.id,
    customerId: (JSON.parse(row.customer_json) as Pick<Customer, 'id'>).id,
    seq: row.seq,
  }));
}

function* liveWidgets(tenantId: string | null): Script<StoredWidget[]> {
  const rows =
    tenantId === null
      ? yield* perform('liveSettingsOfEveryTenant', 'widget')
      : (yield* perform('liveSettings', tenantId, 'widget')).map((row) => ({ ...row, tenant_id: tenantId }));
  return rows.flatMap((row) => storedWidget(row.tenant_id, row));
}

function* liveWidget(tenantId: string, widgetId: string): Script<StoredWidget | null> {
  const row = yield* perform('latestSetting', tenantId, 'widget', widgetId);
  return row && !row.deleted ? (storedWidget(tenantId, row)[0] ?? null) : null;
}

/** The widget of a setting row, or none when its value does not read (a row from an older schema). */
function storedWidget(tenantId: string, row: SettingRow): StoredWidget[] {
  const setting = WidgetSettingSchema.safeParse(JSON.parse(row.value_json ?? 'null'));
  return setting.success ? [{ tenantId, widgetId: row.id, setting: setting.data }] : [];
}

/** The ChatStore over a store's script runners. */
export function chatStore(run: ScriptRunners): ChatStore {
  return {
    insertWidgetSession: (row) => run.direct(perform('insertWidgetSession', row)),
    widgetSession: (tokenHash) => run.direct(perform('widgetSession', tokenHash)),
    touchWidgetSession: (tokenHash, now) => run.direct(perform('touchWidgetSession', tokenHash, now.toISOString())),
    deleteIdleWidgetSessions: (before) => run.direct(perform('deleteIdleWidgetSessions', before.toISOString())),
    receiveChatMessage: (input) => run.write(receiveChatMessage(input)),
    chatConversation: (visitor) => run.snapshot(chatConversation(visitor)),
    markChatRepliesSent: (tenantId, ticketId, now) => run.write(markChatRepliesSent(tenantId, ticketId, now)),
    chatTicketChanges: (tenantId, afterSeq, upToSeq) => run.direct(chatTicketChanges(tenantId, afterSeq, upToSeq)),
    liveWidgets: (tenantId) => run.direct(liveWidgets(tenantId)),
    liveWidget: (tenantId, widgetId) => run.direct(liveWidget(tenantId, widgetId)),
  };
}
