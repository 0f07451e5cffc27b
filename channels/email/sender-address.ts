import type { AddressObject, EmailAddress, HeaderValue } from 'mailparser';
import type { MailAddress } from '../../shared/channels/email-records.js';
import { cleanLine } from './clean-text.js';

/** The longest display name kept (CustomerSchema's name allows 200). */
export const MAX_NAME_LENGTH = 200;

/** An address one can answer: local@domain, no spaces or brackets, within SMTP's lengths. */
const ADDRESS = /^[^\s@<>()[\]",;:\\]{1,64}@[^\s@<>()[\]",;:\\]{1,255}$/;

/**
 * The person to answer: the first mailbox with a usable address in From, else in Sender, else in Reply-To. Its name
 * is the display name, or the address when there is none. Null when none of them names one.
 */
export function senderOf(headers: ReadonlyMap<string, HeaderValue>): MailAddress | null {
  for (const name of ['from', 'sender', 'reply-to']) {
    for (const mailbox of mailboxesOf(headers.get(name))) {
      const address = cleanLine(mailbox.address ?? '', 320);
      if (!ADDRESS.test(address)) continue;
      const displayName = cleanLine(mailbox.name, MAX_NAME_LENGTH);
      return { address, name: displayName === '' ? address : displayName };
    }
  }
  return null;
}

function mailboxesOf(value: HeaderValue | undefined): EmailAddress[] {
  if (value === undefined || typeof value === 'string' || value instanceof Date) return [];
  const objects = Array.isArray(value) ? value : [value];
  return objects
    .filter(
      (object): object is AddressObject =>
        typeof object === 'object' && 'value' in object && Array.isArray(object.value),
    )
    .flatMap((object) => object.value.flatMap((entry) => (entry.group === undefined ? [entry] : entry.group)));
}
