import type Mail from 'nodemailer/lib/mailer/index.js';
import type { EmailChannelConfig } from '../../shared/channels/email-config.js';
import type { OutgoingEmail } from '../../shared/channels/email-records.js';
import { MAX_SUBJECT_LENGTH } from '../../shared/domain/ticket.js';
import { cleanLine } from './clean-text.js';
import { MAX_NAME_LENGTH } from './sender-address.js';

/** A language tag as Content-Language takes it (BCP 47's shape: `de`, `pt-BR`, `zh-Hant-TW`). */
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,4}$/;

/**
 * The message nodemailer sends for a reply waiting in the outbox: the channel's From, the customer as To, the
 * Message-ID fixed at enqueue (the same on every attempt, so a resend is recognisable as the same mail), the
 * threading headers, the customer's language, UTF-8 plain text. An AI reply says Auto-Submitted: auto-replied
 * (RFC 3834) and asks Exchange for no out-of-office or auto-reply (delivery reports still come back).
 * No file or URL is ever read into the mail.
 */
export function composeReply(outgoing: OutgoingEmail, config: EmailChannelConfig): Mail.Options {
  const headers: Record<string, string> = {};
  if (outgoing.language !== null && LANGUAGE_TAG.test(outgoing.language))
    headers['Content-Language'] = outgoing.language;
  if (outgoing.author === 'ai') {
    headers['Auto-Submitted'] = 'auto-replied';
    headers['X-Auto-Response-Suppress'] = 'OOF, AutoReply';
  }
  return {
    from: { name: cleanLine(config.fromName, MAX_NAME_LENGTH), address: config.fromAddress },
    to: { name: cleanLine(outgoing.to.name, MAX_NAME_LENGTH), address: outgoing.to.address },
    subject: cleanLine(outgoing.subject, MAX_SUBJECT_LENGTH),
    messageId: outgoing.headerMessageId,
    ...(outgoing.inReplyTo === null ? {} : { inReplyTo: outgoing.inReplyTo }),
    ...(outgoing.references.length === 0 ? {} : { references: outgoing.references }),
    headers,
    text: outgoing.text,
    textEncoding: 'quoted-printable',
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}
