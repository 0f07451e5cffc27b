import type { TFunction } from 'i18next';
import { DEFAULT_NAMESPACE, resources, STRING_NAMESPACES } from '../../renderer/src/i18n/i18n.js';
import { createTranslator } from '../../shared/i18n/translator.js';
import type { UiLanguage } from '../../shared/i18n/ui-languages.js';

export type Tree = { [key: string]: string | Tree };

/** Every text of a catalog by its dotted key: `{ a: { b: 'x' } }` is `a.b` → 'x'. */
export function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(path, v);
    else for (const [p, s] of leaves(v, path)) out.set(p, s);
  }
  return out;
}

/**
 * One language's texts in every namespace, keyed as the code writes them: the console's own without a prefix
 * ("header.tenant"), every other namespace's under its name ("evals.title").
 */
export function uiStrings(lng: UiLanguage): Map<string, string> {
  const out = new Map<string, string>();
  for (const [namespace, catalog] of Object.entries(resources[lng])) {
    for (const [key, text] of leaves(catalog as Tree, namespace === DEFAULT_NAMESPACE ? '' : namespace))
      out.set(key, text);
  }
  return out;
}

/** The console's translator in `lng`, as initI18n sets it up (without React). */
export function consoleTranslator(lng: string): TFunction {
  return createTranslator({ namespaces: STRING_NAMESPACES, defaultNamespace: DEFAULT_NAMESPACE, lng }).getFixedT(lng);
}
