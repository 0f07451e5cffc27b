import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ar } from './locales/ar.js';
import { de } from './locales/de.js';
import { en } from './locales/en.js';
import { es } from './locales/es.js';
import { fr } from './locales/fr.js';
import { ja } from './locales/ja.js';
import { isRtl, isUiLanguage, pickUiLanguage, type UiLanguage } from './languages.js';

const LANGUAGE_KEY = 'switchboard.uiLanguage';

export const resources = {
  en: { translation: en },
  ar: { translation: ar },
  de: { translation: de },
  fr: { translation: fr },
  es: { translation: es },
  ja: { translation: ja },
} as const;

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

/** `<html lang dir>` follow the UI language so the whole layout mirrors for right-to-left. */
function applyDocumentLanguage(lng: string): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = isRtl(lng) ? 'rtl' : 'ltr';
}

export function initI18n(): I18n {
  const preferred = [navigator.language, ...(navigator.languages ?? [])].filter(Boolean);
  const lng = pickUiLanguage(storedLanguage(), preferred);
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    supportedLngs: Object.keys(resources),
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    initAsync: false,
  });
  applyDocumentLanguage(lng);
  instance.on('languageChanged', applyDocumentLanguage);
  return instance;
}

export function changeUiLanguage(instance: I18n, lng: string): void {
  if (!isUiLanguage(lng)) return;
  try {
    localStorage.setItem(LANGUAGE_KEY, lng);
  } catch {
    // Not remembered across restarts; still switches now.
  }
  void instance.changeLanguage(lng satisfies UiLanguage);
}
