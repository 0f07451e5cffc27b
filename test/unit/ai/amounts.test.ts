import { describe, expect, it } from 'vitest';
import { extractAmounts, largestAmount, parseAmount } from '../../../engine/amounts.js';

describe('money amounts in customer text', () => {
  it.each([
    ['There is a card payment of 84.20 EUR to a shop', [84.2]],
    ['€1.250,00 and $ 90', [1250, 90]],
    ['I paid 1,234.56 USD', [1234.56]],
    ['300 zł please', [300]],
    ['دفعت 500 يورو', [500]],
    ['花了300元', [300]],
    ['it costs 20 dollars', [20]],
  ])('finds the amounts in %j', (text, amounts) => {
    expect(extractAmounts(text)).toEqual(amounts);
  });

  it.each(['card 4111 1111 1111 1111 on 12.05.2024', 'order #W1234567', 'teuro 5', 'PIN 1234'])(
    'takes no bare number for money: %j',
    (text) => {
      expect(extractAmounts(text)).toEqual([]);
    },
  );

  it('parses European and English number formats', () => {
    expect(parseAmount('1.234,56')).toBe(1234.56);
    expect(parseAmount('1,234.56')).toBe(1234.56);
    expect(parseAmount('1 234,5')).toBe(1234.5);
    expect(parseAmount('84,20')).toBe(84.2);
    expect(parseAmount('1000')).toBe(1000);
  });

  it('reports the largest amount, or null', () => {
    expect(largestAmount('5 EUR now and 1200 EUR later')).toBe(1200);
    expect(largestAmount('no money here')).toBeNull();
  });
});
