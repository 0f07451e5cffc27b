import type { TFunction } from 'i18next';
import desktopStrings from '../../shared/desktop/locales/index.js';
import { createTranslator } from '../../shared/i18n/translator.js';
import type { UiLanguage } from '../../shared/i18n/ui-languages.js';

/**
 * What the main process shows itself (notifications, the tray, the application menu) in one UI language: the
 * console's `desktop` namespace (shared/desktop/locales), with the same keys, plural rules and number format.
 */
export type DesktopText = TFunction;

export function desktopText(language: UiLanguage): DesktopText {
  return createTranslator({
    namespaces: [desktopStrings],
    defaultNamespace: desktopStrings.name,
    lng: language,
  }).getFixedT(language);
}

export const ENGLISH_DESKTOP_TEXT = desktopText('en');
