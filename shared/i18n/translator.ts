import i18next, { type i18n as I18n, type InitOptions, type Module } from 'i18next';
import type { CatalogTree, StringNamespace } from './catalog.js';
import { createNumberFormatter } from './number-formatter.js';
import { UI_LANGUAGES, type UiLanguage } from './ui-languages.js';

export type TranslationResources = Record<UiLanguage, Record<string, CatalogTree>>;

/** i18next's resources: for each UI language, each namespace's catalog in it (i18next falls back to English). */
export function translationResources(namespaces: readonly StringNamespace[]): TranslationResources {
  return Object.fromEntries(
    UI_LANGUAGES.map(({ code }) => [
      code,
      Object.fromEntries(namespaces.flatMap(({ name, catalogs }) => (catalogs[code] ? [[name, catalogs[code]]] : []))),
    ]),
  ) as TranslationResources;
}

/**
 * A key names its namespace with the same dot as its groups: `evals.title` is `title` in the `evals` namespace
 * (i18next reads the first segment as the namespace when one has that name, since nsSeparator is keySeparator),
 * and `header.tenant`, whose first segment names no namespace, is in the default one. So the code writes every
 * key alike whichever feature owns it; no namespace may therefore share its name with a group of the default one.
 */
function checkNamespaces(namespaces: readonly StringNamespace[], defaultNamespace: string): void {
  const names = namespaces.map((namespace) => namespace.name);
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  if (repeated.length > 0) throw new Error(`Namespaces registered twice: ${repeated.join(', ')}.`);
  const defaults = namespaces.find((namespace) => namespace.name === defaultNamespace);
  if (!defaults) throw new Error(`No namespace is named ${defaultNamespace}, the default one.`);
  const shadowed = names.filter((name) => name in defaults.catalogs.en);
  if (shadowed.length > 0)
    throw new Error(`Namespaces named like a group of ${defaultNamespace}: ${shadowed.join(', ')}.`);
}

/** The i18next options the console and the desktop shell share, over the namespaces each shows. */
export function translatorOptions(namespaces: readonly StringNamespace[], defaultNamespace: string): InitOptions {
  checkNamespaces(namespaces, defaultNamespace);
  return {
    resources: translationResources(namespaces),
    ns: namespaces.map((namespace) => namespace.name),
    defaultNS: defaultNamespace,
    nsSeparator: '.',
    fallbackLng: 'en',
    supportedLngs: UI_LANGUAGES.map(({ code }) => code),
    // React escapes already, and the desktop shows plain text; numbers are always written the UI language's way.
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
    initAsync: false,
    // A key missing from the catalogs shows as the code wrote it ("evals.title", "header.tenant").
    appendNamespaceToMissingKey: true,
    parseMissingKeyHandler: (key: string) =>
      key.startsWith(`${defaultNamespace}.`) ? key.slice(defaultNamespace.length + 1) : key,
  };
}

export interface TranslatorSetup {
  namespaces: readonly StringNamespace[];
  defaultNamespace: string;
  lng: string;
  /** i18next plugins besides the number formatter (react-i18next in the console). */
  plugins?: readonly Module[];
}

/** A ready i18next instance (initialised synchronously: every catalog is bundled). */
export function createTranslator({ namespaces, defaultNamespace, lng, plugins = [] }: TranslatorSetup): I18n {
  const instance = i18next.createInstance();
  for (const plugin of plugins) instance.use(plugin);
  void instance.use(createNumberFormatter()).init({ ...translatorOptions(namespaces, defaultNamespace), lng });
  return instance;
}
