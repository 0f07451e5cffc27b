import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../renderer/src/format/formatters.js';

const NBSP = /[\u00a0\u202f]/g;
const plain = (s: string) => s.replace(NBSP, ' ');

describe('locale formatting', () => {
  it("writes amounts with their own currency, the UI locale's way", () => {
    expect(plain(createFormatters('en').currency(1234.5, 'EUR'))).toBe('€1,234.50');
    expect(plain(createFormatters('de').currency(1234.5, 'EUR'))).toBe('1.234,50 €');
    expect(plain(createFormatters('fr').currency(1234.5, 'USD'))).toBe('1 234,50 $US');
    expect(plain(createFormatters('ja').currency(1234, 'JPY'))).toBe('￥1,234');
    expect(createFormatters('ar').currency(5, 'EUR')).toMatch(/€/);
  });

  it('keeps an amount readable when the currency code is unknown to Intl', () => {
    expect(createFormatters('en').currency(12, 'XX1')).toBe('12 XX1');
  });

  it('formats numbers, dates and relative ages in the UI locale', () => {
    expect(plain(createFormatters('de').number(1234567.5))).toBe('1.234.567,5');
    expect(plain(createFormatters('hi-IN').number(1234567))).toBe('12,34,567');
    const iso = '2026-03-04T10:00:00Z';
    expect(createFormatters('de').date(iso)).toMatch(/04\.03\.2026/);
    expect(createFormatters('zh').date(iso)).toMatch(/2026年3月4日/);
    const now = Date.parse(iso) + 3 * 3600 * 1000;
    expect(createFormatters('en').age(iso, now)).toBe('3 hr. ago');
    expect(createFormatters('he').age(iso, now)).toMatch(/לפני 3/);
    expect(createFormatters('en').age('not a date', now)).toBe('not a date');
  });

  it('states durations in their largest unit', () => {
    const en = createFormatters('en');
    expect(en.duration(42)).toBe('42 sec');
    expect(en.duration(90 * 60)).toBe('1.5 hr');
    expect(plain(createFormatters('ru').duration(3 * 60))).toBe('3 мин');
  });
});
