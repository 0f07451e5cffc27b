import type { Rows, Statements } from './sql-statements.js';

/** A visitor's session as stored (schema-steps.ts: widget_sessions); the token only as its sha256. */
export interface WidgetSessionRow {
  token_hash: string;
  tenant_id: string;
  widget_id: string;
  customer_id: string;
  customer_name: string;
  customer_email: string | null;
  /** verified: the host site signed the customer id; anonymous: a `visitor_…` the queue made. */
  identity: 'verified' | 'anonymous';
  language: string | null;
  created_at: string;
  last_seen_at: string;
}

/** Who speaks in a widget's conversation: its tickets and its messages' client ids are kept per visitor. */
export interface ChatVisitorKey {
  tenantId: string;
  widgetId: string;
  customerId: string;
}

/** A visitor's message as the client id it was sent with, and what it became. */
export interface ChatClientMessageRow {
  client_message_id: string;
  ticket_id: string;
  message_id: string;
}

/** A chat ticket whose feed number moved, and whose it is. */
export interface ChatTicketChangeRow {
  id: string;
  seq: number;
  customer_json: string;
}

/** The chat widget's store operations, one statement each for both engines (sql-statements.ts). */
export interface ChatOperations {
  insertWidgetSession(row: WidgetSessionRow): void;
  widgetSession(tokenHash: string): WidgetSessionRow | null;
  touchWidgetSession(tokenHash: string, at: string): void;
  /** Forgets the sessions last used before `before` (ISO): they have expired. */
  deleteIdleWidgetSessions(before: string): void;
  chatClientMessage(visitor: ChatVisitorKey, clientMessageId: string): ChatClientMessageRow | null;
  insertChatClientMessage(visitor: ChatVisitorKey, row: ChatClientMessageRow): void;
  /** The client ids of a ticket's visitor messages. */
  chatClientMessages(tenantId: string, ticketId: string): ChatClientMessageRow[];
  /** The visitor's latest chat ticket in this widget, or null before the first message. */
  chatConversationTicket(visitor: ChatVisitorKey): string | null;
  saveChatConversation(visitor: ChatVisitorKey, ticketId: string): void;
  /** The tenant's tickets of a channel with a feed number in (afterSeq, upToSeq]. */
  ticketChangesOfChannel(tenantId: string, channel: string, afterSeq: number, upToSeq: number): ChatTicketChangeRow[];
}

const SESSION_COLUMNS = [
  'token_hash',
  'tenant_id',
  'widget_id',
  'customer_id',
  'customer_name',
  'customer_email',
  'identity',
  'language',
  'created_at',
  'last_seen_at',
] as const satisfies readonly (keyof WidgetSessionRow)[];

const VISITOR = 'tenant_id = ? AND widget_id = ? AND customer_id = ?';
const visitorValues = (visitor: ChatVisitorKey): string[] => [visitor.tenantId, visitor.widgetId, visitor.customerId];
const none = (): void => undefined;
const first = <R>(rows: Rows): R | null => (rows[0] as R | undefined) ?? null;

export const CHAT_STATEMENTS: Statements<ChatOperations> = {
  insertWidgetSession: {
    statement: (row) => ({
      sql: `INSERT INTO widget_sessions (${SESSION_COLUMNS.join(', ')}) VALUES (${SESSION_COLUMNS.map(() => '?').join(', ')})`,
      values: SESSION_COLUMNS.map((column) => row[column]),
    }),
    answer: none,
  },
  widgetSession: {
    statement: (tokenHash) => ({
      sql: `SELECT ${SESSION_COLUMNS.join(', ')} FROM widget_sessions WHERE token_hash = ?`,
      values: [tokenHash],
    }),
    answer: first<WidgetSessionRow>,
  },
  touchWidgetSession: {
    statement: (tokenHash, at) => ({
      sql: 'UPDATE widget_sessions SET last_seen_at = ? WHERE token_hash = ?',
      values: [at, tokenHash],
    }),
    answer: none,
  },
  deleteIdleWidgetSessions: {
    statement: (before) => ({ sql: 'DELETE FROM widget_sessions WHERE last_seen_at < ?', values: [before] }),
    answer: none,
  },
  chatClientMessage: {
    statement: (visitor, clientMessageId) => ({
      sql: `SELECT client_message_id, ticket_id, message_id FROM chat_client_messages
        WHERE ${VISITOR} AND client_message_id = ?`,
      values: [...visitorValues(visitor), clientMessageId],
    }),
    answer: first<ChatClientMessageRow>,
  },
  insertChatClientMessage: {
    statement: (visitor, row) => ({
      sql: `INSERT INTO chat_client_messages
        (tenant_id, widget_id, customer_id, client_message_id, ticket_id, message_id) VALUES (?, ?, ?, ?, ?, ?)`,
      values: [...visitorValues(visitor), row.client_message_id, row.ticket_id, row.message_id],
    }),
    answer: none,
  },
  chatClientMessages: {
    statement: (tenantId, ticketId) => ({
      sql: 'SELECT client_message_id, ticket_id, message_id FROM chat_client_messages WHERE tenant_id = ? AND ticket_id = ?',
      values: [tenantId, ticketId],
    }),
    answer: (rows) => rows as unknown as ChatClientMessageRow[],
  },
  chatConversationTicket: {
    statement: (visitor) => ({
      sql: `SELECT ticket_id FROM chat_conversations WHERE ${VISITOR}`,
      values: visitorValues(visitor),
    }),
    answer: (rows) => first<{ ticket_id: string }>(rows)?.ticket_id ?? null,
  },
  saveChatConversation: {
    statement: (visitor, ticketId) => ({
      sql: `INSERT INTO chat_conversations (tenant_id, widget_id, customer_id, ticket_id) VALUES (?, ?, ?, ?)
        ON CONFLICT (tenant_id, widget_id, customer_id) DO UPDATE SET ticket_id = excluded.ticket_id`,
      values: [...visitorValues(visitor), ticketId],
    }),
    answer: none,
  },
  ticketChangesOfChannel: {
    statement: (tenantId, channel, afterSeq, upToSeq) => ({
      sql: 'SELECT id, seq, customer_json FROM tickets WHERE tenant_id = ? AND seq > ? AND seq <= ? AND channel = ?',
      values: [tenantId, afterSeq, upToSeq, channel],
    }),
    answer: (rows) => rows.map((row) => ({ ...(row as unknown as ChatTicketChangeRow), seq: Number(row.seq) })),
  },
};
