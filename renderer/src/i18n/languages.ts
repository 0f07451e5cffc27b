/** UI languages offered in the picker, named in their own language. */
export const UI_LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'ar', name: 'العربية' },
  { code: 'de', name: 'Deutsch' },
  { code: 'fr', name: 'Français' },
  { code: 'es', name: 'Español' },
  { code: 'ja', name: '日本語' },
] as const;

export type UiLanguage = (typeof UI_LANGUAGES)[number]['code'];

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'dv', 'ckb']);

export function baseLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

export function isRtl(tag: string): boolean {
  return RTL_LANGUAGES.has(baseLanguage(tag));
}

export function isUiLanguage(code: string): code is UiLanguage {
  return UI_LANGUAGES.some((l) => l.code === code);
}

/** First supported language among the stored choice and the browser's preferences; English otherwise. */
export function pickUiLanguage(stored: string | null, preferred: readonly string[]): UiLanguage {
  for (const tag of [stored, ...preferred]) {
    if (!tag) continue;
    const base = baseLanguage(tag);
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}
