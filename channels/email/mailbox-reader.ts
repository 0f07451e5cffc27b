import { ImapFlow } from 'imapflow';
import type { EmailCredentials } from '../../shared/channels/email-config.js';
import { EMAIL_LIMITS, type ChannelKey, type MailboxPosition } from '../../shared/channels/email-records.js';
import type { ChannelHealth } from './channel-health.js';
import type { ChannelLog } from './channel-log.js';
import type { EmailChannelPort, RunnableEmailChannel } from './email-port.js';
import { imapOptions, mailServersOf } from './mail-connections.js';
import { classifyMailFailure, type MailFailure } from './mail-failure.js';
import { parseInboundMail, setAsideText, type SetAsideReason } from './parse-inbound-mail.js';
import { abortableDelay, reconnectDelayMs } from './worker-timing.js';

/** How many mails one fetch brings at most, and how many bytes of them. */
const BATCH = { mails: 50, bytes: 16 * 1024 * 1024 } as const;
/** A mail the queue fails to record this many times running is set aside, so the mailbox is never stuck behind it. */
const MAX_RECORD_ATTEMPTS = 3;

export interface MailboxReaderOptions {
  channel: RunnableEmailChannel & { credentials: EmailCredentials };
  port: EmailChannelPort;
  log: ChannelLog;
  health: ChannelHealth;
  trustedCaPem: string | null;
}

/**
 * Reads one channel's mailbox into the queue: on every connection it reads every mail above the recorded position,
 * in UID order and bounded batches, then waits in IDLE (when the server has it) for new mail, checking again every
 * `pollSeconds` as a safety net; a lost connection is opened again with back-off. It opens the mailbox read-only
 * (EXAMINE, BODY.PEEK): it never sets a flag, moves or deletes a mail on the server.
 */
export class MailboxReader {
  private readonly stopping = new AbortController();
  private client: ImapFlow | null = null;
  /** Set by new mail (EXISTS), a poll, or a new connection: the next turn reads the mailbox. */
  private pending = true;
  /** Set by the poll timer: the next turn opens the mailbox again before reading it. */
  private pollDue = false;
  private wake: (() => void) | null = null;
  /** Whether the current connection got as far as opening the mailbox. */
  private opened = false;
  private readonly recordFailures = new Map<number, number>();
  private readonly done: Promise<void>;
  private readonly key: ChannelKey;

  constructor(private readonly options: MailboxReaderOptions) {
    this.key = { tenantId: options.channel.tenantId, channelId: options.channel.channelId };
    this.done = this.run();
  }

