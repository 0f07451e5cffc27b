/** Cited passages as the decision keeps them (shared/domain/ai-assist.ts CitationSchema): each once, clipped. */
import { MAX_CITATIONS, MAX_CITED_PASSAGE_LENGTH, type Citation } from '../../shared/domain/ai-assist.js';
import type { Passage } from '../routing/ports.js';

const TITLE_LENGTH = 300;

export function citationsOf(passages: readonly Passage[]): Citation[] {
  return [...new Map(passages.map((passage) => [passage.id, passage])).values()]
    .slice(0, MAX_CITATIONS)
    .map((passage) => ({
      articleId: passage.articleId,
      language: passage.language,
      title: clip(passage.title, TITLE_LENGTH),
      passage: clip(passage.text, MAX_CITED_PASSAGE_LENGTH),
    }));
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
