import type { MenuItemConstructorOptions } from 'electron';
import { ENGLISH_DESKTOP_TEXT, type DesktopText } from './desktop-text.js';

export interface AppMenuActions {
  showConsole(): void;
  /** The console's Settings dialog (the menu's CmdOrCtrl+, reaches no page: the menu item must open it). */
  openSettings(): void;
  /** The console's own list of keyboard shortcuts (its `?` overlay), translated, the one list there is. */
  showShortcuts(): void;
}

/** Where desktop apps keep it: macOS in the app menu, Windows and Linux under File. */
const SETTINGS_ACCELERATOR = 'CmdOrCtrl+,';

/**
 * The application menu: the platform's usual shortcuts come from Electron's roles (copy/paste/undo,
 * zoom, full screen, close, quit), so they work in the editor and match every other app. Reload and
 * the developer tools only in development builds. Its labels are the desktop namespace's, in English by
 * default (see README: the menu is built before the console's language is known).
 */
export function buildAppMenuTemplate(
  platform: NodeJS.Platform,
  isDevelopment: boolean,
  actions: AppMenuActions,
  t: DesktopText = ENGLISH_DESKTOP_TEXT,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  const settings: MenuItemConstructorOptions = {
    label: t('desktop.menu.settings'),
    accelerator: SETTINGS_ACCELERATOR,
    click: () => actions.openSettings(),
  };
  if (isMac) {
    template.push({
      label: 'Switchboard',
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        settings,
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
    label: t('desktop.menu.file'),
    submenu: isMac
      ? [{ role: 'close' }]
      : [settings, { type: 'separator' }, { role: 'close' }, { type: 'separator' }, { role: 'quit' }],
  });
  template.push({
    label: t('desktop.menu.edit'),
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
    label: t('desktop.menu.view'),
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
    label: t('desktop.menu.window'),
    submenu: [
      { label: t('desktop.menu.showConsole'), accelerator: 'CmdOrCtrl+1', click: () => actions.showConsole() },
      { role: 'minimize' },
      ...(isMac ? [{ role: 'zoom' } as const, { type: 'separator' } as const, { role: 'front' } as const] : []),
    ],
  });
  // No accelerator: the console's own key for it is `?`, which must stay typeable in the reply editor.
  template.push({
    role: 'help',
    submenu: [{ label: t('desktop.menu.shortcuts'), click: () => actions.showShortcuts() }],
  });
  return template;
}
