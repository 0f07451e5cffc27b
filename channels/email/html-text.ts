/**
 * mailparser turns HTML into text with html-to-text: scripts, styles and frames dropped, entities decoded, each link
 * written as `text [url]`. What remains to tidy: the URLs no one should follow or that say nothing (javascript:,
 * vbscript:, data:, file:, cid:) are dropped with their brackets.
 */
const HIDDEN_URL = /\s?\[(?:javascript|vbscript|data|file|cid):[^\]\n]*\]/gi;

export function tidyHtmlText(text: string): string {
  return text.replace(HIDDEN_URL, '');
}
