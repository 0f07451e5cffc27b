import { Menu, nativeImage, Tray } from 'electron';
import { ENGLISH_DESKTOP_TEXT, type DesktopText } from './desktop-text.js';
import { trayLabel } from './escalation-tracker.js';

export interface ConsoleTray {
  setCount(count: number): void;
  destroy(): void;
}

/** The tray icon: its tooltip (and, on macOS, the menu-bar title) shows how many escalations wait. */
export function createConsoleTray(
  iconPath: string,
  actions: { show(): void; quit(): void },
  t: DesktopText = ENGLISH_DESKTOP_TEXT,
): ConsoleTray {
  const icon = nativeImage.createFromPath(iconPath).resize({ width: 16, height: 16 });
  const tray = new Tray(icon);
  let count: number | null = null;
  const render = (): void => {
    const label = trayLabel(count, t);
    tray.setToolTip(label);
    if (process.platform === 'darwin') tray.setTitle(count ? String(count) : '');
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { label, enabled: false },
        { type: 'separator' },
        { label: t('desktop.menu.showConsole'), click: actions.show },
        { label: t('desktop.menu.quit'), click: actions.quit },
      ]),
    );
  };
  tray.on('click', actions.show);
  render();
  return {
    setCount(next) {
      if (next === count) return;
      count = next;
      render();
    },
    destroy: () => tray.destroy(),
  };
}
