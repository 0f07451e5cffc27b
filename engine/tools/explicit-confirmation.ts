const CONFIRM =
  /^\s*(?:yes|yep|yeah|y|sure|ok(?:ay)?|confirm(?:ed)?|i confirm|please do|go ahead|ja|jawohl|oui|sí|sì|si|sim|tak|да|はい|是的?|好的?|네|예|evet|ναι|نعم|כן|igen|ano|áno|da|kyllä|joo|jup)(?![\p{L}\p{N}])(?![ \t,]*(?:but|aber|mais|pero|ma|mas|maar|men)\b)/iu;

/**
 * An explicit yes at the start of the customer's latest message, which a tool that changes something needs
 * (tool-policy.ts: every write).
 */
export function isExplicitConfirmation(text: string): boolean {
  return CONFIRM.test(text) && !/\b(?:no|not|don't|nicht|non|nein)\b/i.test(text.split(/[.!?\n]/)[0] ?? '');
}
