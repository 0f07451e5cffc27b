import { describe, expect, it } from 'vitest';
import { resources, STRING_NAMESPACES } from '../../../renderer/src/i18n/i18n.js';
import { isRtl, pickUiLanguage, systemUiLanguage, UI_LANGUAGES } from '../../../renderer/src/i18n/languages.js';
import { EscalationReasonCodeSchema, TicketStatusSchema, CustomerTierSchema } from '../../../shared/domain/ticket.js';
import type { Catalog } from '../../../shared/i18n/catalog.js';
import { consoleTranslator, uiStrings } from '../../helpers/ui-strings.js';

const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** Interpolation variables, with i18next's formats ignored: `{{count, number}}` is `count`. */
const variables = (s: string) => [...new Set([...s.matchAll(/{{\s*(\w+)\s*(?:,[^}]*)?}}/g)].map((m) => m[1]))].sort();
/** Nested translations (`$t(key)`) must point at keys that exist. */
const nestings = (s: string) => [...s.matchAll(/\$t\(([\w.]+)/g)].map((m) => m[1] ?? '');

const en = uiStrings('en');
/** en's plural keys by base: `review.count` for `review.count_one` + `review.count_other`. */
const pluralBases = new Set(
  [...en.keys()].filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -'_other'.length)),
);

function pluralBase(key: string): string | null {
  const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
  return match?.[1] && pluralBases.has(match[1]) ? match[1] : null;
}

/** True when the plural category holds for exactly one whole number in `lng` (Hebrew "one" is 1 only; Russian "one" is 1, 21, 31...). */
function singleNumberCategory(lng: string, category: string): boolean {
  const rules = new Intl.PluralRules(lng);
  let matches = 0;
  for (let n = 0; n <= 1000; n++) if (rules.select(n) === category) matches++;
  return matches === 1;
}

/** Keys with every plural form folded into `base_#`, so parity ignores which forms a language needs. */
function foldPlurals(keys: Iterable<string>): string[] {
  return [
    ...new Set(
      [...keys].map((k) => {
        const base = pluralBase(k);
        return base ? `${base}_#` : k;
      }),
    ),
  ].sort();
}

describe('UI translations', () => {
  it('offers at least ten languages, right-to-left Arabic and Hebrew and a CJK language among them', () => {
    const codes: string[] = UI_LANGUAGES.map((l) => l.code);
    expect(codes.length).toBeGreaterThanOrEqual(10);
    expect(codes).toEqual(expect.arrayContaining(['ar', 'he', 'zh', 'ja', 'ko']));
    for (const { code, dir } of UI_LANGUAGES) expect(dir, code).toBe(isRtl(code) ? 'rtl' : 'ltr');
  });

  it('has exactly one resource for every language in the picker', () => {
    expect(Object.keys(resources).sort()).toEqual(UI_LANGUAGES.map((l) => l.code).sort());
  });

  it('has a catalog of every namespace in every language in the picker, and nothing else in the locales folders', () => {
    expect(STRING_NAMESPACES.length).toBeGreaterThan(1);
    for (const { name, catalogs } of STRING_NAMESPACES)
      expect(Object.keys(catalogs).sort(), name).toEqual(UI_LANGUAGES.map((l) => l.code).sort());
  });

  it('English itself has both plural forms for every plural and uses {{count}} in them', () => {
    expect(pluralBases.size).toBeGreaterThan(0);
    for (const base of pluralBases) {
      expect(en.has(`${base}_one`), base).toBe(true);
      expect(variables(en.get(`${base}_other`) ?? ''), base).toContain('count');
    }
  });

  for (const { code: lng } of UI_LANGUAGES) {
    it(`${lng}: exactly English's keys, no empty text, the same variables, the plural forms ${lng} needs`, () => {
      const flat = uiStrings(lng);
      expect(foldPlurals(flat.keys())).toEqual(foldPlurals(en.keys()));

      for (const [key, text] of flat) {
        expect(text.trim(), `${lng}:${key}`).not.toBe('');
        const reference = en.get(key) ?? en.get(`${pluralBase(key) ?? key}_other`) ?? '';
        const expected = variables(reference);
        // "One conversation", "محادثتان": a form that stands for exactly one number may spell it out.
        const spelledOut = pluralBase(key) !== null && singleNumberCategory(lng, key.slice(key.lastIndexOf('_') + 1));
        expect(variables(text), `${lng}:${key}`).toEqual(
          spelledOut ? expected.filter((v) => v !== 'count' || variables(text).includes('count')) : expected,
        );
        for (const target of nestings(text)) expect(en.has(target), `${lng}:${key} nests ${target}`).toBe(true);
      }

      const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
      for (const base of pluralBases) {
        const present = PLURAL_SUFFIXES.filter((suffix) => flat.has(`${base}_${suffix}`));
        for (const category of categories) expect(present, `${lng}:${base} needs _${category}`).toContain(category);
        // A form the language never selects would be dead text (the test catches copy-paste from another language).
        for (const suffix of present)
          expect(categories as string[], `${lng}:${base}_${suffix} is never used in ${lng}`).toContain(suffix);
      }
    });
  }

  it('leaves no English sentence untranslated in another language (a copy of en text is a missing translation)', () => {
    const words = (text: string) => text.replace(/{{[^}]*}}/g, ' ').match(/[A-Za-z]{3,}/g) ?? [];
    const copies: string[] = [];
    for (const { code: lng } of UI_LANGUAGES) {
      if (lng === 'en') continue;
      for (const [key, text] of uiStrings(lng)) {
        if (text === en.get(key) && words(text).length >= 2) copies.push(`${lng}:${key} ${JSON.stringify(text)}`);
      }
    }
    expect(copies).toEqual([]);
  });

  it("types each language's catalog by the English one: a missing or an extra key does not compile", () => {
    type English = { title: string; saved_one: string; saved_other: string };
    // @ts-expect-error `title` is missing
    const missing: Catalog<English> = { saved_other: 'x' };
    // @ts-expect-error English has no `subtitle`
    const extra: Catalog<English> = { title: 'x', saved_other: 'x', subtitle: 'x' };
    // Plural forms are the language's own: Polish has `few` and `many`, Japanese only `other`.
    const polish: Catalog<English> = {
      title: 'x',
      saved_one: 'x',
      saved_few: 'x',
      saved_many: 'x',
      saved_other: 'x',
    };
    const japanese: Catalog<English> = { title: 'x', saved_other: 'x' };
    expect([missing, extra, polish, japanese].map((catalog) => Object.keys(catalog).length)).toEqual([1, 3, 5, 2]);
  });

  it('shows a key missing from the catalogs as the code writes it, namespace included', async () => {
    const t = consoleTranslator('de');
    expect(t('header.noSuchText')).toBe('header.noSuchText');
    expect(t('evals.noSuchText')).toBe('evals.noSuchText');
    expect(t('evals.title')).not.toBe('evals.title');
  });

  it('translates every escalation reason, status and tier the domain knows', () => {
    const needed = [
      ...EscalationReasonCodeSchema.options.map((code) => `reason.${code}`),
      ...TicketStatusSchema.options.map((status) => `status.${status}`),
      ...CustomerTierSchema.options.map((tier) => `tier.${tier}`),
    ];
    expect(needed.filter((key) => !en.has(key))).toEqual([]);
  });
});

