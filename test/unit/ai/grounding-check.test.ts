import { describe, expect, it } from 'vitest';
import { checkGrounding, passagesOfArticles } from '../../../engine/grounding/index.js';
import type { Passage } from '../../../engine/routing/ports.js';
import { CJK_DELIVERY, paymentsSettings } from '../../helpers/grounding-articles.js';

const passages = passagesOfArticles([...paymentsSettings().article, CJK_DELIVERY]);
const cite = (articleId: string, language: string): Passage[] => {
  const found = passages.filter((passage) => passage.articleId === articleId && passage.language === language);
  if (found.length === 0) throw new Error(`No passage of ${articleId} in ${language}.`);
  return found;
};

/** [language, article, a faithful paraphrase, the same answer with an invented fee or time limit] */
const CASES: ReadonlyArray<readonly [string, string, string, string]> = [
  [
    'en',
    'card_arrival',
    'Hi Anna, thanks for reaching out! Your card should be delivered within 5 to 7 business days after you ordered it (2 business days with express delivery). If it still has not arrived after 10 business days, tap Card > Report not received and we will block it and send a free replacement. Best regards',
    'Hi Anna, thanks for reaching out! Your card should be delivered within 3 to 5 business days after you ordered it. If it has not arrived, tap Card > Report not received. Best regards',
  ],
  [
    'de',
    'card_arrival',
    'Hallo! Deine Karte kommt 5-7 Werktage nach der Bestellung an, mit Expressversand nach 2 Werktagen. Ist sie nach 10 Werktagen nicht da, melde sie unter Karte > Nicht erhalten melden, dann sperren wir sie und schicken dir kostenlos eine neue. Viele Grüße',
    'Hallo! Deine Karte kommt 5-7 Werktage nach der Bestellung an. Für eine neue Karte berechnen wir eine Gebühr von 4,99 EUR. Viele Grüße',
  ],
  [
    'es',
    'top_up_limits',
    'Hola. Con tu identidad verificada puedes recargar con tarjeta hasta 5.000 EUR por operación y 15.000 EUR cada 30 días; tu saldo puede llegar a 50.000 EUR. Antes de verificarte, las recargas están limitadas a 1.000 EUR en total. Un saludo',
    'Hola. Con tu identidad verificada puedes recargar con tarjeta hasta 10.000 EUR por operación. Un saludo',
  ],
  [
    'en',
    'exchange_rate',
    'We use the live interbank exchange rate, updated continuously Monday to Friday, and you see the exact rate before you confirm in Payments > Exchange. At weekends a 0.5% markup applies to card payments in foreign currencies.',
    'We use the live interbank exchange rate, updated continuously Monday to Friday. At weekends a 1.5% markup applies to card payments in foreign currencies.',
  ],
  [
    'ar',
    'card_arrival',
    'مرحبا، تصل بطاقتك خلال 5 إلى 7 أيام عمل من تاريخ الطلب. إذا لم تصلك البطاقة بعد 10 أيام عمل، اختر البطاقة > الإبلاغ عن عدم الاستلام وسنرسل لك بديلة مجانًا. شكرا',
    'مرحبا، تصل بطاقتك خلال 5 إلى 7 أيام عمل من تاريخ الطلب. إذا لم تصلك البطاقة بعد 14 يوم عمل، اختر البطاقة > الإبلاغ عن عدم الاستلام. شكرا',
  ],
  [
    'ja',
    'card_delivery_cjk',
    'お問い合わせいただきありがとうございます。カードはご注文から5〜7営業日でお届けします。10営業日を過ぎても届かない場合は、アプリのカード > 未着を報告から連絡してください。',
    'お問い合わせいただきありがとうございます。カードはご注文から5〜7営業日でお届けします。再発行には手数料500円がかかります。',
  ],
  [
    'zh',
    'card_delivery_cjk',
    '您好！卡片将在下单后5-7个工作日内送达，加急配送为2个工作日。如果10个工作日后仍未收到，请在应用中报告未收到，我们会免费补发新卡。',
    '您好！卡片将在下单后5-7个工作日内送达。如果30天后仍未收到，请在应用中报告未收到。',
  ],
];

