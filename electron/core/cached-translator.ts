import { ok, type AppError, type Result } from '../../shared/result.js';
import type { TranslationCache } from './store/translation-cache.js';
import type { Translator } from '../../engine/openai/translator.js';

export interface CachedTranslation {
  /** Same order as the texts; null for a text the model could not translate this time. */
  translations: Array<string | null>;
  /** How many texts came from the local cache, without asking the model. */
  fromCache: number;
  /** Why some texts are missing (model unreachable, offline): the cached ones are still given. */
  failure: AppError | null;
}

/**
 * A translator in front of the local cache: texts translated before (on any ticket, before a restart)
 * come from SQLite; only the others go to the model, in one request, and are stored for next time.
 * Offline, everything already translated still shows; the rest is null with the reason. With nothing
 * cached and the model failing, the result is that failure.
 */
export class CachedTranslator {
  constructor(
    private readonly translator: Translator,
    private readonly cache: TranslationCache,
  ) {}

  async translate(texts: readonly string[], targetLanguage: string): Promise<Result<CachedTranslation>> {
    const found = texts.map((text) => this.cache.get(text, targetLanguage));
    const fromCache = found.filter((text) => text !== null).length;
    // Each distinct missing text is sent once.
    const missing = [...new Set(texts.filter((_, i) => found[i] === null))];
    if (missing.length > 0) {
      const answer = await this.translator.translate(missing, targetLanguage);
      if (!answer.ok) return fromCache === 0 ? answer : ok({ translations: found, fromCache, failure: answer.error });
      this.cache.putAll(missing, answer.value, targetLanguage);
      const made = new Map(missing.map((text, i) => [text, answer.value[i] ?? '']));
      texts.forEach((text, i) => {
        if (found[i] === null) found[i] = made.get(text) ?? null;
      });
    }
    return ok({ translations: found, fromCache, failure: null });
  }
}
