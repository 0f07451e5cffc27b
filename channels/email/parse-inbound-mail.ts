import {
  EMAIL_LIMITS,
  type ChannelKey,
  type InboundAttachment,
  type InboundMail,
  type MailboxPosition,
} from '../../shared/channels/email-records.js';
import { MAX_MESSAGE_LENGTH, MAX_SUBJECT_LENGTH } from '../../shared/domain/ticket.js';
import { cleanContentType, cleanFilename } from './attachment-names.js';
import { classifyMail } from './classify-mail.js';
import { cleanBodyText, cleanLine, cutAt, cutAtBytes } from './clean-text.js';
import { htmlAsText, tidyHtmlText } from './html-text.js';
import { boundedReferences, fallbackMessageId, firstMessageId } from './message-ids.js';
import { readMime, type MimeContent, type ReadAttachment } from './mime-read.js';
import { boundFields, fieldValues, joinMail, repairEightBitField, splitMail, type RawField } from './raw-header.js';
import { readBounce } from './read-bounce.js';
import { salvageText } from './salvage-text.js';
import { senderOf } from './sender-address.js';
import { charsetFieldForBytes } from './single-part-charset.js';

/** Where a mail was read: its channel and its place in the mailbox (for the Message-ID of a mail without one). */
export interface ParseContext {
  channel: ChannelKey;
  position: MailboxPosition;
}

/** Why a mail is set aside instead of becoming a ticket: a class (for counting) and what exactly. */
export interface SetAsideReason {
  kind: SetAsideKind;
  detail: string;
}
export const SET_ASIDE_KINDS = ['too_large', 'no_sender', 'unreadable', 'timeout'] as const;
export type SetAsideKind = (typeof SET_ASIDE_KINDS)[number];

export type MailParseResult = { ok: true; mail: InboundMail } | { ok: false; reason: SetAsideReason };

/** How long reading one mail may take before it is set aside (a 30 MB attachment takes a few seconds). */
export const PARSE_TIMEOUT_MS = 30_000;

/** The one-line reason recorded and logged for a mail set aside (EmailChannelPort.setAside's `reason`). */
export function setAsideText(reason: SetAsideReason): string {
  return `${reason.kind}: ${reason.detail}`;
}

/**
 * Turns a raw mail (RFC 5322 bytes, as IMAP gives them) into a bounded InboundMail, or says why it is set aside:
 * over EMAIL_LIMITS.maxMailBytes, no sender to answer, structure the parser refuses, or over `timeoutMs`. Never
 * throws; whatever is readable of a damaged mail becomes its text.
 */
export async function parseInboundMail(
  raw: Uint8Array,
  context: ParseContext,
  timeoutMs: number = PARSE_TIMEOUT_MS,
): Promise<MailParseResult> {
  if (raw.byteLength > EMAIL_LIMITS.maxMailBytes)
    return setAside('too_large', `${raw.byteLength} bytes, over the ${EMAIL_LIMITS.maxMailBytes} a mail may have`);
  try {
    const split = splitMail(raw);
    const prepared = preparedFields(split.fields, split.body);
    const deadline = performance.now() + timeoutMs;
    const reading = await readMime(joinMail(prepared, split.body), timeoutMs);
    if (!reading.ok) return setAside(reading.timedOut ? 'timeout' : 'unreadable', reading.error);
    const text = await readableText(reading.content, split.body, deadline - performance.now());
    if (text === null) return setAside('timeout', `reading took over ${timeoutMs} ms`);
    return mailOf(reading.content, text, prepared, context);
  } catch (error) {
    return setAside('unreadable', error instanceof Error ? error.message : String(error));
  }
}

/**
 * The header as the parser gets it: bounded to EMAIL_LIMITS.maxHeaderBytes, 8-bit Latin fields re-encoded, and the
 * charset of a single text part said as its bytes are (see charsetFieldForBytes).
 */
function preparedFields(rawFields: RawField[], body: Buffer): RawField[] {
  const fields = boundFields(rawFields).fields.map(repairEightBitField);
  const charsetField = charsetFieldForBytes(fields, body);
  if (charsetField === null) return fields;
  const others = fields.filter((field) => field.name !== 'content-type');
  return [...others, charsetField];
}

function setAside(kind: SetAsideKind, detail: string): MailParseResult {
  return { ok: false, reason: { kind, detail: cleanLine(detail, 500) } };
}

