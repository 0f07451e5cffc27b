/**
 * Macros to suggest to an agent: the tenant's macros (name and text, template fields left out) ranked by bm25
 * against the customer's text, the same full-text ranking as the articles'.
 */
import { MAX_SUGGESTIONS } from '../../shared/domain/ai-assist.js';
import type { SettingEntry } from '../../shared/settings/tenant-settings.js';
import { createLexicalIndex } from './lexical-index.js';

export interface MacroSuggester {
  /** Macro ids, best first, at most `limit` (and MAX_SUGGESTIONS); none when nothing matches. */
  suggest(text: string, language: string | null, limit: number): string[];
  /** Ranks these macros instead; call it whenever the tenant's macros change. */
  useMacros(macros: readonly SettingEntry<'macro'>[]): void;
  close(): void;
}

const TEMPLATE_FIELD = /\{\{[^{}]{0,200}\}\}/gu;

export function createMacroSuggester(macros: readonly SettingEntry<'macro'>[]): MacroSuggester {
  const index = createLexicalIndex();
  const useMacros = (entries: readonly SettingEntry<'macro'>[]) =>
    index.replace(
      entries.map((macro) => ({
        id: macro.id,
        language: null,
        text: `${macro.value.name}\n${macro.value.text.replace(TEMPLATE_FIELD, ' ')}`,
      })),
    );
  useMacros(macros);
  return {
    suggest(text, language, limit) {
      const wanted = Math.min(MAX_SUGGESTIONS, Math.floor(limit));
      return wanted < 1 ? [] : index.search(text, language, wanted).map((hit) => hit.id);
    },
    useMacros,
    close: () => index.close(),
  };
}
