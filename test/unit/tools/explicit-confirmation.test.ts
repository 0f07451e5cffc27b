import { describe, expect, it } from 'vitest';
import { isExplicitConfirmation } from '../../../engine/tools/explicit-confirmation.js';

/** A plain yes, in the markets' languages. */
const YES = [
  'Yes, please go ahead.',
  'Ja, bitte.',
  'Oui, allez-y',
  'Sí, por favor',
  'Sì, procedi pure',
  'Sim, pode fazer',
  'Tak, proszę',
  'Ja, graag',
  'Kyllä',
];
/** A yes with a condition, a question, a word that starts like yes, a no. */
const NOT_A_YES = [
  'Yes but not the blue one',
  'Sì, ma non quello',
  'Sim, mas só o primeiro',
  'Ja, maar niet die',
  'Ja, men inte den',
  'Can you do it?',
  'Yesterday I ordered',
  'No, yes is not what I meant',
];

/** The policy's "explicit yes" before an order changes, in the markets' languages. */
describe('explicit confirmation', () => {
  it.each(YES)('takes "%s" as a yes', (text) => {
    expect(isExplicitConfirmation(text)).toBe(true);
  });

  it.each(NOT_A_YES)('does not take "%s" as a yes', (text) => {
    expect(isExplicitConfirmation(text)).toBe(false);
  });
});
