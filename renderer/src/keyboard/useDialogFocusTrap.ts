import { useEffect, type RefObject } from 'react';

const CANDIDATES =
  'a[href], area[href], button, input, select, textarea, summary, iframe, audio[controls], video[controls], [contenteditable]:not([contenteditable="false"]), [tabindex]';

/**
 * The elements Tab reaches inside `root`, in document order: enabled, shown, not taken out of the tab order,
 * and one radio button per group (the checked one, else the first), as the browser does.
 */
export function tabbableElements(root: HTMLElement): HTMLElement[] {
  const candidates = [...root.querySelectorAll<HTMLElement>(CANDIDATES)].filter(
    (el) =>
      el.tabIndex >= 0 &&
      !el.matches(':disabled') &&
      !(el instanceof HTMLInputElement && el.type === 'hidden') &&
      el.closest('[inert]') === null &&
      // Hidden, or inside a closed <details>, leaves no box.
      el.getClientRects().length > 0 &&
      getComputedStyle(el).visibility !== 'hidden',
  );
  const radioOfGroup = new Map<string, HTMLInputElement>();
  for (const el of candidates) {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) continue;
    const chosen = radioOfGroup.get(el.name);
    if (!chosen || (el.checked && !chosen.checked)) radioOfGroup.set(el.name, el);
  }
  return candidates.filter(
    (el) => !(el instanceof HTMLInputElement && el.type === 'radio' && el.name) || radioOfGroup.get(el.name) === el,
  );
}

/**
 * Keeps Tab and Shift+Tab inside a modal dialog: from its last focusable element Tab goes to the first, from
 * the first Shift+Tab goes to the last, and a Tab pressed while the focus is outside it (fallen to the page)
 * brings the focus back in. Inside, the browser moves the focus as usual, so other keys (Escape, a picker's
 * arrows) are left to the dialog. Only the topmost modal dialog traps.
 */
export function useDialogFocusTrap(dialogRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const dialog = dialogRef.current;
      if (!dialog) return;
      const modals = document.querySelectorAll('[aria-modal="true"]');
      if (modals[modals.length - 1] !== dialog) return;

      const tabbable = tabbableElements(dialog);
      const active = document.activeElement;
      if (tabbable.length === 0) {
        // Nothing to go to: the focus stays where it is.
        e.preventDefault();
        return;
      }
      const first = tabbable[0]!;
      const last = tabbable[tabbable.length - 1]!;
      let target: HTMLElement | null;
      if (!active || !dialog.contains(active)) target = e.shiftKey ? last : first;
      else if (e.shiftKey)
        target = tabbable.some((el) => active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING)
          ? null
          : last;
      else
        target = tabbable.some((el) => active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
          ? null
          : first;
      if (!target) return;
      e.preventDefault();
      target.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [dialogRef]);
}
