import { isUiLanguage, type UiLanguage } from './ui-languages.js';

/** One language's texts of one namespace: nested groups of strings (i18next's nested format). */
export interface CatalogTree {
  readonly [key: string]: string | CatalogTree;
}

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** `key_one`, `key_few`... when English has `key_other`: a plural form, whose set differs by language. */
type PluralKey<T, K> = K extends `${infer Base}_${PluralSuffix}`
  ? `${Base}_other` extends keyof T
    ? Base
    : never
  : never;

/**
 * The type of one language's catalog of a namespace, from the English catalog `T`: exactly English's keys
 * (a missing or extra key is a type error), except plural forms: each plural needs `_other` and may have
 * the other categories its language uses (the locales test checks they match Intl.PluralRules).
 */
export type Catalog<T> = {
  [K in keyof T as PluralKey<T, K> extends never ? K : never]: T[K] extends string ? string : Catalog<T[K]>;
} & {
  [K in keyof T as PluralKey<T, K> extends never ? never : `${PluralKey<T, K>}_other`]: string;
} & {
  [
    K in keyof T as PluralKey<T, K> extends never ? never : `${PluralKey<T, K>}_${Exclude<PluralSuffix, 'other'>}`
  ]?: string;
};

/** A feature's texts: its i18next namespace and its catalog in each UI language (English always). */
export interface StringNamespace {
  readonly name: string;
  readonly catalogs: Readonly<Partial<Record<UiLanguage, CatalogTree>>> & { readonly en: CatalogTree };
}

/**
 * A feature's namespace from the catalogs in its locales folder, as `import.meta.glob` finds them:
 * `{ './de.ts': catalog, ... }`, one file per UI language, named by its code. A language is added by
 * adding its file; nothing else lists the languages a namespace has.
 */
export function stringNamespace(name: string, files: Readonly<Record<string, CatalogTree>>): StringNamespace {
  const catalogs: Partial<Record<UiLanguage, CatalogTree>> = {};
  for (const [path, catalog] of Object.entries(files)) {
    const code = /([^/]+)\.ts$/.exec(path)?.[1] ?? path;
    if (!isUiLanguage(code)) throw new Error(`${name}: ${path} is not named after a UI language.`);
    catalogs[code] = catalog;
  }
  const { en } = catalogs;
  if (!en) throw new Error(`${name}: no English catalog (en.ts), the reference of the others.`);
  return { name, catalogs: { ...catalogs, en } };
}
