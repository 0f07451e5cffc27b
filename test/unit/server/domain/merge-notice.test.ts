import { describe, expect, it } from 'vitest';
import { mergeNotice } from '../../../../server/domain/merge-notice.js';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'sv', 'da', 'nb', 'fi', 'pl', 'cs', 'el', 'ro', 'ar'];
const TARGET = { id: 'tkt_target01', subject: 'Refund still missing' };

describe("the merge notice in the customer's language", () => {
  it('names the target by subject and reference in every language, told elsewhere (mail) or here (chat)', () => {
    const english = { elsewhere: mergeNotice('en', TARGET), here: mergeNotice('en', TARGET, 'here') };
    for (const language of LANGUAGES) {
      for (const where of ['elsewhere', 'here'] as const) {
        const text = mergeNotice(language, TARGET, where);
        expect(text, `${language} ${where}`).toContain('Refund still missing');
        expect(text, `${language} ${where}`).toContain('[#tkt_target01]');
        expect(text, `${language} ${where}`).not.toMatch(/\{subject\}|\{reference\}/);
        if (language !== 'en') expect(text, `${language} ${where}: its own text`).not.toBe(english[where]);
      }
      expect(mergeNotice(language, TARGET, 'here')).not.toBe(mergeNotice(language, TARGET));
    }
    // A regional tag reads as its language; an unknown language and none read as English.
    expect(mergeNotice('pt-BR', TARGET, 'here')).toBe(mergeNotice('pt', TARGET, 'here'));
    expect(mergeNotice('xx', TARGET)).toBe(english.elsewhere);
    expect(mergeNotice(null, TARGET, 'here')).toBe(english.here);
  });
});
