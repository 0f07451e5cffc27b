import type { MenuItemConstructorOptions } from 'electron';

export interface AppMenuActions {
  showConsole(): void;
  openHelp(): void;
}

/**
 * The application menu: the platform's usual shortcuts come from Electron's roles (copy/paste/undo,
 * zoom, full screen, close, quit), so they work in the editor and match every other app. Reload and
 * the developer tools only in development builds.
 */
export function buildAppMenuTemplate(platform: NodeJS.Platform, isDevelopment: boolean, actions: AppMenuActions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: 'Switchboard',
      submenu: [
        { role: 'about' },
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
    submenu: isMac ? [{ role: 'close' }] : [{ role: 'close' }, { type: 'separator' }, { role: 'quit' }],
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
      ...(isDevelopment ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const] : []),
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
  template.push({ role: 'help', submenu: [{ label: 'Switchboard Help', click: () => actions.openHelp() }] });
  return template;
}
