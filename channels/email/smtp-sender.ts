import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool/index.js';
import type { EmailCredentials } from '../../shared/channels/email-config.js';
import type { DeliveryResult, OutgoingEmail } from '../../shared/channels/email-records.js';
import { composeReply } from './compose-reply.js';
import { transientFailureResult } from './delivery-retry.js';
import type { RunnableEmailChannel } from './email-port.js';
import { mailServersOf, smtpOptions, smtpPasswordOf } from './mail-connections.js';
import { classifyMailFailure, isPermanentSendFailure, type MailFailure } from './mail-failure.js';

/** How one attempt went: the result the queue records, and the failure behind it (null when sent). */
export interface SendAttempt {
  result: DeliveryResult;
  failure: MailFailure | null;
}

/**
 * Sends a channel's replies over one pooled SMTP transport (TLS or STARTTLS required, AUTH with the stored password,
 * timeouts). A reply refused with a 5xx fails with the server's words; a 4xx, a connection that fails or times
 * out, or a refused login is retried with back-off (delivery-retry.ts).
 */
export class SmtpSender {
  private readonly transport: Transporter<SMTPPool.SentMessageInfo, SMTPPool.Options>;

  constructor(
    private readonly channel: RunnableEmailChannel & { credentials: EmailCredentials },
    trustedCaPem: string | null,
  ) {
    this.transport = nodemailer.createTransport(
      smtpOptions(mailServersOf(channel.config).smtp, smtpPasswordOf(channel.credentials), trustedCaPem),
    );
  }

  async send(mail: OutgoingEmail, now: () => Date = () => new Date()): Promise<SendAttempt> {
    try {
      await this.transport.sendMail(composeReply(mail, this.channel.config));
      return { result: { state: 'sent', at: now().toISOString() }, failure: null };
    } catch (error) {
      const failure = classifyMailFailure(error);
      const reason = failure.responseCode === null ? `${failure.code}: ${failure.detail}` : failure.detail;
      const result: DeliveryResult = isPermanentSendFailure(failure)
        ? { state: 'failed', reason, at: now().toISOString() }
        : transientFailureResult(mail.attempts + 1, reason, now());
      return { result, failure };
    }
  }

  close(): void {
    this.transport.close();
  }
}
