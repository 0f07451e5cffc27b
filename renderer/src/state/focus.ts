import { holdsDialogOpen, openDialog, wouldLeaveDialog } from './focus-guard.js';
import type { ConsoleStoreApi } from './store.js';

/** Where the console moves the focus after something happened (an action answered, a dialog closed). */
export type FocusTarget = 'editor' | 'ticket-view' | 'inbox-list' | 'assist';

export interface FocusMoveOptions {
  /** Leaves the focus where it is unless it has fallen to the page (e.g. with a closed dialog's field). */
  onlyIfLost?: boolean;
}

/** Schedules a focus move; the state modules call it and never touch the page themselves. */
export type MoveFocus = (target: FocusTarget, options?: FocusMoveOptions) => void;

const SELECTORS: Record<FocusTarget, string> = {
  editor: '[data-testid="reply-editor"]',
  'ticket-view': '[data-testid="ticket-view"]',
  'inbox-list': '[data-testid="inbox-list"]',
  assist: '[data-testid="ai-assist"]',
};

/** Frames during which a scheduled focus move takes the focus back if it fell to the page. */
const FOCUS_SETTLE_FRAMES = 3;

/**
 * The only part of the console state that touches the page: moves the focus once React has committed the state
 * change (buttons re-enabled, view mounted), never out of a dialog that keeps the keys (see focus-guard.ts).
 */
export function createFocusMover(store: ConsoleStoreApi): MoveFocus {
  return (target, { onlyIfLost = false } = {}) => {
    const dialog = openDialog();
    const focusLost = () => !document.activeElement || document.activeElement === document.body;
    const focusTarget = (checksLeft: number) => {
      const el = document.querySelector<HTMLElement>(SELECTORS[target]);
      if (!el || wouldLeaveDialog(el, dialog, holdsDialogOpen(store.getState()))) return;
      if (document.activeElement !== el && (!onlyIfLost || focusLost())) el.focus();
      // The focus can still fall to the page afterwards (a closing dialog's field removed after this move, a
      // view re-rendered): for a few frames, if nothing else has taken it, take it again.
      if (checksLeft > 0)
        requestAnimationFrame(() => {
          if (focusLost()) focusTarget(checksLeft - 1);
        });
    };
    setTimeout(() => focusTarget(FOCUS_SETTLE_FRAMES), 0);
  };
}