  /** Logs out (or drops the connection) and returns once the reader has stopped. */
  async stop(): Promise<void> {
    this.stopping.abort();
    this.wake?.();
    const client = this.client;
    if (client?.usable) await Promise.race([client.logout().catch(() => undefined), abortableDelay(2_000)]);
    client?.close();
    await this.done;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping.signal.aborted) {
      this.opened = false;
      let failure: MailFailure | null = null;
      try {
        await this.session();
      } catch (error) {
        failure = classifyMailFailure(error);
      }
      if (this.stopping.signal.aborted) break;
      // A connection that worked and then dropped is opened again at once; failures in a row wait longer each time.
      failures = this.opened ? 0 : failures + 1;
      if (failure !== null) {
        this.options.health.imapFailed(failure.detail);
        this.log('warn', 'channel_imap_failed', {
          code: failure.code,
          error: failure.detail,
          failuresInARow: failures,
        });
      }
      await abortableDelay(reconnectDelayMs(failures), this.stopping.signal);
    }
  }

  /** One connection, until it closes (an error) or the reader stops; sets `opened` once the mailbox is open. */
  private async session(): Promise<void> {
    const { channel, trustedCaPem } = this.options;
    const client = new ImapFlow(
      imapOptions(mailServersOf(channel.config).imap, channel.credentials.imapPassword, trustedCaPem),
    );
    this.client = client;
    client.on('error', (error: unknown) =>
      this.log('warn', 'channel_imap_error', { error: classifyMailFailure(error).detail }),
    );
    client.on('exists', () => this.notice());
    client.on('close', () => this.wake?.());
    try {
      await client.connect();
      await client.mailboxOpen(channel.config.mailbox, { readOnly: true });
    } catch (error) {
      client.close();
      throw error;
    }
    const idle = client.capabilities.has('IDLE');
    this.opened = true;
    this.options.health.imapWorked();
    this.log('info', 'channel_imap_connected', { mailbox: channel.config.mailbox, idle });
    this.pending = true;
    while (!this.stopping.signal.aborted && client.usable) {
      if (!this.pending) await this.waitForMail(client, idle);
      if (!this.pending || this.stopping.signal.aborted || !client.usable) continue;
      this.pending = false;
      const reopen = this.pollDue;
      this.pollDue = false;
      try {
        await this.readNewMail(client, reopen);
        this.options.health.imapWorked();
      } catch (error) {
        if (!(error instanceof QueueWriteFailed) || !client.usable) throw error;
        // The queue failed to record a mail: the next turn (new mail, or the poll) tries again from the position.
        this.log('warn', 'channel_receive_failed', { error: classifyMailFailure(error.cause).detail });
      }
    }
    if (!this.stopping.signal.aborted) throw new Error('The IMAP connection closed.');
  }

  private notice(): void {
    this.pending = true;
    this.wake?.();
  }

  /** Waits in IDLE (or quietly, without it) until new mail, the poll time, the connection's end or stop. */
  private async waitForMail(client: ImapFlow, idle: boolean): Promise<void> {
    const pollMs = this.options.channel.config.pollSeconds * 1000;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.pending = true;
        this.pollDue = true;
        finish();
      }, pollMs);
      const finish = (): void => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      this.wake = finish;
      if (idle) void this.idleUntil(client, finish);
    });
  }

  /**
   * Keeps the connection in IDLE while `waiting` is the current wait: IDLE runs until a command breaks it (imapflow
   * sends DONE first; EXISTS while idling wakes the reader); when something else ended it (the keep-alive NOOP
   * after a quiet spell) it is started again, unless it ended at once (then the poll is the fallback).
   */
  private async idleUntil(client: ImapFlow, waiting: () => void): Promise<void> {
    while (this.wake === waiting && client.usable) {
      const started = Date.now();
      await client.idle().catch(() => undefined);
      if (Date.now() - started < 1_000) return;
    }
  }

  /**
   * Reads every mail above the recorded position, in UID order, in batches; a changed UIDVALIDITY starts over. On a
   * poll the mailbox is opened again first: a mailbox deleted and made again while selected (a server that rebuilt
   * it) tells the selected session nothing, and its STATUS may still answer from the old one.
   */
  private async readNewMail(client: ImapFlow, reopen: boolean): Promise<void> {
    if (reopen) await client.mailboxOpen(this.options.channel.config.mailbox, { readOnly: true });
    const mailbox = client.mailbox;
    if (mailbox === false) throw new Error('No mailbox is open.');
    const uidValidity = Number(mailbox.uidValidity);
    const recorded = await this.queueWrite(() => this.options.port.position(this.key));
    if (recorded !== null && recorded.uidValidity !== uidValidity)
      this.log('warn', 'channel_uidvalidity_changed', { from: recorded.uidValidity, to: uidValidity });
    const after = recorded !== null && recorded.uidValidity === uidValidity ? recorded.uid : 0;
    const found = await client.search({ uid: `${after + 1}:*` }, { uid: true });
    // `N:*` names the last mail even when its UID is below N, so keep only the new ones.
    const uids = (found || []).filter((uid) => uid > after).sort((a, b) => a - b);
    for (let start = 0; start < uids.length && !this.stopping.signal.aborted; start += BATCH.mails) {
      const sizes = await this.sizesOf(client, uids.slice(start, start + BATCH.mails));
      for (const group of byteBoundedGroups(sizes)) {
        if (this.stopping.signal.aborted) return;
        await this.readGroup(client, uidValidity, group);
      }
    }
  }

  /** Fetches one group's sources (all but the too large, which are set aside unread) and records them in UID order. */
  private async readGroup(
    client: ImapFlow,
    uidValidity: number,
    group: ReadonlyArray<[number, number]>,
  ): Promise<void> {
    const sources = await this.sourcesOf(
      client,
      group.filter(([, size]) => size <= EMAIL_LIMITS.maxMailBytes),
    );
    for (const [uid, size] of group) {
      const source = sources.get(uid);
      if (size > EMAIL_LIMITS.maxMailBytes)
        await this.setAside(
          { uidValidity, uid },
          {
            kind: 'too_large',
            detail: `${size} bytes on the server, over ${EMAIL_LIMITS.maxMailBytes}; not downloaded`,
          },
          size,
        );
      // A mail expunged since the search has no source: the next mail's position moves past it.
      else if (source !== undefined) await this.record(source, { uidValidity, uid });
    }
  }

  private async sizesOf(client: ImapFlow, uids: readonly number[]): Promise<Array<[number, number]>> {
    const sizes: Array<[number, number]> = [];
    for await (const message of client.fetch(uids.join(','), { uid: true, size: true }, { uid: true }))
      sizes.push([message.uid, message.size ?? 0]);
    return sizes.sort(([a], [b]) => a - b);
  }

  private async sourcesOf(client: ImapFlow, group: ReadonlyArray<[number, number]>): Promise<Map<number, Buffer>> {
    const sources = new Map<number, Buffer>();
    if (group.length === 0) return sources;
    for await (const message of client.fetch(
      group.map(([uid]) => uid).join(','),
      { uid: true, source: true },
      { uid: true },
    ))
      if (message.source) sources.set(message.uid, message.source);
    return sources;
  }

  /** Parses and records one mail; an unreadable one is set aside, one the queue keeps failing to record too. */
  private async record(source: Buffer, position: MailboxPosition): Promise<void> {
    const parsed = await parseInboundMail(source, { channel: this.key, position });
    if (!parsed.ok) {
      await this.setAside(position, parsed.reason, source.length);
      return;
    }
    try {
      const outcome = await this.queueWrite(() => this.options.port.receive(this.key, parsed.mail, position));
      this.recordFailures.delete(position.uid);
      this.options.health.mailRead();
      this.log('info', 'channel_mail_received', {
        uid: position.uid,
        outcome: outcome.kind,
        ...('ticketId' in outcome ? { ticketId: outcome.ticketId } : {}),
      });
    } catch (error) {
      const failures = (this.recordFailures.get(position.uid) ?? 0) + 1;
      this.recordFailures.set(position.uid, failures);
      if (failures < MAX_RECORD_ATTEMPTS) throw error;
      this.recordFailures.delete(position.uid);
      const detail = `the queue failed to record it ${failures} times: ${classifyMailFailure(error).detail}`;
      await this.setAside(position, { kind: 'unreadable', detail }, source.length);
    }
  }

  private async setAside(position: MailboxPosition, reason: SetAsideReason, size: number): Promise<void> {
    await this.queueWrite(() => this.options.port.setAside(this.key, position, setAsideText(reason), size));
    this.log('warn', 'channel_mail_set_aside', { ...position, size, kind: reason.kind, reason: reason.detail });
  }

  /** A call to the queue, whose failure is told apart from the mail server's (it does not end the connection). */
  private async queueWrite<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw error instanceof QueueWriteFailed ? error : new QueueWriteFailed(error);
    }
  }

  private log(level: 'info' | 'warn', event: string, fields: Record<string, unknown>): void {
    this.options.log[level]({ event, ...this.key, ...fields }, event.replaceAll('_', ' '));
  }
}

/** The queue failed to read or record (the store, not the mail server): the connection stays, the turn ends. */
class QueueWriteFailed extends Error {
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** Splits [uid, size] pairs into fetches of at most BATCH.bytes (a larger mail goes alone). */
function byteBoundedGroups(sizes: ReadonlyArray<[number, number]>): Array<Array<[number, number]>> {
  const groups: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> = [];
  let bytes = 0;
  for (const entry of sizes) {
    // A mail too large to download is set aside unread: it takes no room in the fetch.
    const size = entry[1] > EMAIL_LIMITS.maxMailBytes ? 0 : entry[1];
    if (current.length > 0 && bytes + size > BATCH.bytes) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
