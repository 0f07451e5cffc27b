/**
 * A customer's mail text split into what they wrote now and what the console folds away: the quoted history
 * ("On … wrote:", "> " lines, forwarded or Outlook-style headers) and the signature ("-- ", common sign-offs).
 * Pure, for the renderer; the full text is always kept.
 */
export interface FoldedText {
  /** What the customer wrote in this mail. Never empty when the text is not: all of it when nothing folds. */
  body: string;
  /** The quoted history and signature, in order, or null when nothing folds. */
  folded: string | null;
}

export function foldQuotedText(text: string): FoldedText {
  // Filled in by the email parsing work (issue 15); until then nothing folds.
  return { body: text, folded: null };
}
