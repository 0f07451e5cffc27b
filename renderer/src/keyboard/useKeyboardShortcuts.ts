import { useEffect } from 'react';
import type { Controller } from '../state/controller.js';
import type { ConsoleStoreApi } from '../state/store.js';
import { resolveShortcut, type ShortcutCommand } from './shortcuts.js';
import { useTranslationDisplay } from '../state/translation-display.js';

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
      const state = store.getState();
      switch (command) {
        case 'next':
          controller.move(1);
          return true;
        case 'prev':
          controller.move(-1);
          return true;
        case 'open':
          // The selection, which the agent sees highlighted (a focused row selects itself when it gets focus).
          controller.openSelected();
          return true;
        case 'back':
          if (!state.helpOpen && !state.openTicketId) return false;
          controller.back();
          return true;
        case 'focusEditor':
          if (!state.openTicketId) return false;
          controller.focusEditor();
          return true;
        case 'send':
          if (!state.openTicketId) return false;
          void controller.send();
          return true;
        case 'sendResolve':
          if (!state.openTicketId) return false;
          void controller.sendAndResolve();
          return true;
        case 'note':
          if (!state.openTicketId) return false;
          void controller.addNote();
          return true;
        case 'goInbox':
          controller.setTab('inbox');
          return true;
        case 'goResolved':
          controller.setTab('resolved');
          return true;
        case 'help':
          controller.toggleHelp();
          return true;
        case 'palette':
          controller.openOverlay('palette');
          return true;
        case 'settings':
          controller.openSettings();
          return true;
        case 'views':
          controller.openOverlay('views');
          return true;
        case 'search':
          controller.setTab('review');
          setTimeout(() => document.querySelector<HTMLElement>('[data-testid="review-search"]')?.focus(), 0);
          return true;
        case 'take':
          if (!state.openTicketId) return false;
          void controller.assignToMe();
          return true;
        case 'toggleTranslation':
          // Without a translator there is nothing to show or hide.
          if (!state.openTicketId || !state.setup?.translationAvailable) return false;
          useTranslationDisplay.getState().toggle();
          return true;
        case 'handback':
          if (!state.openTicketId) return false;
          void controller.handback();
          return true;
        case 'reassign':
        case 'snooze':
        case 'macro':
        case 'reopen':
          if (!state.openTicketId) return false;
          controller.openOverlay(command);
          return true;
      }
    };

    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      if (gTimer) clearTimeout(gTimer);
    };
  }, [controller, store]);
}
