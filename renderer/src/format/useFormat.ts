import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createFormatters } from './formatters.js';

/** Formatters for the current UI locale; recreated when the language changes. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language ?? 'en';
  return useMemo(() => createFormatters(locale), [locale]);
}
