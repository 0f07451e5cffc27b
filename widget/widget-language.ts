import { baseLanguage, isRtl, systemUiLanguage, type UiLanguage } from '../shared/i18n/ui-languages.js';

/** The language the widget speaks to a visitor: their browser's preferences among the console's UI languages. */
export interface WidgetLanguage {
  readonly code: UiLanguage;
  readonly dir: 'ltr' | 'rtl';
  /** The visitor's own first preference (sw-KE, pt-BR), the ticket's language hint even where the widget says English. */
  readonly visitorTag: string;
}

/** The longest language tag the session request takes (WidgetSessionRequestSchema). */
const MAX_TAG_LENGTH = 35;

export function widgetLanguage(preferred: readonly string[]): WidgetLanguage {
  const code = systemUiLanguage(preferred);
  const first = preferred[0]?.trim();
  const visitorTag = first && first.length <= MAX_TAG_LENGTH ? first : code;
  return { code, dir: isRtl(code) ? 'rtl' : 'ltr', visitorTag };
}

/** A greeting and the language it is written in (which may differ from the widget's own). */
export interface Greeting {
  readonly text: string;
  readonly lang: string;
}

/**
 * The tenant's greeting for a visitor: the first of their preferences the tenant wrote one for (the exact tag, then
 * the base language: pt-BR finds pt, pt finds pt-BR), else the tenant's first greeting; null when it wrote none.
 */
export function pickGreeting(
  greetings: Readonly<Record<string, string>>,
  preferred: readonly string[],
): Greeting | null {
  const tags = Object.keys(greetings);
  const found = (tag: string | undefined) => (tag === undefined ? null : { text: greetings[tag] ?? '', lang: tag });
  for (const wanted of preferred) {
    const exact = tags.find((tag) => tag.toLowerCase() === wanted.toLowerCase());
    const sameBase = tags.find((tag) => baseLanguage(tag) === baseLanguage(wanted));
    const greeting = found(exact ?? sameBase);
    if (greeting) return greeting;
  }
  return found(tags[0]);
}
