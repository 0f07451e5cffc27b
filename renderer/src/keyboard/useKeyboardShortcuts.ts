import { useEffect } from 'react';
import type { Controller } from '../state/controller.js';
import type { ConsoleStore, ConsoleStoreApi } from '../state/store.js';
import { resolveShortcut, type ShortcutCommand } from './shortcuts.js';
import { commandActions, NEEDS_TICKET } from './command-actions.js';
import { bulkUsable } from '../bulk/bulk-commands.js';

const G_TIMEOUT_MS = 1500;

function isTypingTarget(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

/** Buttons, links and the summary of a <details> (Enter folds it open or shut) handle Enter themselves. */
function ownsEnter(el: Element | null): boolean {
  return (
    !!el &&
    (el instanceof HTMLButtonElement ||
      el instanceof HTMLAnchorElement ||
      el.tagName === 'SUMMARY' ||
      isTypingTarget(el))
  );
}

/** Whether the command has something to act on now (else the key does what the browser does with it). */
function usable(command: ShortcutCommand, state: ConsoleStore): boolean {
  const onSelection = bulkUsable(command, state);
  if (onSelection !== null) return onSelection;
  if (command === 'back') return state.helpOpen || state.openTicketId !== null;
  if (NEEDS_TICKET.has(command) && !state.openTicketId) return false;
  // Without a translator there is nothing to show, hide or translate.
  return (
    (command !== 'toggleTranslation' && command !== 'showReplyTranslation') ||
    state.setup?.translationAvailable === true
  );
}

/** One window-level key handler for the whole console. */
export function useKeyboardShortcuts(controller: Controller, store: ConsoleStoreApi): void {
  useEffect(() => {
    let pendingG = false;
    let gTimer: ReturnType<typeof setTimeout> | null = null;

    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const target = e.target instanceof Element ? e.target : null;
      const outcome = resolveShortcut(
        {
          key: e.key,
          ctrlKey: e.ctrlKey,
          metaKey: e.metaKey,
          shiftKey: e.shiftKey,
          altKey: e.altKey,
          typing: isTypingTarget(target),
        },
        pendingG,
      );
      pendingG = outcome.pendingG;
      if (gTimer) clearTimeout(gTimer);
      if (pendingG) gTimer = setTimeout(() => (pendingG = false), G_TIMEOUT_MS);
      const command = outcome.command;
      if (!command) return;

      const state = store.getState();
      // Settings handles its own keys (it closes itself on Esc); nothing acts on the console behind it.
      if (state.settingsOpen) {
        if (command === 'settings') e.preventDefault();
        return;
      }
      if (state.helpOpen && command !== 'back' && command !== 'help') return;
      // An open picker handles its own keys (it closes itself on Esc).
      if (state.overlay) return;
      if (command === 'open' && ownsEnter(target)) return;
      if (!run(command)) return;
      e.preventDefault();
    };

    /** Returns false when the key was not used, so the browser keeps its default. */
    const run = (command: ShortcutCommand): boolean => {
      if (!usable(command, store.getState())) return false;
      void commandActions(controller, store)[command]();
      // From the keyboard, search also puts the focus in the search field.
      if (command === 'search')
        setTimeout(() => document.querySelector<HTMLElement>('[data-testid="review-search"]')?.focus(), 0);
      return true;
    };

    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      if (gTimer) clearTimeout(gTimer);
    };
  }, [controller, store]);
}