function mailOf(
  content: MimeContent,
  text: string,
  fields: readonly RawField[],
  context: ParseContext,
): MailParseResult {
  const from = senderOf(content.headers);
  if (from === null) return setAside('no_sender', 'the mail names no address in From, Sender or Reply-To');
  const header = (name: string) => fieldValues(fields, name);
  const automatic = classifyMail({
    header,
    fromAddress: from.address,
    rootContentType: (header('content-type')[0] ?? 'text/plain').toLowerCase(),
    partTypes: content.attachments.map((attachment) => attachment.contentType.toLowerCase()),
  });
  const attachments = content.attachments.map(inboundAttachment);
  const subject = cleanLine(stringHeader(content, 'subject'), MAX_SUBJECT_LENGTH);
  return {
    ok: true,
    mail: {
      messageId:
        firstMessageId(stringHeader(content, 'message-id')) ?? fallbackMessageId(context.channel, context.position),
      inReplyTo: firstMessageId(stringHeader(content, 'in-reply-to')),
      references: boundedReferences(header('references')),
      from,
      subject: subject === '' ? '(no subject)' : subject,
      date: dateOf(header('date')[0]),
      text: withNotes(text, content, attachments),
      html: content.html === null ? null : cutAtBytes(content.html, EMAIL_LIMITS.maxHtmlBytes),
      attachments,
      automatic,
      bounce: automatic === 'bounce' ? readBounce(content.attachments, content.text ?? '') : null,
    },
  };
}

function stringHeader(content: MimeContent, name: string): string {
  const value = content.headers.get(name);
  return typeof value === 'string' ? value : '';
}

function dateOf(value: string | undefined): string | null {
  if (value === undefined) return null;
  const time = Date.parse(value.replace(/\s*\([^)]*\)\s*$/, ''));
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  return date.getUTCFullYear() >= 1970 && date.getUTCFullYear() <= 9999 ? date.toISOString() : null;
}

/**
 * The text to show: the text parts (mailparser turned HTML without a text alternative into text); else the HTML
 * parts as text; else, when the parser found no part at all, the body's readable lines. Null past the deadline.
 */
async function readableText(content: MimeContent, body: Buffer, timeLeftMs: number): Promise<string | null> {
  const text = cleanedText(content.text ?? '');
  if (text !== '') return text;
  if (content.htmlNotConverted) return HTML_NOT_CONVERTED;
  if (content.html !== null) {
    if (timeLeftMs <= 0) return null;
    const htmlText = await htmlAsText(content.html, timeLeftMs);
    if (htmlText.kind === 'timeout') return null;
    return htmlText.kind === 'not_converted' ? HTML_NOT_CONVERTED : cleanedText(htmlText.text);
  }
  return content.attachments.length === 0 ? cleanBodyText(salvageText(body)) : '';
}

/**
 * The most of a mail's text that is cleaned (ten messages' worth; the ticket keeps one). Cleaning runs at once on
 * the queue's thread: a 50 MB text part held it for about ten seconds.
 */
const MAX_CLEANED_TEXT_LENGTH = 10 * MAX_MESSAGE_LENGTH;

function cleanedText(text: string): string {
  return cleanBodyText(tidyHtmlText(cutAt(text, MAX_CLEANED_TEXT_LENGTH)));
}

const HTML_NOT_CONVERTED =
  "(The mail's HTML could not be turned into text: too large or too deeply nested. The original is kept.)";

function inboundAttachment(attachment: ReadAttachment, index: number): InboundAttachment {
  const contentType = cleanContentType(attachment.contentType);
  return {
    filename: cleanFilename(attachment.filename, index, contentType),
    contentType,
    size: attachment.size,
    content: attachment.content,
  };
}

/**
 * The text as the ticket shows it: a placeholder when the mail has none, cut to MAX_MESSAGE_LENGTH with a note
 * saying so, and a note counting the attachments that were not kept.
 */
function withNotes(text: string, content: MimeContent, attachments: readonly InboundAttachment[]): string {
  const notes: string[] = [];
  if (content.attachmentsNotKept > 0)
    notes.push(
      `[${content.attachmentsNotKept} more attachments were not kept: a mail keeps at most ${EMAIL_LIMITS.maxAttachments}.]`,
    );
  const body =
    text !== ''
      ? text
      : attachments.length > 0
        ? `(The mail has no text, only attachments: ${attachments.map((attachment) => attachment.filename).join(', ')}.)`
        : '(The mail has no text.)';
  const cutNote = `\n\n[The text was cut here: the mail's text is longer than the ${MAX_MESSAGE_LENGTH} characters a message holds.]`;
  const noteText = notes.map((note) => `\n\n${note}`).join('');
  if (body.length + noteText.length <= MAX_MESSAGE_LENGTH) return body + noteText;
  return cutAt(body, MAX_MESSAGE_LENGTH - cutNote.length - noteText.length).trimEnd() + cutNote + noteText;
}
