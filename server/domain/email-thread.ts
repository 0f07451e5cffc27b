import { createHash } from 'node:crypto';
import type { InboundMail, MailAddress } from '../../shared/channels/email-records.js';
import type { Customer } from '../../shared/domain/ticket.js';

/** The channel name of tickets that came in by mail (Ticket.channel). */
export const EMAIL_TICKET_CHANNEL = 'email';

/** A thread's References keep the first id and the latest ones, at most this many (RFC 5322 allows trimming). */
export const MAX_THREAD_REFERENCES = 20;

/** How many of a mail's In-Reply-To and References ids are looked up to find its ticket (newest first). */
export const MAX_THREAD_KEYS = 50;

/**
 * The longest Message-ID the queue keys a mail by, in UTF-8 bytes (RFC 5322's line length). PostgreSQL refuses an
 * index row over 2704 bytes, and a hostile id of 996 four-byte characters is about 4000.
 */
export const MAX_MAIL_KEY_BYTES = 998;

/** A Message-ID as the queue records and looks it up: itself, or a digest of it when longer than MAX_MAIL_KEY_BYTES. */
export function mailKey(id: string): string {
  if (Buffer.byteLength(id, 'utf8') <= MAX_MAIL_KEY_BYTES) return id;
  return `<${createHash('sha256').update(id, 'utf8').digest('hex')}@long-message-id.switchboard.invalid>`;
}

/** The mail with every Message-ID it names as mailKey keys them. */
export function withMailKeys<M extends Pick<InboundMail, 'messageId' | 'inReplyTo' | 'references' | 'bounce'>>(
  mail: M,
): M {
  return {
    ...mail,
    messageId: mailKey(mail.messageId),
    inReplyTo: mail.inReplyTo === null ? null : mailKey(mail.inReplyTo),
    references: mail.references.map(mailKey),
    bounce:
      mail.bounce === null
        ? null
        : {
            ...mail.bounce,
            originalMessageId: mail.bounce.originalMessageId === null ? null : mailKey(mail.bounce.originalMessageId),
          },
  };
}

/** The ids a mail answers, newest first (In-Reply-To, then References from the end), without repeats. */
export function threadKeysOf(mail: Pick<InboundMail, 'inReplyTo' | 'references'>): string[] {
  const keys = [mail.inReplyTo, ...[...mail.references].reverse()].filter((id): id is string => id !== null);
  return [...new Set(keys)].slice(0, MAX_THREAD_KEYS);
}

/** A thread's references with one more id: the first kept, then the latest, at most MAX_THREAD_REFERENCES. */
export function withReference(references: readonly string[], id: string): string[] {
  const all = references.includes(id) ? [...references] : [...references, id];
  if (all.length <= MAX_THREAD_REFERENCES) return all;
  return [all[0] ?? id, ...all.slice(all.length - (MAX_THREAD_REFERENCES - 1))];
}

/** The Message-ID header of a reply, fixed when it is queued: `<message id@the From address's domain>`. */
export function headerMessageIdFor(messageId: string, fromAddress: string): string {
  const domain = fromAddress.slice(fromAddress.lastIndexOf('@') + 1).trim() || 'switchboard.invalid';
  return `<${messageId}@${domain}>`;
}

/** The same address whatever its case (the customer's id on an email ticket). */
export function normalAddress(address: string): string {
  return address.trim().toLowerCase();
}

/** The customer a mail comes from: its lower-cased address as id, its display name (else the address). */
export function customerOfMail(from: MailAddress): Customer {
  const address = normalAddress(from.address).slice(0, 320);
  const name = from.name.trim() || address;
  return { id: address.slice(0, 200), name: name.slice(0, 200) || 'unknown', email: address, tier: 'standard' };
}
