/**
 * Whether moving focus to `target` would pull it out of an open modal dialog. Focus moves are often
 * scheduled (after a render, over a few frames); one that lands after a dialog opened would take the
 * keys away from it, and the agent's typing would run shortcuts instead of filtering the dialog.
 */
export function wouldLeaveDialog(target: Element | null): boolean {
  const dialog = document.querySelector('[aria-modal="true"]');
  return dialog !== null && (target === null || !dialog.contains(target));
}
