import type { UiLanguage } from '../../shared/i18n/ui-languages.js';
import ar from './ar.js';
import de from './de.js';
import en from './en.js';
import es from './es.js';
import fr from './fr.js';
import he from './he.js';
import it from './it.js';
import ja from './ja.js';
import ko from './ko.js';
import nl from './nl.js';
import pl from './pl.js';
import pt from './pt.js';
import ru from './ru.js';
import tr from './tr.js';
import uk from './uk.js';
import zh from './zh.js';

export type WidgetTextKey = keyof typeof en;
export type WidgetCatalog = Readonly<Record<WidgetTextKey, string>>;

/** The widget's texts in every UI language (a record keyed by UiLanguage: a missing language does not compile). */
export const WIDGET_CATALOGS: Readonly<Record<UiLanguage, WidgetCatalog>> = {
  en,
  ar,
  de,
  es,
  fr,
  he,
  it,
  ja,
  ko,
  nl,
  pl,
  pt,
  ru,
  tr,
  uk,
  zh,
};
