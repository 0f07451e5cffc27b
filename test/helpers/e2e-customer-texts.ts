/** What customers write in the browser tests, each chosen for what the built-in AI does with it. */

/** Answered by the built-in AI on its own (intent change_pin, a "cards" intent in the payments rules). */
export const PIN_QUESTIONS = [
  'How can I change the PIN of my card? I would like to pick a new one.',
  'How can I change the PIN of my card? I want to pick a new one please.',
  'How can I change the PIN of my card? I would like a new PIN.',
] as const;

/** A ticket with the first of them. */
export const PIN_QUESTION = { subject: 'Changing my PIN', text: PIN_QUESTIONS[0] };

/** Always escalated by the built-in AI: the customer asks for a person. */
export const WANTS_A_HUMAN = 'I want to talk to a human agent please, not a bot. It is about my account.';

/** Escalated by the built-in AI: a card payment the customer did not make. */
export const CARD_PAYMENT_NOT_MADE =
  'A card payment of 312 EUR to an electronics shop appeared on my account and I did not make it.';

/** Escalated by the built-in AI: a payment the customer does not recognise. */
export const UNRECOGNISED_PAYMENT = {
  subject: 'Payment I do not recognise',
  text: 'There is a card payment of 84.20 EUR to a shop in Lisbon that I never made. Please look into this charge.',
};
