import { describe, expect, it } from 'vitest';
import { pickGreeting, widgetLanguage } from '../../../widget/widget-language.js';

describe('the widget language (the visitor browser preferences among the 16 UI languages)', () => {
  it('takes the first preferred language offered, right to left for Arabic and Hebrew, English otherwise; the visitor tag as given', () => {
    expect(widgetLanguage(['ar-EG', 'en'])).toEqual({ code: 'ar', dir: 'rtl', visitorTag: 'ar-EG' });
    expect(widgetLanguage(['sw-KE', 'ja-JP'])).toEqual({ code: 'ja', dir: 'ltr', visitorTag: 'sw-KE' });
    expect(widgetLanguage(['he-IL'])).toEqual({ code: 'he', dir: 'rtl', visitorTag: 'he-IL' });
    expect(widgetLanguage(['sw', 'am'])).toEqual({ code: 'en', dir: 'ltr', visitorTag: 'sw' });
    expect(widgetLanguage([])).toEqual({ code: 'en', dir: 'ltr', visitorTag: 'en' });
    expect(widgetLanguage(['x'.repeat(36)]).visitorTag).toBe('en');
  });
});

describe('pickGreeting (the tenant greeting in the visitor language)', () => {
  const greetings = { en: 'Hello!', 'pt-BR': 'Olá!', ja: 'こんにちは！' };

  it('takes the exact tag first, then the same base language, in the visitor order', () => {
    expect(pickGreeting(greetings, ['pt-BR', 'en'])).toEqual({ text: 'Olá!', lang: 'pt-BR' });
    expect(pickGreeting(greetings, ['pt-PT'])).toEqual({ text: 'Olá!', lang: 'pt-BR' });
    expect(pickGreeting(greetings, ['sw', 'ja-JP', 'en'])).toEqual({ text: 'こんにちは！', lang: 'ja' });
  });

  it("falls back to the tenant's first greeting, and to none when it wrote none", () => {
    expect(pickGreeting(greetings, ['ar'])).toEqual({ text: 'Hello!', lang: 'en' });
    expect(pickGreeting({ de: 'Hallo!' }, ['fr'])).toEqual({ text: 'Hallo!', lang: 'de' });
    expect(pickGreeting({}, ['fr'])).toBeNull();
  });
});
