/**
 * Makes text in every supported script searchable with FTS5's unicode61 tokenizer, which splits on
 * spaces and punctuation only: a run of Chinese, Japanese or Thai would otherwise be one huge token.
 * Han, kana and Hangul become one token per character (a query is then a phrase of characters, so any
 * substring matches, even two-character words that a trigram index cannot find); Thai, Lao, Khmer and
 * Myanmar are split into words with Intl.Segmenter. Text in other scripts is left as it is (fast path).
 */
const CHARACTER_SCRIPTS =
  /[\u1100-\u11ff\u2e80-\u2fdf\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]/;
const CHARACTER_SCRIPTS_GLOBAL = new RegExp(CHARACTER_SCRIPTS.source, 'g');
const WORD_SEGMENTED_SCRIPTS = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/;
const NEEDS_WORK = new RegExp(`${CHARACTER_SCRIPTS.source}|${WORD_SEGMENTED_SCRIPTS.source}`);

let segmenter: Intl.Segmenter | null = null;

export function searchableText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  let out = text;
  if (WORD_SEGMENTED_SCRIPTS.test(out)) {
    segmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
    const parts: string[] = [];
    for (const part of segmenter.segment(out)) parts.push(part.segment);
    out = parts.join(' ');
  }
  return out.replace(CHARACTER_SCRIPTS_GLOBAL, ' $& ');
}

/**
 * Turns what an agent typed into an FTS5 query: every term must match (AND); a term is a phrase of
 * its tokens; Latin-like terms of 3+ characters also match as a prefix ("refund" finds "refunded").
 * Returns null when nothing searchable is left.
 */
export function ftsQuery(input: string): string | null {
  const terms = input
    .split(/\s+/)
    .map((term) => term.replace(/["*^():]/g, ' ').trim())
    .filter((term) => term.length > 0);
  const phrases: string[] = [];
  for (const term of terms) {
    const tokens = searchableText(term)
      .split(/[\s\p{P}\p{S}]+/u)
      .filter((token) => token.length > 0);
    if (tokens.length === 0) continue;
    const phrase = `"${tokens.join(' ')}"`;
    const prefix = !NEEDS_WORK.test(term) && term.length >= 3;
    phrases.push(prefix ? `${phrase}*` : phrase);
  }
  return phrases.length > 0 ? phrases.join(' AND ') : null;
}

/** A short piece of `text` (about 160 characters) around the first word of `query` found in it. */
export function excerpt(text: string, query: string): string {
  const lower = text.toLowerCase();
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const at = words.map((w) => lower.indexOf(w)).find((i) => i >= 0) ?? 0;
  const start = Math.max(0, at - 60);
  const end = Math.min(text.length, start + 160);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
