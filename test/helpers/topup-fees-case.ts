/**
 * The routing layer's standard case on the fixture bank (test/unit/ai/fixtures.ts): a question its classifier is
 * unsure of, answerable from one article, with a grounded and an invented answer; and one it is sure of.
 */
import { articleEntry } from './grounding-articles.js';

export const TOPUP_FEES = articleEntry('topup-fees', {
  en: {
    title: 'Top-up fees',
    body: 'Topping up with a debit card is free. Topping up with a credit card costs 0.7% of the amount.',
  },
});
/** The built-in engine is unsure (low_confidence, 38%): the model answers. */
export const UNSURE = 'Is there a fee for topping up with a credit card?';
/** The built-in engine resolves it (99%). */
export const SURE = 'When will my new card arrive?';
/** The article's passage, as the model cites it. */
export const CITED = 'topup-fees:en:0';
/** What the passage supports. */
export const GROUNDED = 'Topping up with a credit card costs 0.7% of the amount; with a debit card it is free.';
/** What it does not (the grounding check refuses it). */
export const INVENTED = 'Topping up with a credit card costs 3% of the amount.';
