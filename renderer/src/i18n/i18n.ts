import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { StringNamespace } from '../../../shared/i18n/catalog.js';
import { createTranslator, translationResources } from '../../../shared/i18n/translator.js';
import { isRtl, isUiLanguage, pickUiLanguage, systemUiLanguage, type UiLanguage } from './languages.js';
import { systemLanguages } from './system-languages.js';

const LANGUAGE_KEY = 'switchboard.uiLanguage';

/**
 * Every namespace the console shows: each feature registers its own in a locales/index.ts beside its catalogs
 * (renderer/src/evals/locales/index.ts, shared/desktop/locales/index.ts...), found here by the build. Adding a
 * feature or a language adds files; nothing here lists them.
 */
export const STRING_NAMESPACES: readonly StringNamespace[] = Object.values(
  import.meta.glob<StringNamespace>(['../**/*locales/index.ts', '../../../shared/**/locales/index.ts'], {
    eager: true,
    import: 'default',
  }),
);

/** The console's own namespace: a key whose first segment names no namespace ("header.tenant") is in it. */
export const DEFAULT_NAMESPACE = 'console';

export const resources = translationResources(STRING_NAMESPACES);

/** The language the agent chose in the settings, or null when the console follows the system's. */
export function storedUiLanguage(): UiLanguage | null {
  try {
    const stored = localStorage.getItem(LANGUAGE_KEY);
    return stored && isUiLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** The language the system asks for, among those the console offers. */
export function currentSystemUiLanguage(): UiLanguage {
  return systemUiLanguage(systemLanguages());
}

/** `<html lang dir>` follow the UI language so the whole layout mirrors for right-to-left. */
function applyDocumentLanguage(lng: string): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = isRtl(lng) ? 'rtl' : 'ltr';
}

export function initI18n(): I18n {
  const lng = pickUiLanguage(storedUiLanguage(), systemLanguages());
  const instance = createTranslator({
    namespaces: STRING_NAMESPACES,
    defaultNamespace: DEFAULT_NAMESPACE,
    lng,
    plugins: [initReactI18next],
  });
  applyDocumentLanguage(lng);
  instance.on('languageChanged', applyDocumentLanguage);
  return instance;
}

/** Switches to `lng` and remembers it; `null` forgets the choice and follows the system's language again. */
export function changeUiLanguage(instance: I18n, lng: string | null): void {
  if (lng !== null && !isUiLanguage(lng)) return;
  try {
    if (lng === null) localStorage.removeItem(LANGUAGE_KEY);
    else localStorage.setItem(LANGUAGE_KEY, lng);
  } catch {
    // Not remembered across restarts; still switches now.
  }
  void instance.changeLanguage(lng ?? currentSystemUiLanguage());
}
