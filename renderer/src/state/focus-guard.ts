/** The open modal dialog, if any. */
export function openDialog(): Element | null {
  return document.querySelector('[aria-modal="true"]');
}

/**
 * Whether moving focus to `target` now would pull it out of a modal dialog that opened after the move was
 * scheduled. Focus moves are often scheduled (after a render, over a few frames); one that lands after a
 * dialog opened would take the keys away from it, and the agent's typing would run shortcuts instead of
 * filtering the dialog. A dialog that was already open when the move was scheduled (one being closed by
 * the action that asked for the move) does not hold it back.
 */
export function wouldLeaveDialog(target: Element | null, dialogWhenScheduled: Element | null): boolean {
  const dialog = openDialog();
  if (dialog === null || dialog === dialogWhenScheduled) return false;
  return target === null || !dialog.contains(target);
}
