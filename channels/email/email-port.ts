import type { EmailChannelConfig, EmailCredentials } from '../../shared/channels/email-config.js';
import type {
  ChannelKey,
  DeliveryResult,
  InboundMail,
  MailboxPosition,
  OutgoingEmail,
  ReceiveOutcome,
} from '../../shared/channels/email-records.js';

/** An enabled email channel with everything needed to run it (its passwords decrypted, in memory only). */
export interface RunnableEmailChannel extends ChannelKey {
  name: string;
  queueId: string;
  config: EmailChannelConfig;
  /** Null when no passwords were set for it yet: it does not run, and its status says so. */
  credentials: EmailCredentials | null;
}

/**
 * What the email channel needs of the queue, implemented by the server over its store (server/channels/). Every
 * write is one transaction: a mail and the mailbox position after it are recorded together, so a crash never loses
 * a mail nor records one twice.
 */
export interface EmailChannelPort {
  /** The enabled email channels of every tenant, read again whenever settings change. */
  runnableChannels(): Promise<RunnableEmailChannel[]>;
  /** The highest position recorded for the channel's mailbox, or null before its first mail. */
  position(key: ChannelKey): Promise<MailboxPosition | null>;
  /**
   * Records a mail read at `position`: a new ticket, a customer reply on the ticket it answers, a bounce marking the
   * outgoing message it reports, or a duplicate (its Message-ID was recorded before). Advances the position.
   */
  receive(key: ChannelKey, mail: InboundMail, position: MailboxPosition): Promise<ReceiveOutcome>;
  /** Records a mail that could not be read (the reason is logged and counted on /metrics) and advances the position. */
  setAside(key: ChannelKey, position: MailboxPosition, reason: string, size: number): Promise<void>;
  /** Claims up to `limit` due outbox rows of the channel for `leaseMs` (a crashed worker's claims come back). */
  claimOutgoing(key: ChannelKey, limit: number, leaseMs: number, now: Date): Promise<OutgoingEmail[]>;
  /** Records how an attempt went; moves the ticket's message to sent, back to queued for a retry, or to failed. */
  recordDelivery(deliveryId: string, result: DeliveryResult): Promise<void>;
}
