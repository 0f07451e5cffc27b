import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEND_LOOP } from '../../channels/email/channel-worker.js';
import { QueueClient } from '../../lib/queue-client/queue-client.js';
import {
  connectEmailChannel,
  EmailFeedFollower,
  mailQueueEnv,
  pushAgentReplies,
} from '../helpers/email-channel-queue.js';
import { plainTextMail, submissionPool } from '../helpers/mail-server-clients.js';
import { mailServersPerFile, mailServersRun, type TestMailServers } from '../helpers/mail-servers.js';
import { startQueueProcess, type QueueProcess } from '../helpers/queue-process.js';
import { tempDirForAllTests } from '../helpers/temp-dir.js';
import { waitForValue } from '../helpers/child-process.js';

/**
 * Nothing lost, nothing twice (issue 15): the queue process, which runs the email channel, is killed with SIGKILL at
 * random moments and started again while MAILS mails come in (SMTP through Postfix into the channel's Dovecot
 * mailbox) and a reply goes out on every ticket they make. Afterwards: every mail is exactly one ticket, every
 * reply reached the customer's mailbox, and the replies delivered twice (same Message-ID) are counted and printed.
 * A kill between a send and its record makes the reply go again once its claim's lease (SEND_LOOP.leaseMs) ends.
 */
const MAILS = Number(process.env.SWITCHBOARD_EMAIL_KILL_MAILS ?? 300);
const KILLS = Number(process.env.SWITCHBOARD_EMAIL_KILLS ?? 12);
const KILL_GAP_MS = { min: 500, max: 2_500 };
const SENDERS = 4;
/** The mails are spread over about this long, so they keep coming while the kills go on. */
const SEND_SPREAD_MS = 30_000;
const DRAIN_TIMEOUT_MS = SEND_LOOP.leaseMs + 120_000;

const support = { address: 'support@switchboard.test', password: 'kill-support' };
const customer = { address: 'customer@customer.test', password: 'kill-customer' };

