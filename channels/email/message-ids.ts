import { createHash } from 'node:crypto';
import type { ChannelKey, MailboxPosition } from '../../shared/channels/email-records.js';

/** The longest Message-ID kept (RFC 5322's line length); a longer one is not an id anyone could reply to. */
export const MAX_MESSAGE_ID_LENGTH = 998;
/** References kept of a mail: the thread's first, then the latest ones (RFC 5322 trims the middle the same way). */
export const MAX_REFERENCES = 30;

/** An id between its brackets: up to MAX_MESSAGE_ID_LENGTH with the two brackets. */
const ID_TEXT = `[^<>\\s]{1,${MAX_MESSAGE_ID_LENGTH - 2}}`;
const ID = new RegExp(`<(${ID_TEXT})>`, 'g');
const BARE_ID = new RegExp(`^${ID_TEXT}$`);

/** The Message-IDs in a header value (`<a@b> <c@d>`), in order. A bare id without brackets counts as one. */
export function messageIdsIn(value: string): string[] {
  const ids = [...value.matchAll(ID)].map((match) => `<${match[1]}>`);
  if (ids.length > 0) return ids;
  const bare = value.trim();
  return BARE_ID.test(bare) && bare.includes('@') ? [`<${bare}>`] : [];
}

/** The first Message-ID of a header value, or null. */
export function firstMessageId(value: string | undefined): string | null {
  return value === undefined ? null : (messageIdsIn(value)[0] ?? null);
}

/** A References header's ids, oldest first: the first one and the latest ones up to MAX_REFERENCES. */
export function boundedReferences(values: readonly string[]): string[] {
  const ids = [...new Set(values.flatMap(messageIdsIn))];
  if (ids.length <= MAX_REFERENCES) return ids;
  return [ids[0] as string, ...ids.slice(ids.length - (MAX_REFERENCES - 1))];
}

/**
 * The Message-ID given to a mail that has none: made from its channel and mailbox position, so reading the same
 * mail again (after a crash) gives the same id.
 */
export function fallbackMessageId(channel: ChannelKey, position: MailboxPosition): string {
  const channelHash = createHash('sha256')
    .update(`${channel.tenantId}\u0000${channel.channelId}`)
    .digest('hex')
    .slice(0, 16);
  return `<${position.uidValidity}.${position.uid}.${channelHash}@no-message-id.switchboard.invalid>`;
}
