import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES, isRtl } from '../../../shared/i18n/ui-languages.js';
import { accentColors, contrastRatio } from '../../../widget/accent-colors.js';
import { handoffWhen } from '../../../widget/handoff-text.js';
import en from '../../../widget/locales/en.js';
import { WIDGET_CATALOGS } from '../../../widget/locales/index.js';
import { formatDuration, widgetTranslator } from '../../../widget/widget-texts.js';

const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort();

describe('the widget texts', () => {
  it('has a catalog for each of the 16 UI languages, with exactly the English keys', () => {
    expect(Object.keys(WIDGET_CATALOGS).sort()).toEqual(UI_LANGUAGES.map((language) => language.code).sort());
    for (const [code, catalog] of Object.entries(WIDGET_CATALOGS))
      expect(Object.keys(catalog).sort(), code).toEqual(Object.keys(en).sort());
  });

  it('fills the same placeholders in every language, none empty, no English copied into another language', () => {
    const copies: string[] = [];
    for (const [code, catalog] of Object.entries(WIDGET_CATALOGS)) {
      for (const [key, text] of Object.entries(catalog)) {
        expect(text.trim(), `${code}:${key}`).not.toBe('');
        expect(placeholders(text), `${code}:${key}`).toEqual(placeholders(en[key as keyof typeof en]));
        const words = text.replace(/{{\w+}}/g, '').match(/[A-Za-z]{3,}/g) ?? [];
        if (code !== 'en' && text === en[key as keyof typeof en] && words.length >= 2) copies.push(`${code}:${key}`);
      }
    }
    expect(copies).toEqual([]);
  });

  it('fills placeholders and says durations the way each language does', () => {
    const de = widgetTranslator('de');
    expect(de('rateLimited', { duration: formatDuration('de', 30) })).toBe(
      'Zu viele Nachrichten. Bitte warten Sie 30 Sekunden und senden Sie dann erneut.',
    );
    expect(formatDuration('en', 1)).toBe('1 second');
    expect(formatDuration('en', 0.2)).toBe('1 second');
    expect(formatDuration('en', 90 * 60)).toBe('90 minutes');
    expect(formatDuration('ru', 4 * 3600)).toBe('4 часа');
    expect(formatDuration('ja', 3 * 86_400)).toBe('3 日');
    expect(isRtl('ar')).toBe(true);
  });
});

describe('handoffWhen (when a person will answer)', () => {
  const t = widgetTranslator('en');

  it('open now: with the first-reply target, or without one', () => {
    expect(handoffWhen({ openNow: true, opensAt: null, firstReplyMinutes: 30 }, 'en', t)).toBe(
      'We are open now and usually reply within 30 minutes.',
    );
    expect(handoffWhen({ openNow: true, opensAt: null, firstReplyMinutes: null }, 'en', t)).toBe('We are open now.');
  });

  it("closed: the next opening in the visitor's language and time zone", () => {
    const handoff = { openNow: false, opensAt: '2026-12-07T08:00:00.000Z', firstReplyMinutes: 60 };
    expect(handoffWhen(handoff, 'en', t, 'Europe/Berlin')).toBe(
      'We are closed now. Next opening: Monday, December 7 at 9:00 AM.',
    );
    expect(handoffWhen(handoff, 'ja', widgetTranslator('ja'), 'Asia/Tokyo')).toBe(
      '現在は営業時間外です。次の営業開始：12月7日月曜日 17:00',
    );
  });

  it('no business hours known: the target alone, else as soon as we can', () => {
    expect(handoffWhen({ openNow: null, opensAt: null, firstReplyMinutes: 240 }, 'en', t)).toBe(
      'We usually reply within 4 hours.',
    );
    expect(handoffWhen({ openNow: null, opensAt: null, firstReplyMinutes: null }, 'en', t)).toBe(
      'We will reply as soon as we can.',
    );
  });
});

describe('accentColors (readable text on the tenant colour)', () => {
  it('puts white on a dark accent and black on a light one, each at least 4.5:1', () => {
    expect(accentColors('#1565C0').onAccent).toBe('#ffffff');
    expect(accentColors('#ffd54f').onAccent).toBe('#000000');
    for (const accent of ['#1565c0', '#ffd54f', '#e53935', '#43a047', '#777777', '#00bcd4']) {
      const { onAccent } = accentColors(accent);
      expect(contrastRatio(accent, onAccent), accent).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps the focus ring at 3:1 against white, and refuses anything but #rrggbb', () => {
    expect(accentColors('#1565c0').ring).toBe('#1565c0');
    expect(contrastRatio(accentColors('#ffd54f').ring, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(accentColors('red;} body{display:none').accent).toBe('#1565c0');
  });
});
