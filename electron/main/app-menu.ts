import type { MenuItemConstructorOptions } from 'electron';

export interface AppMenuActions {
  showConsole(): void;
  /** The console's Settings dialog (the menu's CmdOrCtrl+, reaches no page: the menu item must open it). */
  openSettings(): void;
  /** The console's own list of keyboard shortcuts (its `?` overlay), translated, the one list there is. */
  showShortcuts(): void;
}

/** Where desktop apps keep it: macOS in the app menu, Windows and Linux under File. Menu labels are English (see README). */
const SETTINGS_LABEL = 'Settings…';
const SETTINGS_ACCELERATOR = 'CmdOrCtrl+,';

/**
 * The application menu: the platform's usual shortcuts come from Electron's roles (copy/paste/undo,
 * zoom, full screen, close, quit), so they work in the editor and match every other app. Reload and
 * the developer tools only in development builds.
 */
export function buildAppMenuTemplate(
  platform: NodeJS.Platform,
  isDevelopment: boolean,
  actions: AppMenuActions,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: 'Switchboard',
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { label: SETTINGS_LABEL, accelerator: SETTINGS_ACCELERATOR, click: () => actions.openSettings() },
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push({
    label: 'File',
    submenu: isMac
      ? [{ role: 'close' }]
      : [
          { label: SETTINGS_LABEL, accelerator: SETTINGS_ACCELERATOR, click: () => actions.openSettings() },
          { type: 'separator' },
          { role: 'close' },
          { type: 'separator' },
          { role: 'quit' },
        ],
  });
  template.push({
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  });
  template.push({
    label: 'View',
    submenu: [
      ...(isDevelopment
        ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  });
  template.push({
    label: 'Window',
    submenu: [
      { label: 'Show Console', accelerator: 'CmdOrCtrl+1', click: () => actions.showConsole() },
      { role: 'minimize' },
      ...(isMac ? [{ role: 'zoom' } as const, { type: 'separator' } as const, { role: 'front' } as const] : []),
    ],
  });
  // No accelerator: the console's own key for it is `?`, which must stay typeable in the reply editor.
  template.push({ role: 'help', submenu: [{ label: 'Keyboard Shortcuts', click: () => actions.showShortcuts() }] });
  return template;
}
