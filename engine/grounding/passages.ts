/**
 * Published articles cut into passages, the pieces retrieval ranks and answers cite: each heading's section of a
 * language version (the text before the first heading is a section too); a section longer than MAX_PASSAGE_LENGTH
 * is cut between blocks, and a block longer than that at sentence ends (a sentence longer still at a space).
 * Ids are `<articleId>:<language>:<n>`, numbered in order, so they stay the same while the version's text does.
 */
import { blockPlainText, markdownBlocks, type Block } from '../../shared/markdown/markdown.js';
import type { SettingEntry } from '../../shared/settings/tenant-settings.js';
import type { Passage } from '../routing/ports.js';
import { sentencesOf } from './sentences.js';

export const MAX_PASSAGE_LENGTH = 1_200;

/** Passages of every published article's every language version, in article and version order. */
export function passagesOfArticles(articles: readonly SettingEntry<'article'>[]): Passage[] {
  return articles.flatMap((article) =>
    article.value.status !== 'published'
      ? []
      : Object.entries(article.value.versions).flatMap(([language, version]) =>
          passageTexts(version.body).map((text, n) => ({
            id: `${article.id}:${language}:${n}`,
            articleId: article.id,
            language,
            title: version.title,
            text,
          })),
        ),
  );
}

/** The plain-text passages of one Markdown body. */
export function passageTexts(body: string): string[] {
  return sections(markdownBlocks(body)).flatMap((section) => packed(section.flatMap(pieces), '\n\n'));
}

/** Blocks grouped by heading: a heading starts a section and is its first block. */
function sections(blocks: readonly Block[]): Block[][] {
  const out: Block[][] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' || out.length === 0) out.push([]);
    out.at(-1)?.push(block);
  }
  return out;
}

/** A block's plain text in pieces no longer than MAX_PASSAGE_LENGTH. */
function pieces(block: Block): string[] {
  const text = blockPlainText(block).trim();
  if (text.length === 0) return [];
  if (text.length <= MAX_PASSAGE_LENGTH) return [text];
  return packed(sentencesOf(text).flatMap(cutAtSpaces), ' ');
}

/** A text longer than MAX_PASSAGE_LENGTH cut at the last space before the limit (or at the limit without one). */
function cutAtSpaces(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > MAX_PASSAGE_LENGTH) {
    const space = rest.lastIndexOf(' ', MAX_PASSAGE_LENGTH);
    const at = space > MAX_PASSAGE_LENGTH / 2 ? space : MAX_PASSAGE_LENGTH;
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest.length > 0) out.push(rest);
  return out;
}

/** Consecutive pieces joined while the result stays within MAX_PASSAGE_LENGTH. */
function packed(parts: readonly string[], separator: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const part of parts) {
    if (current && current.length + separator.length + part.length > MAX_PASSAGE_LENGTH) {
      out.push(current);
      current = '';
    }
    current = current ? `${current}${separator}${part}` : part;
  }
  if (current) out.push(current);
  return out;
}
