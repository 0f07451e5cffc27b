import { MAX_HTML_TO_TEXT_LENGTH, readMime } from './mime-read.js';

/** HTML read as text, or why not: too long or too deeply nested to convert, or out of time. */
export type HtmlText = { kind: 'text'; text: string } | { kind: 'not_converted' } | { kind: 'timeout' };

/**
 * mailparser turns HTML into text with html-to-text (scripts, styles and frames dropped, entities decoded, each link
 * written as `text [url]`), but only for an HTML part at the top of the mail or without a text alternative beside
 * it; an HTML part inside multipart/mixed or multipart/related of a mail without any text part stays unconverted.
 * `htmlAsText` has such HTML converted the same way, as a mail of that one part, so one converter reads all HTML.
 */
export async function htmlAsText(html: string, timeoutMs: number): Promise<HtmlText> {
  if (html.length > MAX_HTML_TO_TEXT_LENGTH) return { kind: 'not_converted' };
  const mail = Buffer.concat([
    Buffer.from('Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'),
    Buffer.from(html, 'utf8'),
  ]);
  const reading = await readMime(mail, timeoutMs);
  if (!reading.ok) return { kind: reading.timedOut ? 'timeout' : 'not_converted' };
  if (reading.content.htmlNotConverted) return { kind: 'not_converted' };
  return { kind: 'text', text: reading.content.text ?? '' };
}

/** The URLs no one should follow or that say nothing (javascript:, vbscript:, data:, file:, cid:), dropped. */
const HIDDEN_URL = /\s?\[(?:javascript|vbscript|data|file|cid):[^\]\n]*\]/gi;

export function tidyHtmlText(text: string): string {
  return text.replace(HIDDEN_URL, '');
}
