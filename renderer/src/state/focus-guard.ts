/** The open modal dialog, if any. */
export function openDialog(): Element | null {
  return document.querySelector('[aria-modal="true"]');
}

/**
 * Whether moving focus to `target` now would pull it out of a modal dialog that should keep it. Focus moves
 * are often scheduled (after a render, after an action's answer arrives, over a few frames); one that lands
 * while a dialog is open would take the keys away from it, and the agent's typing would go nowhere instead
 * of filtering the dialog. A dialog keeps the focus when it opened after the move was scheduled, or when the
 * console still holds it open (`overlayOpen`: e.g. the answer to an earlier action arriving while the agent
 * types in the command palette). Only a dialog being closed by the action that asked for the move (it was
 * open when the move was scheduled and the console no longer holds it open) lets the move through.
 */
export function wouldLeaveDialog(
  target: Element | null,
  dialogWhenScheduled: Element | null,
  overlayOpen: boolean,
): boolean {
  const dialog = openDialog();
  if (dialog === null || (target !== null && dialog.contains(target))) return false;
  return dialog !== dialogWhenScheduled || overlayOpen;
}

/** Whether the console holds a dialog open (a picker, the shortcuts help or Settings): it keeps the keys. */
export function holdsDialogOpen(state: { overlay: unknown; helpOpen: boolean; settingsOpen: boolean }): boolean {
  return state.overlay !== null || state.helpOpen || state.settingsOpen;
}
