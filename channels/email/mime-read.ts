import { MailParser, type AttachmentStream, type Headers, type MessageText } from 'mailparser';
import { EMAIL_LIMITS } from '../../shared/channels/email-records.js';

/** An attachment as read: its content kept while within EMAIL_LIMITS.maxStoredAttachmentBytes, its start always. */
export interface ReadAttachment {
  filename: string | null;
  contentType: string;
  size: number;
  content: Buffer | null;
  /** The first bytes (ATTACHMENT_HEAD_BYTES), kept even when the content is not: a bounce's quoted headers. */
  head: Buffer;
}

/** What mailparser read of a mail, bounded. */
export interface MimeContent {
  headers: Headers;
  /** The text parts (HTML turned into text where a part has no text alternative), or null without any. */
  text: string | null;
  /** The HTML parts, or null without any. */
  html: string | null;
  /** Whether an HTML part could not be turned into text (too long or too deeply nested). */
  htmlNotConverted: boolean;
  /** The first EMAIL_LIMITS.maxAttachments attachments. */
  attachments: ReadAttachment[];
  /** Attachments beyond EMAIL_LIMITS.maxAttachments: read and counted, not kept. */
  attachmentsNotKept: number;
}

export type MimeReading = { ok: true; content: MimeContent } | { ok: false; timedOut: boolean; error: string };

export const ATTACHMENT_HEAD_BYTES = 64 * 1024;

/** HTML longer than this (characters) is kept but not turned into text: html-to-text's time grows with it. */
export const MAX_HTML_TO_TEXT_LENGTH = EMAIL_LIMITS.maxHtmlBytes;

/**
 * Reads a raw mail with mailparser's streaming parser, never holding more of an attachment than is kept. The
 * parser bounds the structure itself (at most 1000 MIME parts, so nesting depth too; 1 MB of header per part):
 * past that it fails, and so does this. Resolves, never rejects, within `timeoutMs`.
 */
export function readMime(raw: Buffer, timeoutMs: number): Promise<MimeReading> {
  return new Promise((resolve) => {
    const parser = new MailParser({
      keepDeliveryStatus: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      skipImageLinks: true,
      checksumAlgo: false,
      maxHtmlLengthToParse: MAX_HTML_TO_TEXT_LENGTH,
    });
    let settled = false;
    const finish = (reading: MimeReading) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (!reading.ok) parser.destroy();
      resolve(reading);
    };
    const timer = setTimeout(
      () => finish({ ok: false, timedOut: true, error: `reading took over ${timeoutMs} ms` }),
      timeoutMs,
    );
    let headers: Headers = new Map();
    let text: MessageText | null = null;
    const attachments: ReadAttachment[] = [];
    let attachmentsNotKept = 0;
    let pending = 0;
    let ended = false;
    const done = () => {
      if (!ended || pending > 0) return;
      finish({
        ok: true,
        content: {
          headers,
          text: typeof text?.text === 'string' ? text.text : null,
          html: typeof text?.html === 'string' ? text.html : null,
          htmlNotConverted: text?.textConversionError !== undefined,
          attachments,
          attachmentsNotKept,
        },
      });
    };
    parser.on('error', (error: unknown) =>
      finish({ ok: false, timedOut: false, error: error instanceof Error ? error.message : String(error) }),
    );
    parser.on('headers', (parsed: Headers) => {
      headers = parsed;
    });
    parser.on('data', (data: AttachmentStream | MessageText) => {
      if (data.type === 'text') {
        text = data;
        return;
      }
      pending++;
      readAttachment(data, (attachment) => {
        if (attachments.length < EMAIL_LIMITS.maxAttachments) attachments.push(attachment);
        else attachmentsNotKept++;
        pending--;
        data.release?.();
        done();
      });
    });
    parser.on('end', () => {
      ended = true;
      done();
    });
    parser.end(raw);
  });
}

function readAttachment(data: AttachmentStream, onEnd: (attachment: ReadAttachment) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let kept = true;
  data.content.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (!kept) return;
    if (size > EMAIL_LIMITS.maxStoredAttachmentBytes) {
      // Over the limit: keep only the head, then count the rest.
      const head = Buffer.concat([...chunks, chunk]).subarray(0, ATTACHMENT_HEAD_BYTES);
      chunks.length = 0;
      chunks.push(Buffer.from(head));
      kept = false;
      return;
    }
    chunks.push(chunk);
  });
  data.content.on('end', () => {
    const content = Buffer.concat(chunks);
    onEnd({
      // A garbled Content-Type or name can leave these unset (or not strings) in what mailparser gives.
      filename: typeof data.filename === 'string' ? data.filename : null,
      contentType: typeof data.contentType === 'string' ? data.contentType : '',
      size,
      content: kept ? content : null,
      head: Buffer.from(content.subarray(0, ATTACHMENT_HEAD_BYTES)),
    });
  });
}
