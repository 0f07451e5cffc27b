import { describe, expect, it } from 'vitest';
import { isExplicitConfirmation } from '../../../engine/openai/tool-guard.js';

/** The policy's "explicit yes" before an order changes, in the markets' languages. */
describe('explicit confirmation', () => {
  it.each([
    'Yes, please go ahead.',
    'Ja, bitte.',
    'Oui, allez-y',
    'Sí, por favor',
    'Sì, procedi pure',
    'Sim, pode fazer',
    'Tak, proszę',
    'Ja, graag',
    'Kyllä',
  ])('takes "%s" as a yes', (text) => {
    expect(isExplicitConfirmation(text)).toBe(true);
  });

  it.each([
    'Yes but not the blue one',
    'Sì, ma non quello',
    'Sim, mas só o primeiro',
    'Ja, maar niet die',
    'Ja, men inte den',
    'Can you do it?',
    'Yesterday I ordered',
    'No, yes is not what I meant',
  ])('does not take "%s" as a yes', (text) => {
    expect(isExplicitConfirmation(text)).toBe(false);
  });
});
