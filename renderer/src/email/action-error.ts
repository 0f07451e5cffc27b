import type { AppError } from '../../../shared/result.js';
import en from './locales/en.js';

/** The codes with a sentence of their own in the `email.errors` catalog (the catalog is the one list of them). */
const OWN_SENTENCE: ReadonlySet<string> = new Set(Object.keys(en.errors).filter((code) => code !== 'generic'));

/** A failed email action's sentence in the reader's language: its own words for known codes, else the host's. */
export function actionErrorText(t: (key: string, values?: Record<string, unknown>) => string, error: AppError): string {
  return OWN_SENTENCE.has(error.code)
    ? t(`email.errors.${error.code}`)
    : t('email.errors.generic', { message: error.message });
}
