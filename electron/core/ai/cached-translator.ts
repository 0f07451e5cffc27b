import { ok, type Result } from '../../../shared/result.js';
import type { TranslationCache } from '../store/translation-cache.js';
import type { Translator } from './openai/translator.js';

export interface CachedTranslation {
  translations: string[];
  /** How many texts came from the local cache, without asking the model. */
  fromCache: number;
}

/**
 * A translator in front of the local cache: texts translated before (on any ticket, before a restart)
 * come from SQLite; only the others go to the model, in one request, and are stored for next time.
 * Offline, everything already translated still shows.
 */
export class CachedTranslator {
  constructor(
    private readonly translator: Translator,
    private readonly cache: TranslationCache,
  ) {}

  async translate(texts: readonly string[], targetLanguage: string): Promise<Result<CachedTranslation>> {
    const found = texts.map((text) => this.cache.get(text, targetLanguage));
    // Each distinct missing text is sent once.
    const missing = [...new Set(texts.filter((_, i) => found[i] === null))];
    if (missing.length > 0) {
      const answer = await this.translator.translate(missing, targetLanguage);
      if (!answer.ok) return answer;
      this.cache.putAll(missing, answer.value, targetLanguage);
      const made = new Map(missing.map((text, i) => [text, answer.value[i] ?? '']));
      texts.forEach((text, i) => {
        if (found[i] === null) found[i] = made.get(text) ?? null;
      });
    }
    return ok({ translations: found.map((text) => text ?? ''), fromCache: texts.length - texts.filter((t) => missing.includes(t)).length });
  }
}