describe('UI language choice', () => {
  it('prefers the stored choice, then the system languages in order, then English', () => {
    expect(pickUiLanguage('de', ['fr-FR'])).toBe('de');
    expect(pickUiLanguage(null, ['ar-EG'])).toBe('ar');
    expect(pickUiLanguage(null, ['sw-KE', 'ja-JP', 'fr'])).toBe('ja');
    expect(pickUiLanguage('xx', ['sw', 'am'])).toBe('en');
    expect(pickUiLanguage(null, [])).toBe('en');
  });

  it('falls back from a regional variant to its language', () => {
    expect(systemUiLanguage(['pt-BR'])).toBe('pt');
    expect(systemUiLanguage(['he-IL'])).toBe('he');
    expect(systemUiLanguage(['iw-IL'])).toBe('he');
    expect(systemUiLanguage(['zh-CN'])).toBe('zh');
    expect(systemUiLanguage(['zh-Hans-SG'])).toBe('zh');
    expect(systemUiLanguage(['ko_KR'])).toBe('ko');
    expect(systemUiLanguage(['nl-BE', 'fr-BE'])).toBe('nl');
  });

  it('gives Traditional Chinese readers their next preference before Simplified Chinese, and English last', () => {
    expect(systemUiLanguage(['zh-TW', 'ja'])).toBe('ja');
    expect(systemUiLanguage(['zh-Hant-HK', 'en-GB'])).toBe('en');
    expect(systemUiLanguage(['zh-TW'])).toBe('zh');
    expect(systemUiLanguage(['zh-HK', 'sw'])).toBe('zh');
  });

  it('knows right-to-left languages', () => {
    expect(isRtl('ar')).toBe(true);
    expect(isRtl('he-IL')).toBe(true);
    expect(isRtl('en-US')).toBe(false);
    expect(isRtl('zh')).toBe(false);
  });
});

describe('plural forms and numbers through i18next itself', () => {
  async function t(lng: string) {
    return consoleTranslator(lng);
  }

  it('picks the form the language needs and writes the count its way', async () => {
    const de = await t('de');
    expect(de('review.retentionSaved', { count: 1 })).toBe('Gespeichert. 1 Ticket wurde aus dem Cache entfernt.');
    expect(de('review.retentionSaved', { count: 1200 })).toBe(
      'Gespeichert. 1.200 Tickets wurden aus dem Cache entfernt.',
    );
    const ru = await t('ru');
    expect(ru('review.retentionSaved', { count: 3 })).toBe('Сохранено. Из кэша удалено 3 обращения.');
    expect(ru('review.retentionSaved', { count: 5 })).toBe('Сохранено. Из кэша удалено 5 обращений.');
    expect(ru('review.retentionSaved', { count: 21 })).toBe('Сохранено. Из кэша удалено 21 обращение.');
    const ar = await t('ar');
    expect(ar('review.retentionSaved', { count: 2 })).toBe('تم الحفظ. خرجت تذكرتان من الذاكرة المحلية.');
    expect(ar('review.retentionSaved', { count: 0 })).toBe('تم الحفظ. لم تخرج أي تذكرة من الذاكرة المحلية.');
    const pl = await t('pl');
    expect(pl('desktop.unreadTitle', { count: 22, app: 'Switchboard' })).toBe(
      '(22) Switchboard: 22 nieprzeczytane eskalacje',
    );
    const he = await t('he');
    expect(he('review.count', { count: 1, cached: '40' })).toBe('מוצגת שיחה אחת מתוך 40 שמורות');
    // Any number, not only {{count, number}}: "1.234 / 20.000".
    expect(de('editor.length', { current: 1234, max: 20000 })).toBe('1.234 / 20.000');
    const ja = await t('ja');
    expect(ja('review.count', { count: 12345, cached: '20,000' })).toBe('キャッシュ 20,000 件中 12,345 件を表示');
  });
});