describe('checkGrounding', () => {
  it.each(CASES)('passes a faithful paraphrase and refuses an invented figure (%s, %s)', (language, id, good, bad) => {
    const cited = cite(id, language);
    expect(checkGrounding(good, cited, language)).toEqual({ ok: true });
    const verdict = checkGrounding(bad, cited, language);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toMatch(/^The number ".+" is not in the cited passages\.$/);
  });

  it('refuses an answer that cites nothing', () => {
    expect(checkGrounding('Your card arrives in 5-7 business days.', [], 'en')).toEqual({
      ok: false,
      reason: 'The answer cites no passage of an article.',
    });
  });

  it('names the first sentence the passages do not support, even without a number', () => {
    const verdict = checkGrounding(
      'Your card is delivered within 5–7 business days. Premium members also earn cashback on every purchase abroad.',
      cite('card_arrival', 'en'),
      'en',
    );
    expect(verdict).toEqual({
      ok: false,
      reason:
        'The cited passages do not support "Premium members also earn cashback on every purchase abroad." (0% of its words).',
    });
  });

  it('reads ranges, decimal commas and thousands separators the way the passage wrote them or not', () => {
    const rate = cite('exchange_rate', 'en');
    expect(checkGrounding('At weekends a markup of 0,5 % applies to card payments.', rate, 'en').ok).toBe(true);
    const limits = cite('top_up_limits', 'en');
    expect(checkGrounding('You can top up by card up to 5.000 EUR per transaction.', limits, 'en').ok).toBe(true);
    expect(checkGrounding('You can top up by card up to 5000 EUR per transaction.', limits, 'en').ok).toBe(true);
    expect(checkGrounding('You can top up by card up to 500 EUR per transaction.', limits, 'en').ok).toBe(false);
    const arrival = cite('card_arrival', 'en');
    expect(checkGrounding('Cards are delivered within 5 – 7 business days.', arrival, 'en').ok).toBe(true);
    expect(checkGrounding('Cards are delivered within 2–7 business days.', arrival, 'en')).toEqual({
      ok: false,
      reason: 'The number "2–7" is not in the cited passages.',
    });
  });

  it('ignores list numbers, PII placeholders and template fields', () => {
    const answer =
      'Hi {{customer.firstName}},\n1. Tap Card > Report not received if your card has not arrived after 10 business days.\n2. We send a free replacement to [ADDRESS_1] and block the lost card.';
    expect(checkGrounding(answer, cite('card_arrival', 'en'), 'en')).toEqual({ ok: true });
  });

  it('allows greetings and closings without support in the UI languages', () => {
    const arrival = cite('card_arrival', 'en');
    for (const courtesy of [
      'Thanks for reaching out! Best regards',
      'Vielen Dank für Ihre Nachricht. Mit freundlichen Grüßen',
      'Merci pour votre message. Cordialement',
      'Спасибо за обращение. С уважением',
      'お問い合わせいただきありがとうございます。よろしくお願いいたします。',
    ])
      expect(checkGrounding(`${courtesy}\nCards are delivered within 5-7 business days.`, arrival, 'en')).toEqual({
        ok: true,
      });
  });

  it('checks only the numbers of an answer whose cited passages are all in another language', () => {
    const english = cite('card_arrival', 'en');
    expect(checkGrounding('Deine Karte kommt in 5–7 Werktagen an.', english, 'de')).toEqual({ ok: true });
    expect(checkGrounding('Deine Karte kommt in 3 Werktagen an.', english, 'de').ok).toBe(false);
  });

  it('holds every payments article version to its own text and refuses another article of the same language', () => {
    const versions = new Map<string, Passage[]>();
    for (const passage of passages) {
      const key = `${passage.articleId}|${passage.language}`;
      versions.set(key, [...(versions.get(key) ?? []), passage]);
    }
    const keys = [...versions.keys()];
    let wronglyPassed = 0;
    keys.forEach((key, n) => {
      const cited = versions.get(key) ?? [];
      const language = cited[0]?.language ?? '';
      const own = cited.map((passage) => passage.text).join('\n');
      expect(checkGrounding(own, cited, language), key).toEqual({ ok: true });
      const other = keys
        .slice(n + 1)
        .concat(keys.slice(0, n))
        .find((k) => k.endsWith(`|${language}`));
      const otherText = (versions.get(other ?? '') ?? []).map((passage) => passage.text).join('\n');
      if (checkGrounding(otherText, cited, language).ok) wronglyPassed++;
    });
    expect(keys.length).toBeGreaterThan(400);
    expect(wronglyPassed / keys.length).toBeLessThan(0.01);
  });
});
