/**
 * Money amounts mentioned in customer text ("84.20 EUR", "€1.250,00", "$ 90", "300 zł"), for
 * escalation rules on amounts. A number counts only next to a currency sign, code or name, so card
 * digits, dates and order numbers are not taken for money.
 */

const CURRENCY = [
  '€',
  '\\$',
  '£',
  '¥',
  '₺',
  '₽',
  '₹',
  '₴',
  '₪',
  '₩',
  '฿',
  '₫',
  '₱',
  'eur',
  'usd',
  'gbp',
  'chf',
  'pln',
  'sek',
  'nok',
  'dkk',
  'czk',
  'huf',
  'ron',
  'try',
  'rub',
  'uah',
  'bgn',
  'jpy',
  'cny',
  'inr',
  'aed',
  'sar',
  'euros?',
  'dollars?',
  'pounds?',
  'zł',
  'zl',
  'kr',
  'kč',
  'lei',
  'ft',
  'лв',
  'руб',
  'грн',
  'يورو',
  'دولار',
  'جنيه',
  'ريال',
  'درهم',
  'دينار',
  '元',
  '円',
].join('|');

const NUMBER = '\\d{1,3}(?:[ .,\\u00a0\\u202f]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?';
const AMOUNT = new RegExp(
  `(?<![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\d])(?:(?:${CURRENCY})\\s?(${NUMBER})|(${NUMBER})\\s?(?:${CURRENCY}))(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\d])`,
  'giu',
);

/** Parses "1.234,56", "1,234.56", "1 234,5", "84.20", "84,20", "1000" into a number. */
export function parseAmount(raw: string): number | null {
  const s = raw.replace(/[\s\u00a0\u202f]/g, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  const decimalAt = Math.max(lastDot, lastComma);
  let normalised: string;
  if (
    decimalAt >= 0 &&
    s.length - decimalAt - 1 <= 2 &&
    (lastDot === -1 || lastComma === -1 || decimalAt === Math.max(lastDot, lastComma))
  ) {
    normalised = `${s.slice(0, decimalAt).replace(/[.,]/g, '')}.${s.slice(decimalAt + 1)}`;
  } else {
    normalised = s.replace(/[.,]/g, '');
  }
  const n = Number(normalised);
  return Number.isFinite(n) ? n : null;
}

/** Every money amount in the text, in order of appearance. */
export function extractAmounts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const n = parseAmount(m[1] ?? m[2] ?? '');
    if (n !== null) out.push(n);
  }
  return out;
}

/** The largest amount mentioned, or null. */
export function largestAmount(text: string): number | null {
  const amounts = extractAmounts(text);
  return amounts.length ? Math.max(...amounts) : null;
}
