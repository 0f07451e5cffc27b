/** UI languages offered in the picker, named in their own language, with their writing direction. */
export const UI_LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'de', name: 'Deutsch', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'he', name: 'עברית', dir: 'rtl' },
  { code: 'it', name: 'Italiano', dir: 'ltr' },
  { code: 'ja', name: '日本語', dir: 'ltr' },
  { code: 'ko', name: '한국어', dir: 'ltr' },
  { code: 'nl', name: 'Nederlands', dir: 'ltr' },
  { code: 'pl', name: 'Polski', dir: 'ltr' },
  { code: 'pt', name: 'Português', dir: 'ltr' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
  { code: 'tr', name: 'Türkçe', dir: 'ltr' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
  { code: 'zh', name: '简体中文', dir: 'ltr' },
] as const;

export type UiLanguage = (typeof UI_LANGUAGES)[number]['code'];

const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'dv', 'ckb']);

/**
 * Tags whose base language we offer but in a script readers may not expect: Traditional Chinese
 * readers get Simplified Chinese only when none of their other preferences is offered.
 */
const APPROXIMATE = [/^zh-(hant|tw|hk|mo)\b/i];

/** Old or alternative codes browsers and operating systems still send. */
const ALIASES: Record<string, string> = { iw: 'he', nb: 'no', in: 'id', ji: 'yi' };

export function baseLanguage(tag: string): string {
  const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return ALIASES[base] ?? base;
}

export function isRtl(tag: string): boolean {
  return RTL_LANGUAGES.has(baseLanguage(tag));
}

export function isUiLanguage(code: string): code is UiLanguage {
  return UI_LANGUAGES.some((l) => l.code === code);
}

/**
 * The UI language for the system's preferences (most preferred first): the first one we offer,
 * matched on the base language (pt-BR -> pt, he-IL -> he, zh-CN -> zh); Traditional Chinese falls
 * back to Simplified only after every other preference; English when nothing matches.
 */
export function systemUiLanguage(preferred: readonly string[]): UiLanguage {
  let approximate: UiLanguage | null = null;
  for (const tag of preferred) {
    const base = baseLanguage(tag.trim());
    if (!isUiLanguage(base)) continue;
    const normalised = tag.trim().replace(/_/g, '-');
    if (APPROXIMATE.some((pattern) => pattern.test(normalised))) {
      approximate ??= base;
      continue;
    }
    return base;
  }
  return approximate ?? 'en';
}

/** The stored choice when it is one we offer, else the system's language. */
export function pickUiLanguage(stored: string | null, preferred: readonly string[]): UiLanguage {
  if (stored && isUiLanguage(stored)) return stored;
  return systemUiLanguage(preferred);
}
