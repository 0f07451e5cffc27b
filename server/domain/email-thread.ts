import type { InboundMail, MailAddress } from '../../shared/channels/email-records.js';
import type { Customer } from '../../shared/domain/ticket.js';

/** The channel name of tickets that came in by mail (Ticket.channel). */
export const EMAIL_TICKET_CHANNEL = 'email';

/** A thread's References keep the first id and the latest ones, at most this many (RFC 5322 allows trimming). */
export const MAX_THREAD_REFERENCES = 20;

/** How many of a mail's In-Reply-To and References ids are looked up to find its ticket (newest first). */
export const MAX_THREAD_KEYS = 50;

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
