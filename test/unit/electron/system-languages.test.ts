import { describe, expect, it } from 'vitest';
import { buildWindowOptions } from '../../../electron/main/window-options.js';
import { systemLanguages } from '../../../renderer/src/i18n/system-languages.js';
import { decodeSystemLanguages, encodeSystemLanguages } from '../../../shared/desktop/system-languages-arg.js';

const nav = (languages: string[], language = languages[0] ?? '') => ({ languages, language }) as unknown as Navigator;

describe("the system's languages from Electron's main process to the renderer", () => {
  it('round-trips the OS list through one renderer switch, keeping order and dropping duplicates and junk', () => {
    const arg = encodeSystemLanguages(['zh-Hant-TW', 'pt_BR', 'en-US', 'en-US', 'x;rm -rf', '']);
    expect(decodeSystemLanguages(['/usr/lib/electron', '--type=renderer', arg])).toEqual([
      'zh-Hant-TW',
      'pt_BR',
      'en-US',
    ]);
    expect(decodeSystemLanguages(['--type=renderer'])).toEqual([]);
  });

  it('adds the switch to the window only when there are languages, keeping the security settings', () => {
    const withLanguages = buildWindowOptions({
      preloadPath: '/p.cjs',
      devTools: false,
      systemLanguages: ['he-IL', 'en'],
    });
    expect(withLanguages.webPreferences?.additionalArguments).toEqual(['--switchboard-system-languages=he-IL,en']);
    expect(withLanguages.webPreferences?.sandbox).toBe(true);
    expect(
      buildWindowOptions({ preloadPath: '/p.cjs', devTools: false }).webPreferences?.additionalArguments,
    ).toBeUndefined();
  });

  it('the renderer prefers the list from the preload, validated, over navigator.languages', () => {
    expect(
      systemLanguages({ switchboardLocale: { systemLanguages: ['he-IL', 'en-US'] }, navigator: nav(['en-US']) }),
    ).toEqual(['he-IL', 'en-US']);
    expect(systemLanguages({ switchboardLocale: { systemLanguages: 'he' }, navigator: nav(['ko-KR', 'en']) })).toEqual([
      'ko-KR',
      'en',
    ]);
    expect(systemLanguages({ switchboardLocale: undefined, navigator: nav([], 'pt-BR') })).toEqual(['pt-BR']);
  });
});
