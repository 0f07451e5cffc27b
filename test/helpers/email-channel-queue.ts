import { QueueClient } from '../../lib/queue-client/queue-client.js';
import type { EmailChannelConfig } from '../../shared/channels/email-config.js';
import type { Message, Ticket } from '../../shared/domain/ticket.js';
import type { Result } from '../../shared/result.js';
import type { MailAccount } from './mail-server-clients.js';
import type { TestMailServers } from './mail-servers.js';

/** What a queue process needs to run email channels against the test mail servers: their CA. */
export function mailQueueEnv(servers: TestMailServers): NodeJS.ProcessEnv {
  return { SWITCHBOARD_MAIL_CA_FILE: servers.caFile };
}

export function valueOf<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

export interface EmailChannelOptions {
  channelId?: string;
  queueId?: string;
  /** The safety-net poll; IDLE brings new mail at once. */
  pollSeconds?: number;
}

/**
 * Makes `mailbox` of the test servers an email channel of the admin token's tenant, through the queue's API (the
 * channel setting, then its passwords), and waits until the queue process runs it.
 */
export async function connectEmailChannel(
  admin: QueueClient,
  servers: TestMailServers,
  mailbox: MailAccount,
  options: EmailChannelOptions = {},
): Promise<string> {
  const channelId = options.channelId ?? 'support-mail';
  const config: EmailChannelConfig = {
    imapUrl: servers.imapUrl(mailbox.address),
    smtpUrl: servers.smtpUrl(mailbox.address),
    fromAddress: mailbox.address,
    fromName: 'Support',
    mailbox: 'INBOX',
    pollSeconds: options.pollSeconds ?? 5,
  };
  const setting = { type: 'email', name: 'Support mail', queueId: options.queueId ?? 'cards', enabled: true, config };
  valueOf(await admin.saveSetting('channel', channelId, 0, setting), `saving channel ${channelId}`);
  valueOf(await admin.putChannelCredentials(channelId, { imapPassword: mailbox.password }), 'saving its passwords');
  await waitForChannelRunning(admin, channelId, 30_000);
  return channelId;
}

/** Waits until the queue process runs `channelId` (GET /v1/channels/status). */
export async function waitForChannelRunning(admin: QueueClient, channelId: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const statuses = valueOf(await admin.channelStatuses(), 'channel status');
    const status = statuses.channels.find((channel) => channel.id === channelId);
    if (status?.running) return;
    if (Date.now() > deadline)
      throw new Error(`Channel ${channelId} is not running after ${timeoutMs} ms: ${JSON.stringify(status ?? null)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** An email ticket as the feed showed it first: which mail made it (its Message-ID) and when it was seen. */
export interface SeenEmailTicket {
  ticket: Ticket;
  /** The Message-ID of the customer's mail that opened it. */
  mailMessageId: string | null;
  firstSeenMs: number;
}

/**
 * Follows a tenant's changes feed (GET /v1/changes) and keeps its email tickets and their messages, newest version
 * of each. poll() reads what changed since the last call.
 */
export class EmailFeedFollower {
  readonly tickets = new Map<string, SeenEmailTicket>();
  readonly messages = new Map<string, Message>();
  /** When each reply was first seen sent (performance.now()), by message id. */
  readonly sentSeenMs = new Map<string, number>();
  private cursor = 0;

  /** `client` gives the client to ask now (a queue restarted elsewhere gets a new one). */
  constructor(private readonly client: () => QueueClient) {}

  async poll(): Promise<void> {
    for (;;) {
      const page = valueOf(await this.client().pull(this.cursor, 'email-feed-follower'), 'pulling the changes feed');
      const now = performance.now();
      for (const ticket of page.tickets) {
        if (ticket.channel !== 'email') continue;
        const seen = this.tickets.get(ticket.id);
        this.tickets.set(ticket.id, {
          ticket,
          mailMessageId: seen?.mailMessageId ?? null,
          firstSeenMs: seen?.firstSeenMs ?? now,
        });
      }
      for (const message of page.messages) {
        const ticket = this.tickets.get(message.ticketId);
        if (!ticket) continue;
        this.messages.set(message.id, message);
        if (message.delivery?.state === 'sent' && !this.sentSeenMs.has(message.id))
          this.sentSeenMs.set(message.id, now);
        if (message.author === 'customer' && ticket.mailMessageId === null && message.email)
          ticket.mailMessageId = message.email.messageId;
      }
      this.cursor = page.cursor;
      if (!page.hasMore) return;
    }
  }

  /** Polls (every 50 ms) until `holds` is true of the follower; fails after `timeoutMs` naming `what`. */
  async until(holds: (follower: this) => boolean, timeoutMs: number, what: () => string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.poll();
      if (holds(this)) return;
      if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what()}.`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/**
 * An agent's public reply on each ticket, pushed in batches as one console would (agent token). Resolves with when
 * each reply was taken (performance.now()), by message id.
 */
export async function pushAgentReplies(
  agent: QueueClient,
  replies: { ticketId: string; messageId: string; text: string }[],
  firstMutationId: number,
  clientId = 'email-agent',
): Promise<Map<string, number>> {
  const BATCH = 100;
  const takenMs = new Map<string, number>();
  for (let start = 0; start < replies.length; start += BATCH) {
    const mutations = replies.slice(start, start + BATCH).map((reply, index) => ({
      id: firstMutationId + start + index,
      type: 'agent_reply' as const,
      ticketId: reply.ticketId,
      createdAt: new Date().toISOString(),
      messageId: reply.messageId,
      text: reply.text,
      resolve: false,
      agentName: 'Bench Agent',
    }));
    const pushed = valueOf(await agent.push({ clientId, mutations }), 'pushing agent replies');
    const refused = pushed.results.filter((result) => result.status !== 'applied' && result.status !== 'duplicate');
    if (refused.length > 0) throw new Error(`Replies refused: ${JSON.stringify(refused.slice(0, 3))}`);
    const now = performance.now();
    for (const mutation of mutations) takenMs.set(mutation.messageId, now);
  }
  return takenMs;
}
