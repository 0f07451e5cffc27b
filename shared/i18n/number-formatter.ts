import type { FormatterModule } from 'i18next';

/**
 * i18next's formatter for the console: every number interpolated into a text is written the UI
 * language's way ("1.200" in German, "1,200" in English), whether the text says `{{count, number}}`
 * or just `{{total}}`; other values pass unchanged. Pass a number as a string to keep it raw.
 */
export function createNumberFormatter(): FormatterModule {
  const formats = new Map<string, Intl.NumberFormat>();
  const numberFormat = (lng: string | undefined): Intl.NumberFormat => {
    const locale = lng ?? 'en';
    let format = formats.get(locale);
    if (!format) {
      try {
        format = new Intl.NumberFormat(locale);
      } catch {
        format = new Intl.NumberFormat('en');
      }
      formats.set(locale, format);
    }
    return format;
  };
  return {
    type: 'formatter',
    init() {},
    add() {},
    addCached() {},
    format(value: unknown, format?: string, lng?: string): string {
      const named = format?.trim();
      // Anything else goes back untouched: i18next itself stringifies it, and treats undefined as a missing value.
      if (typeof value !== 'number' || !Number.isFinite(value) || (named && named !== 'number')) return value as string;
      return numberFormat(lng).format(value);
    },
  };
}