describe.skipIf(!mailServersRun())('email channel under SIGKILL', () => {
  const servers = mailServersPerFile({ users: [support, customer] });
  const dir = tempDirForAllTests('switchboard-email-kill-');

  it(`loses no mail, makes no ticket twice and delivers every reply across ${KILLS} kills (${MAILS} mails each way)`, async () => {
    const queue = new RestartedQueue(join(dir(), 'queue.sqlite'), join(dir(), 'tokens.json'), servers());
    await queue.start();
    try {
      await connectEmailChannel(queue.client('admin'), servers(), support, { pollSeconds: 5 });
      const run = `kill-${Date.now()}`;
      const mailIds = Array.from({ length: MAILS }, (_, n) => `${run}-${n}@customer.test`);

      const sending = sendCustomerMails(servers(), mailIds);
      const replying = new Replier(queue);
      const killing = killAtRandom(
        queue,
        KILLS,
        () => replying.poll(),
        () => replying.describe(),
      );
      await Promise.all([sending, killing]);
      await queue.ensureRunning();

      // Drain: every mail a ticket, a reply pushed on each, every reply delivered and seen sent.
      const deadline = Date.now() + DRAIN_TIMEOUT_MS;
      while (!(await replying.poll()) || replying.follower.sentSeenMs.size < MAILS) {
        if (Date.now() > deadline) throw new Error(`Not drained: ${replying.describe()}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const replyIds = replying.replyHeaderIds();
      // A reply seen sent may still be on its way through Postfix: read until every one is there.
      const deliveredIds = await waitForValue(
        async () => (await servers().readMailbox(customer.address)).map((mail) => bare(mail.parsed.messageId)),
        (ids) => replyIds.every((id) => ids.includes(id)),
        60_000,
        'every reply in the customer mailbox',
      ).catch(async () => (await servers().readMailbox(customer.address)).map((mail) => bare(mail.parsed.messageId)));

      const ticketsByMail = new Map<string, number>();
      for (const seen of replying.follower.tickets.values()) {
        const id = bare(seen.mailMessageId);
        ticketsByMail.set(id, (ticketsByMail.get(id) ?? 0) + 1);
      }
      const lost = mailIds.filter((id) => !ticketsByMail.has(id));
      const duplicateTickets = [...ticketsByMail.values()].filter((count) => count > 1).length;
      const undelivered = replyIds.filter((id) => !deliveredIds.includes(id));
      const duplicateReplies = deliveredIds.length - new Set(deliveredIds).size;
      console.log(
        `email kill test: ${queue.kills} kills, ${MAILS} mails in -> ${replying.follower.tickets.size} tickets ` +
          `(${lost.length} lost, ${duplicateTickets} duplicated), ${replyIds.length} replies out -> ` +
          `${deliveredIds.length} delivered (${undelivered.length} missing, ${duplicateReplies} duplicates by Message-ID)`,
      );
      expect(queue.kills).toBe(KILLS);
      expect(lost).toEqual([]);
      expect(duplicateTickets).toBe(0);
      expect(countEmailTickets(join(dir(), 'queue.sqlite'))).toBe(MAILS);
      expect(replyIds).toHaveLength(MAILS);
      expect(undelivered).toEqual([]);
    } finally {
      await queue.stop();
    }
  });
});

/** The queue process on one database, killed and started again; clients follow it to its new port. */
class RestartedQueue {
  kills = 0;
  private current: QueueProcess | null = null;
  private starting: Promise<QueueProcess> | null = null;

  constructor(
    private readonly db: string,
    private readonly tokensFile: string,
    private readonly servers: TestMailServers,
  ) {}

  async start(): Promise<QueueProcess> {
    this.starting ??= startQueueProcess(this.db, this.tokensFile, [], mailQueueEnv(this.servers)).then((queue) => {
      this.current = queue;
      this.starting = null;
      return queue;
    });
    return this.starting;
  }

  async ensureRunning(): Promise<QueueProcess> {
    return this.current ?? this.start();
  }

  client(role: 'admin' | 'agent'): QueueClient {
    if (!this.current) throw new Error('The queue is down.');
    return new QueueClient({ baseUrl: this.current.url, token: this.current.tokens[role], timeoutMs: 10_000 });
  }

  get up(): boolean {
    return this.current !== null;
  }

  async kill(): Promise<void> {
    const queue = this.current;
    if (!queue) return;
    this.current = null;
    const exited = new Promise((resolve) => queue.process.child.once('exit', resolve));
    queue.process.child.kill('SIGKILL');
    await exited;
    this.kills++;
  }

  async stop(): Promise<void> {
    await this.current?.process.stop();
    this.current = null;
  }
}

/**
 * Kills the queue `kills` times, each after a random gap, restarting it right after; `tick` runs meanwhile. Prints
 * where each kill landed (`progress`), which shows the kills fell while mail was moving.
 */
async function killAtRandom(
  queue: RestartedQueue,
  kills: number,
  tick: () => Promise<unknown>,
  progress: () => string,
): Promise<void> {
  for (let k = 0; k < kills; k++) {
    const gapEnds = Date.now() + KILL_GAP_MS.min + Math.random() * (KILL_GAP_MS.max - KILL_GAP_MS.min);
    while (Date.now() < gapEnds) {
      await tick();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await queue.kill();
    console.log(`kill ${k + 1}: ${progress()}`);
    await queue.start();
  }
}

/** The customer's mails, through Postfix (STARTTLS + AUTH) over SENDERS connections, spread over SEND_SPREAD_MS. */
async function sendCustomerMails(servers: TestMailServers, mailIds: string[]): Promise<void> {
  const transport = submissionPool(servers.endpoints, customer, { maxConnections: SENDERS });
  const gapMs = (SEND_SPREAD_MS * SENDERS) / mailIds.length;
  try {
    await Promise.all(
      Array.from({ length: SENDERS }, async (_, lane) => {
        for (let n = lane; n < mailIds.length; n += SENDERS) {
          await transport.sendMail({
            envelope: { from: customer.address, to: support.address },
            raw: plainTextMail({
              from: `Customer <${customer.address}>`,
              to: support.address,
              subject: `Order ${n} never arrived`,
              messageId: mailIds[n] ?? '',
              text: `Where is my order number ${n}?`,
            }),
          });
          await new Promise((resolve) => setTimeout(resolve, gapMs));
        }
      }),
    );
  } finally {
    transport.close();
  }
}

/**
 * Follows the feed across restarts and pushes one agent reply on each new email ticket, in the order the tickets
 * came, each with its own mutation id (a push repeated after a kill is a duplicate the queue recognises). poll()
 * says whether MAILS tickets are seen and each has its reply in the queue; it never throws while the queue is down.
 */
class Replier {
  readonly follower: EmailFeedFollower;
  /** Ticket ids in the order their replies are numbered (mutation id = position + 1). */
  private readonly order: string[] = [];
  private pushedCount = 0;

  constructor(private readonly queue: RestartedQueue) {
    this.follower = new EmailFeedFollower(() => queue.client('agent'));
  }

  async poll(): Promise<boolean> {
    if (!this.queue.up) return false;
    try {
      await this.follower.poll();
      for (const ticketId of this.follower.tickets.keys())
        if (!this.order.includes(ticketId)) this.order.push(ticketId);
      const due = this.order.slice(this.pushedCount).map((ticketId) => ({
        ticketId,
        messageId: replyMessageId(ticketId),
        text: `We are on it (${ticketId}).`,
      }));
      if (due.length > 0) {
        await pushAgentReplies(this.queue.client('agent'), due, this.pushedCount + 1, 'email-kill-agent');
        this.pushedCount += due.length;
      }
    } catch {
      return false;
    }
    return this.order.length >= MAILS && this.pushedCount === this.order.length;
  }

  /** The outgoing Message-IDs of the replies (without brackets), as the queue fixed them. */
  replyHeaderIds(): string[] {
    return this.order.map((ticketId) => bare(this.follower.messages.get(replyMessageId(ticketId))?.email?.messageId));
  }

  describe(): string {
    return `${this.order.length} tickets, ${this.pushedCount} replies pushed, ${this.follower.sentSeenMs.size} seen sent`;
  }
}

const replyMessageId = (ticketId: string) => `reply-${ticketId}`;

/** A Message-ID without its angle brackets. */
const bare = (messageId: string | null | undefined) => (messageId ?? '').replace(/^<|>$/g, '');

function countEmailTickets(dbFile: string): number {
  const db = new Database(dbFile, { readonly: true });
  try {
    return Number((db.prepare("SELECT COUNT(*) AS n FROM tickets WHERE channel = 'email'").get() as { n: number }).n);
  } finally {
    db.close();
  }
}
