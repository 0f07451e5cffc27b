import { LanguageTagSchema } from '../../shared/settings/setting-values.js';

/**
 * The language versions of one article, keyed as articles key them: a help center's locale by its primary
 * language (`en-us` is `en`, as tickets and the tenant's languages name it), or whole (`pt-BR`) when the article
 * has another version of the same primary language. Null for a locale that is no language tag.
 */
export function articleLanguages(locales: readonly string[]): Map<string, string | null> {
  const normalized = locales.map((locale) => {
    const [primary = '', ...rest] = locale.trim().replace(/_/g, '-').split('-');
    return { locale, primary: primary.toLowerCase(), full: [primary.toLowerCase(), ...rest.map(regionCase)].join('-') };
  });
  const perPrimary = new Map<string, number>();
  for (const { primary } of normalized) perPrimary.set(primary, (perPrimary.get(primary) ?? 0) + 1);
  return new Map(
    normalized.map(({ locale, primary, full }) => {
      const tag = (perPrimary.get(primary) ?? 0) > 1 ? full : primary;
      return [locale, LanguageTagSchema.safeParse(tag).success ? tag : null];
    }),
  );
}

/** `br` is `BR` (a region), `hant` is `Hant` (a script). */
function regionCase(part: string): string {
  return part.length === 4 ? part[0]?.toUpperCase() + part.slice(1).toLowerCase() : part.toUpperCase();
}
