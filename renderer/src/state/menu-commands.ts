import type { MenuCommand } from '../../../shared/api/console-contract.js';
import type { ConsoleStoreApi } from './store.js';

/**
 * What a command from the desktop app's menu does to the console (browser mode has no menu): Settings…
 * (CmdOrCtrl+, — the menu takes that key before the page) opens Settings, Help → Keyboard Shortcuts the
 * console's `?` overlay. Like Ctrl/⌘ + , in the page, it leaves an open Settings or picker alone (they may
 * hold what the agent typed); the shortcuts overlay holds nothing, so Settings replaces it.
 */
export function applyMenuCommand(store: ConsoleStoreApi, { command }: MenuCommand): void {
  const state = store.getState();
  if (state.settingsOpen || state.overlay !== null) return;
  if (command === 'settings') {
    if (state.helpOpen) state.setHelpOpen(false);
    state.setSettingsOpen(true);
  } else {
    state.setHelpOpen(true);
  }
}
