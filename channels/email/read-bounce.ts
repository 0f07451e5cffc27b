import { cleanLine } from './clean-text.js';
import type { ReadAttachment } from './mime-read.js';
import { firstMessageId } from './message-ids.js';
import { fieldValues, headerFields, splitMail, type RawField } from './raw-header.js';

/** The longest bounce reason kept (MessageDeliverySchema's reason allows 2000). */
export const MAX_BOUNCE_REASON_LENGTH = 1000;

export interface BounceReport {
  /** The Message-ID of the mail that could not be delivered, when the report shows it. */
  originalMessageId: string | null;
  reason: string;
}

/** The content types of a delivery report's machine-readable part (RFC 3464, RFC 6533). */
export const DELIVERY_STATUS_TYPES: ReadonlySet<string> = new Set([
  'message/delivery-status',
  'message/global-delivery-status',
]);
const ORIGINAL_TYPES = new Set(['message/rfc822', 'message/global', 'text/rfc822-headers', 'message/global-headers']);
/** Actions of a delivery report that are no failure: the mail was delivered, relayed, or is still being tried. */
const NOT_FAILED = new Set(['delayed', 'delivered', 'relayed', 'expanded']);
const SMTP_REPLY = /\b[45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3}\b)?.*$/m;
const ENHANCED_STATUS = /\b5\.\d{1,3}\.\d{1,3}\b.*$/m;
/** A delay warning's words: the server still tries, whatever SMTP reply it quotes (often a 4xx). */
const STILL_TRYING =
  /\b(?:delayed|not yet been delivered|not delivered yet|will (?:continue|retry|keep)|still trying)\b/i;
/** A report that gave up, even when it also tells how long it had tried. */
const GAVE_UP =
  /\b(?:permanent (?:error|failure)|failed permanently|gave up|given up|retry timeout exceeded|could not be delivered|couldn't be delivered)\b/i;
const TEMPORARY = /\btemporar(?:y|ily)\b/i;
const UNDELIVERABLE =
  /^.*\b(?:user unknown|does not exist|no such (?:user|mailbox|recipient)|mailbox (?:unavailable|full|not found)|recipient address rejected|address rejected|undeliverable|could not be delivered|permanent(?:ly)? (?:error|fail)).*$/im;

/**
 * Reads a bounce: the standard delivery report (RFC 3464: message/delivery-status beside the original mail or its
 * headers) and the plain-text reports of mailer daemons that quote the original header in their text. Null when the
 * report says the mail was not refused (delayed, delivered, relayed): nothing failed.
 */
export function readBounce(attachments: readonly ReadAttachment[], text: string): BounceReport | null {
  const status = attachments.find((attachment) => DELIVERY_STATUS_TYPES.has(attachment.contentType.toLowerCase()));
  const statusFields = status === undefined ? [] : deliveryStatusFields(status.head);
  const actions = fieldValues(statusFields, 'action');
  if (actions.length > 0 && actions.every((action) => NOT_FAILED.has(action.toLowerCase().split(/\s/)[0] ?? '')))
    return null;
  const reason = statusFields.length > 0 ? reasonOfReport(statusFields) : reasonOfText(text);
  if (reason === null) return null;
  return { originalMessageId: originalMessageId(attachments, statusFields, text), reason };
}

/** The fields of every block of a delivery-status part (the per-message block and one per recipient). */
function deliveryStatusFields(head: Buffer): RawField[] {
  const text = head.toString('utf8').replace(/\r\n/g, '\n');
  return text.split(/\n[ \t]*\n/).flatMap((block) => headerFields(Buffer.from(block)));
}

function reasonOfReport(fields: readonly RawField[]): string {
  const value = (name: string) => fieldOf(fields, name) ?? '';
  const recipient = value('final-recipient').replace(/^[^;]*;\s*/, '');
  const diagnostic = value('diagnostic-code').replace(/^[^;]*;\s*/, '');
  const status = value('status');
  const said = diagnostic !== '' ? diagnostic : status !== '' ? `status ${status}` : 'no reason given';
  return bound(recipient === '' ? said : `${recipient}: ${said}`);
}

/**
 * A plain-text report's reason: its SMTP reply line, or a sentence saying the mail was undeliverable. Null for a
 * delay warning (the server still tries; it quotes the 4xx reply it got) and for a temporary problem without a reply.
 */
function reasonOfText(text: string): string | null {
  if (STILL_TRYING.test(text) && !GAVE_UP.test(text)) return null;
  const reply = SMTP_REPLY.exec(text) ?? ENHANCED_STATUS.exec(text);
  if (reply !== null) return bound(reply[0]);
  if (TEMPORARY.test(text)) return null;
  const sentence = UNDELIVERABLE.exec(text);
  return bound(sentence === null ? 'The mail server reported the mail undeliverable.' : sentence[0]);
}

function originalMessageId(
  attachments: readonly ReadAttachment[],
  statusFields: readonly RawField[],
  text: string,
): string | null {
  for (const attachment of attachments) {
    if (!ORIGINAL_TYPES.has(attachment.contentType.toLowerCase())) continue;
    const id = firstMessageId(fieldOf(splitMail(attachment.head).fields, 'message-id'));
    if (id !== null) return id;
  }
  const reported = firstMessageId(
    fieldOf(statusFields, 'x-original-message-id') ?? fieldOf(statusFields, 'original-message-id'),
  );
  if (reported !== null) return reported;
  // A plain-text report quotes the original header in its text.
  return firstMessageId(/^[ \t>]*Message-ID:[ \t]*(<[^<>\s]+>)/im.exec(text)?.[1]);
}

function fieldOf(fields: readonly RawField[], name: string): string | undefined {
  return fieldValues(fields, name)[0];
}

function bound(reason: string): string {
  return cleanLine(reason, MAX_BOUNCE_REASON_LENGTH);
}
