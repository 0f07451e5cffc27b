import { describe, expect, it } from 'vitest';
import { resources } from '../../../renderer/src/i18n/i18n.js';
import { isRtl, pickUiLanguage, UI_LANGUAGES } from '../../../renderer/src/i18n/languages.js';
import { EscalationReasonCodeSchema, TicketStatusSchema, CustomerTierSchema } from '../../../shared/domain/ticket.js';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(path, v);
    else for (const [p, s] of flatten(v, path)) out.set(p, s);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('UI translations', () => {
  const en = flatten(resources.en.translation as unknown as Tree);

  it('offers a resource for every language in the picker', () => {
    for (const { code } of UI_LANGUAGES) expect(Object.keys(resources)).toContain(code);
  });

  for (const [lng, { translation }] of Object.entries(resources)) {
    it(`${lng} has every key, no empty text and the same placeholders as English`, () => {
      const flat = flatten(translation as unknown as Tree);
      expect([...flat.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, text] of flat) {
        expect(text.trim(), `${lng}:${key}`).not.toBe('');
        expect(placeholders(text), `${lng}:${key}`).toEqual(placeholders(en.get(key) ?? ''));
      }
    });
  }

  it('translates every escalation reason, status and tier the domain knows', () => {
    for (const code of EscalationReasonCodeSchema.options) expect(en.has(`reason.${code}`)).toBe(true);
    for (const status of TicketStatusSchema.options) expect(en.has(`status.${status}`)).toBe(true);
    for (const tier of CustomerTierSchema.options) expect(en.has(`tier.${tier}`)).toBe(true);
  });
});

describe('UI language choice', () => {
  it('prefers the stored choice, then the browser language, then English', () => {
    expect(pickUiLanguage('de', ['fr-FR'])).toBe('de');
    expect(pickUiLanguage(null, ['ar-EG'])).toBe('ar');
    expect(pickUiLanguage(null, ['pt-BR', 'ja-JP'])).toBe('ja');
    expect(pickUiLanguage('xx', ['pt-BR'])).toBe('en');
  });

  it('knows right-to-left languages', () => {
    expect(isRtl('ar')).toBe(true);
    expect(isRtl('he-IL')).toBe(true);
    expect(isRtl('en-US')).toBe(false);
  });
});
