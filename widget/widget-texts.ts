import type { UiLanguage } from '../shared/i18n/ui-languages.js';
import { WIDGET_CATALOGS, type WidgetTextKey } from './locales/index.js';

/** A widget text in one language, its `{{name}}` placeholders filled in. */
export type Translate = (key: WidgetTextKey, values?: Readonly<Record<string, string>>) => string;

export function widgetTranslator(language: UiLanguage): Translate {
  const catalog = WIDGET_CATALOGS[language];
  return (key, values = {}) => catalog[key].replace(/{{(\w+)}}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * A span of time as the language says it ("5 minutes", "2 Stunden", "3 時間"), rounded to its largest sensible unit:
 * seconds under a minute, minutes under two hours, hours under two days, then days.
 */
export function formatDuration(language: UiLanguage, seconds: number): string {
  const [amount, unit] =
    seconds < 60
      ? [Math.max(1, Math.ceil(seconds)), 'second']
      : seconds < 7_200
        ? [Math.round(seconds / 60), 'minute']
        : seconds < 172_800
          ? [Math.round(seconds / 3_600), 'hour']
          : [Math.round(seconds / 86_400), 'day'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(amount);
}
