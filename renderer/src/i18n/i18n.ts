import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ar } from './locales/ar.js';
import { de } from './locales/de.js';
import { en } from './locales/en.js';
import { es } from './locales/es.js';
import { fr } from './locales/fr.js';
import { he } from './locales/he.js';
import { it } from './locales/it.js';
import { ja } from './locales/ja.js';
import { ko } from './locales/ko.js';
import { nl } from './locales/nl.js';
import { pl } from './locales/pl.js';
import { pt } from './locales/pt.js';
import { ru } from './locales/ru.js';
import { tr } from './locales/tr.js';
import { uk } from './locales/uk.js';
import { zh } from './locales/zh.js';
import { isRtl, isUiLanguage, pickUiLanguage, systemUiLanguage, type UiLanguage } from './languages.js';
import { createNumberFormatter } from './number-formatter.js';
import { systemLanguages } from './system-languages.js';

const LANGUAGE_KEY = 'switchboard.uiLanguage';

export const resources = {
  en: { translation: en },
  ar: { translation: ar },
  de: { translation: de },
  es: { translation: es },
  fr: { translation: fr },
  he: { translation: he },
  it: { translation: it },
  ja: { translation: ja },
  ko: { translation: ko },
  nl: { translation: nl },
  pl: { translation: pl },
  pt: { translation: pt },
  ru: { translation: ru },
  tr: { translation: tr },
  uk: { translation: uk },
  zh: { translation: zh },
} as const satisfies Record<UiLanguage, unknown>;

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
  const instance = i18next.createInstance();
  void instance
    .use(initReactI18next)
    .use(createNumberFormatter())
    .init({
      resources,
      lng,
      fallbackLng: 'en',
      supportedLngs: Object.keys(resources),
      // React escapes already; numbers are always written the UI language's way.
      interpolation: { escapeValue: false, alwaysFormat: true },
      returnNull: false,
      initAsync: false,
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
