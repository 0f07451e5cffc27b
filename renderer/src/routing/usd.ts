import { useFormat } from '../format/useFormat.js';

const byLocale = new Map<string, Intl.NumberFormat>();

/**
 * US dollars the UI locale's way, down to a tenth of a cent (a model call costs fractions of a cent): "$0.003",
 * "12,50 $". The routing editor's estimates and the AI health screen's spend use it.
 */
export function useUsd(): (amount: number) => string {
  const { locale } = useFormat();
  let format = byLocale.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: 2,
      maximumFractionDigits: 3,
    });
    byLocale.set(locale, format);
  }
  const made = format;
  return (amount) => made.format(amount);
}
