/** Escalation decisions the browser tests have an AI push (with `escalateAsAi`), less what each test chooses. */
import type { EscalationFields } from './console-page.js';

/** An English ticket the AI could not place. */
export const UNSURE_ENGLISH: Omit<EscalationFields, 'summary'> = {
  language: 'en',
  intent: null,
  code: 'low_confidence',
  detail: 'Not sure what the customer needs.',
};

/** A German customer, charged twice, who asked for a person. */
export const GERMAN_ASKS_FOR_A_PERSON: EscalationFields = {
  language: 'de',
  intent: null,
  code: 'human_requested',
  detail: 'The customer asked for a person.',
  summary: 'A card payment was charged twice.',
};
