/**
 * Gives the focus back to the element that had it before a dialog opened. When that element is gone or was
 * the page itself (the dialog was opened from the command palette, whose field has closed), `fallback` puts
 * it somewhere useful instead, so closing a dialog never leaves the focus on the page.
 */
export function restoreFocus(previous: Element | null, fallback: () => void): void {
  if (previous instanceof HTMLElement && previous !== document.body && previous.isConnected) previous.focus();
  else fallback();
}
