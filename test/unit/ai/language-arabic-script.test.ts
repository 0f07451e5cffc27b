import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../engine/language-detector.js';

describe('detectLanguage in Arabic script', () => {
  // Each of these was taken for Persian before: Urdu shares پ چ ژ گ ی ک with Persian, and a short text may
  // carry no letter only Urdu writes (ادائیگی has ئ, which Persian seldom writes), or one against many shared ones.
  it.each([
    ['ادائیگی ناکام', 'payment failed'],
    ['کارڈ کینسل کریں', 'cancel the card'],
    ['رقم کی واپسی', 'refund'],
  ])('%j (%s) is Urdu', (text) => {
    expect(detectLanguage(text).language).toBe('ur');
  });

  it.each([
    ['ur', 'میرا کارڈ بلاک ہو گیا ہے'],
    ['fa', 'کارت من مسدود شده است'],
    ['fa', 'پرداخت ناموفق'],
    ['fa', 'رسید پرداخت'],
    ['ar', 'بطاقتي محظورة'],
    ['ar', 'أريد استرداد المبلغ'],
  ])('%s: %j', (language, text) => {
    expect(detectLanguage(text).language).toBe(language);
  });
});
