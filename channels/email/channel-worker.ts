import type { EmailCredentials } from '../../shared/channels/email-config.js';
import type { ChannelKey } from '../../shared/channels/email-records.js';
import { ChannelHealth } from './channel-health.js';
import type { ChannelLog } from './channel-log.js';
import type { EmailChannelPort, RunnableEmailChannel } from './email-port.js';
import { classifyMailFailure } from './mail-failure.js';
import { MailboxReader } from './mailbox-reader.js';
import { SmtpSender } from './smtp-sender.js';
import { abortableDelay, reconnectDelayMs } from './worker-timing.js';

/** How the send loop claims the outbox: a few rows at a time, for long enough to send them, checked every second. */
export const SEND_LOOP = { batch: 20, leaseMs: 5 * 60_000, idleMs: 1_000 } as const;

export interface ChannelWorkerOptions {
  channel: RunnableEmailChannel & { credentials: EmailCredentials };
  port: EmailChannelPort;
  log: ChannelLog;
  trustedCaPem: string | null;
}

/**
 * Runs one email channel: its mailbox reader (mail in) and its send loop (the outbox out), each recovering from
 * its own failures, with the channel's health.
 */
export class ChannelWorker {
  readonly health = new ChannelHealth();
  private readonly stopping = new AbortController();
  private readonly reader: MailboxReader;
  private readonly sender: SmtpSender;
  private readonly sending: Promise<void>;
  private readonly key: ChannelKey;
  private wakeSender: (() => void) | null = null;

  constructor(private readonly options: ChannelWorkerOptions) {
    this.key = { tenantId: options.channel.tenantId, channelId: options.channel.channelId };
    this.reader = new MailboxReader({ ...options, health: this.health });
    this.sender = new SmtpSender(options.channel, options.trustedCaPem);
    this.sending = this.sendLoop();
    options.log.info({ event: 'channel_started', ...this.key, name: options.channel.name }, 'channel started');
  }

  /** Looks at the outbox now instead of at the next check (a reply was just written). */
  nudge(): void {
    this.wakeSender?.();
  }

  /** Stops reading and sending (a send in flight finishes first) and closes the connections. */
  async stop(): Promise<void> {
    this.stopping.abort();
    this.wakeSender?.();
    await Promise.all([this.reader.stop(), this.sending]);
    this.sender.close();
    this.health.stopped();
    this.options.log.info({ event: 'channel_stopped', ...this.key }, 'channel stopped');
  }

  private async sendLoop(): Promise<void> {
    let failures = 0;
    while (!this.stopping.signal.aborted) {
      let claimed = 0;
      try {
        claimed = await this.sendDue();
        failures = 0;
      } catch (error) {
        failures += 1;
        this.options.log.warn(
          { event: 'channel_outbox_failed', ...this.key, error: classifyMailFailure(error).detail, failures },
          'channel outbox failed',
        );
      }
      if (claimed < SEND_LOOP.batch)
        await this.waitToSend(failures === 0 ? SEND_LOOP.idleMs : reconnectDelayMs(failures));
    }
  }

  /** Claims due replies and sends them; returns how many it claimed. */
  private async sendDue(): Promise<number> {
    const due = await this.options.port.claimOutgoing(this.key, SEND_LOOP.batch, SEND_LOOP.leaseMs, new Date());
    await Promise.all(
      due.map(async (mail) => {
        const { result, failure } = await this.sender.send(mail);
        // The server answered (sent, or refused this one mail): the connection works.
        if (failure === null || failure.code === 'refused') this.health.smtpWorked();
        else this.health.smtpFailed(failure.detail);
        await this.options.port.recordDelivery(mail.deliveryId, result);
        const fields = { event: `channel_reply_${result.state}`, ...this.key, deliveryId: mail.deliveryId };
        if (result.state === 'sent') this.options.log.info(fields, 'reply sent');
        else
          this.options.log.warn(
            { ...fields, reason: result.reason, attempt: mail.attempts + 1 },
            `reply ${result.state}`,
          );
      }),
    );
    return due.length;
  }

  private async waitToSend(ms: number): Promise<void> {
    const woken = new AbortController();
    this.wakeSender = () => woken.abort();
    await abortableDelay(ms, AbortSignal.any([woken.signal, this.stopping.signal]));
    this.wakeSender = null;
  }
}
