import type { ConsoleApi } from '../../../shared/api/console-contract.js';
import { createFocusMover } from './focus.js';
import type { OverlayKind } from './inbox-slice.js';
import { createListRefresh, type ListRefreshOptions } from './list-refresh.js';
import { applyMenuCommand } from './menu-commands.js';
import { createNavigation } from './navigation.js';
import type { ConsoleStoreApi } from './store.js';
import { createTicketActions } from './ticket-actions.js';

/**
 * Everything the views and shortcuts can do; talks to the core through the ConsoleApi only. Put together from
 * the list refresh (keeping data fresh), the ticket actions, the navigation and the focus mover (the page).
 */
export function createController(api: ConsoleApi, store: ConsoleStoreApi, options: ListRefreshOptions = {}) {
  const s = () => store.getState();
  const moveFocus = createFocusMover(store);
  const refresh = createListRefresh(api, store, options);
  const actions = createTicketActions({ api, store, refresh, moveFocus });
  const navigation = createNavigation({ store, refresh, moveFocus });

  function start(): () => void {
    const stopRefresh = refresh.start();
    // The desktop app's menu (Settings…, Help → Keyboard Shortcuts); browser mode has none.
    const stopMenuCommands = api.onMenuCommand?.((command) => applyMenuCommand(store, command));
    return () => {
      stopRefresh();
      stopMenuCommands?.();
    };
  }

  return {
    /** For views that call the core directly (offline review). */
    api,
    inbox: refresh.inbox,
    setInboxQuery: refresh.setInboxQuery,
    start,
    refreshAll: refresh.refreshAll,
    agentListsShown: refresh.agentListsShown,
    ...actions,
    ...navigation,
    /** Changes the overlay without moving focus (a command that opens its own dialog follows). */
    setOverlayQuietly: (overlay: OverlayKind | null) => s().setOverlay(overlay),
    /** Settings, over the console (Ctrl/⌘ + comma, the header button or the command palette). */
    openSettings: () => s().setSettingsOpen(true),
    closeSettings: () => s().setSettingsOpen(false),
    toggleHelp: () => s().setHelpOpen(!s().helpOpen),
    setDraft: (ticketId: string, text: string) => s().setDraft(ticketId, text),
  };
}

export type Controller = ReturnType<typeof createController>;
