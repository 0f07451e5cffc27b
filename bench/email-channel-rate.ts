import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueueClient } from '../lib/queue-client/queue-client.js';
import {
  connectEmailChannel,
  EmailFeedFollower,
  mailQueueEnv,
  pushAgentReplies,
} from '../test/helpers/email-channel-queue.js';
import { mailboxCount, waitForMailboxCount, withImap, type MailAccount } from '../test/helpers/mail-server-clients.js';
import type { TestMailServers } from '../test/helpers/mail-servers.js';
import { startQueueProcess } from '../test/helpers/queue-process.js';
import { benchMail } from './email-server-rate.js';

export interface RateFigures {
  count: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  /**
   * CPU seconds the queue process used meanwhile (Linux /proc), and mails per CPU second: what the channel would
   * reach with a core of its own, on a machine whose other work slows the wall-clock rate.
   */
  queueCpuSeconds: number | null;
  perQueueCpuSecond: number | null;
}

/** The email channel of a real queue process (SQLite) against the test mail servers. */
export interface EmailChannelRates {
  /** Mails APPENDed to the channel's mailbox until each was a ticket in the queue's feed; latency from its APPEND. */
  incoming: RateFigures;
  /** Agent replies pushed on those tickets until all were in the customer's mailbox; latency until seen sent. */
  outgoing: RateFigures;
}

const TIMEOUT_MS = 300_000;

export async function measureEmailChannel(
  servers: TestMailServers,
  support: MailAccount,
  customer: MailAccount,
  mails: number,
): Promise<EmailChannelRates> {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-email-'));
  const queue = await startQueueProcess(join(dir, 'queue.sqlite'), join(dir, 'tokens.json'), [], mailQueueEnv(servers));
  try {
    const client = (token: string) => new QueueClient({ baseUrl: queue.url, token });
    await connectEmailChannel(client(queue.tokens.admin), servers, support);
    const follower = new EmailFeedFollower(() => client(queue.tokens.agent));
    await follower.poll();
    const cpu = () => cpuSecondsOf(queue.process.child.pid);
    const incoming = await withCpu(cpu, () => measureIncoming(servers, support, follower, mails));
    const outgoing = await withCpu(cpu, () => measureOutgoing(servers, customer, follower, client(queue.tokens.agent)));
    return { incoming, outgoing };
  } finally {
    await queue.process.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureIncoming(
  servers: TestMailServers,
  support: MailAccount,
  follower: EmailFeedFollower,
  mails: number,
): Promise<WallFigures> {
  const appendedMs = new Map<string, number>();
  const started = performance.now();
  const run = `in-${Date.now()}`;
  const appending = withImap(servers.endpoints, support, async (imap) => {
    for (let n = 0; n < mails; n++) {
      await imap.append('INBOX', benchMail(n, run));
      appendedMs.set(`bench-${run}-${n}@customer.test`, performance.now());
    }
  });
  const benchTickets = () => [...follower.tickets.values()].filter((seen) => seen.mailMessageId?.includes(run));
  await follower.until(
    () => benchTickets().length >= mails,
    TIMEOUT_MS,
    () => `${mails} tickets from mail (${benchTickets().length} so far)`,
  );
  await appending;
  const latencies = benchTickets().map(
    (seen) => seen.firstSeenMs - (appendedMs.get(bareId(seen.mailMessageId)) ?? started),
  );
  const lastSeen = Math.max(...benchTickets().map((seen) => seen.firstSeenMs));
  return figures(latencies, lastSeen - started);
}

async function measureOutgoing(
  servers: TestMailServers,
  customer: MailAccount,
  follower: EmailFeedFollower,
  agent: QueueClient,
): Promise<WallFigures> {
  const tickets = [...follower.tickets.values()].map((seen) => seen.ticket);
  const before = await mailboxCount(servers.endpoints, customer);
  const replies = tickets.map((ticket, n) => ({
    ticketId: ticket.id,
    messageId: `bench-reply-${n}`,
    text: `Reply ${n}`,
  }));
  const started = performance.now();
  const takenMs = await pushAgentReplies(agent, replies, 1);
  await follower.until(
    (f) => replies.every((reply) => f.sentSeenMs.has(reply.messageId)),
    TIMEOUT_MS,
    () => `every reply seen sent in the feed (${replies.filter((r) => follower.sentSeenMs.has(r.messageId)).length})`,
  );
  await waitForMailboxCount(servers.endpoints, customer, before + replies.length, TIMEOUT_MS);
  const delivered = performance.now() - started;
  const latencies = replies.map(
    (reply) => (follower.sentSeenMs.get(reply.messageId) ?? 0) - (takenMs.get(reply.messageId) ?? started),
  );
  return figures(latencies, delivered);
}

type WallFigures = Omit<RateFigures, 'queueCpuSeconds' | 'perQueueCpuSecond'>;

async function withCpu(cpu: () => number | null, measure: () => Promise<WallFigures>): Promise<RateFigures> {
  const before = cpu();
  const wall = await measure();
  const after = cpu();
  const used = before === null || after === null ? null : Math.round((after - before) * 100) / 100;
  const perCpu = used === null || used === 0 ? null : Math.round((wall.count / used) * 10) / 10;
  return { ...wall, queueCpuSeconds: used, perQueueCpuSecond: perCpu };
}

/** User + system CPU seconds of a process so far (Linux /proc/PID/stat, in clock ticks of 1/100 s), or null. */
function cpuSecondsOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // After "pid (comm) ", utime and stime are the 12th and 13th fields.
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks / 100 : null;
  } catch {
    return null;
  }
}

/** A Message-ID without its angle brackets. */
function bareId(messageId: string | null): string {
  return (messageId ?? '').replace(/^<|>$/g, '');
}

function figures(latenciesMs: number[], elapsedMs: number): WallFigures {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
  return {
    count: sorted.length,
    perSecond: Math.round((sorted.length / (elapsedMs / 1000)) * 10) / 10,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
  };
}
