import { useTranslation } from 'react-i18next';
import { createFormatters } from './formatters.js';

type Formatters = ReturnType<typeof createFormatters>;

/** One set per locale for the whole page: Intl objects are costly to make, and every list row asks. */
const byLocale = new Map<string, Formatters>();

/** Formatters for the current UI locale; a new set when the language changes. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language ?? 'en';
  let formatters = byLocale.get(locale);
  if (!formatters) {
    formatters = createFormatters(locale);
    byLocale.set(locale, formatters);
  }
  return formatters;
}
