import type { Rows, Statements } from './sql-statements.js';

/** A generic channel's conversation and the ticket its messages go to. */
export interface ConversationRow {
  tenant_id: string;
  channel_id: string;
  conversation_id: string;
  ticket_id: string;
}

/** A message id a generic channel's provider posted in, with the ticket message it became. */
export interface ProviderMessageRow {
  tenant_id: string;
  channel_id: string;
  provider_message_id: string;
  ticket_id: string;
  message_id: string;
}

/** The store operations of the generic channel's conversations (messaging-*-script.ts ask for them). */
export interface MessagingOperations {
  conversation(tenantId: string, channelId: string, conversationId: string): ConversationRow | null;
  conversationOfTicket(tenantId: string, ticketId: string): ConversationRow | null;
  /** Creates the conversation, or points it at a new ticket. */
  saveConversation(row: ConversationRow): void;
  providerMessage(tenantId: string, channelId: string, providerMessageId: string): ProviderMessageRow | null;
  insertProviderMessage(row: ProviderMessageRow): void;
}

const CONVERSATION = 'tenant_id, channel_id, conversation_id, ticket_id';
const PROVIDER_MESSAGE = 'tenant_id, channel_id, provider_message_id, ticket_id, message_id';
const none = (): void => undefined;
const firstOf =
  <R>() =>
  (rows: Rows): R | null =>
    (rows[0] as R | undefined) ?? null;

export const MESSAGING_STATEMENTS: Statements<MessagingOperations> = {
  conversation: {
    statement: (tenantId, channelId, conversationId) => ({
      sql: `SELECT ${CONVERSATION} FROM messaging_conversations WHERE tenant_id = ? AND channel_id = ? AND conversation_id = ?`,
      values: [tenantId, channelId, conversationId],
    }),
    answer: firstOf<ConversationRow>(),
  },
  conversationOfTicket: {
    statement: (tenantId, ticketId) => ({
      sql: `SELECT ${CONVERSATION} FROM messaging_conversations WHERE tenant_id = ? AND ticket_id = ?`,
      values: [tenantId, ticketId],
    }),
    answer: firstOf<ConversationRow>(),
  },
  saveConversation: {
    statement: (row) => ({
      sql: `INSERT INTO messaging_conversations (${CONVERSATION}) VALUES (?, ?, ?, ?)
        ON CONFLICT (tenant_id, channel_id, conversation_id) DO UPDATE SET ticket_id = excluded.ticket_id`,
      values: [row.tenant_id, row.channel_id, row.conversation_id, row.ticket_id],
    }),
    answer: none,
  },
  providerMessage: {
    statement: (tenantId, channelId, providerMessageId) => ({
      sql: `SELECT ${PROVIDER_MESSAGE} FROM messaging_message_ids
        WHERE tenant_id = ? AND channel_id = ? AND provider_message_id = ?`,
      values: [tenantId, channelId, providerMessageId],
    }),
    answer: firstOf<ProviderMessageRow>(),
  },
  insertProviderMessage: {
    statement: (row) => ({
      sql: `INSERT INTO messaging_message_ids (${PROVIDER_MESSAGE}) VALUES (?, ?, ?, ?, ?)`,
      values: [row.tenant_id, row.channel_id, row.provider_message_id, row.ticket_id, row.message_id],
    }),
    answer: none,
  },
};
