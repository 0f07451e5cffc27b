import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildAppMenuTemplate } from '../../../electron/main/app-menu.js';
import { desktopText } from '../../../electron/main/desktop-text.js';
import { decideAutoUpdate } from '../../../electron/main/auto-update-policy.js';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

const actions = { showConsole: vi.fn(), openSettings: vi.fn(), showShortcuts: vi.fn() };

function submenuOf(
  template: MenuItemConstructorOptions[],
  match: (item: MenuItemConstructorOptions) => boolean,
): MenuItemConstructorOptions[] {
  const menu = template.find(match);
  return Array.isArray(menu?.submenu) ? menu.submenu : [];
}

describe('application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('has the usual edit, view and window commands on %s', (platform) => {
    const found = roles(buildAppMenuTemplate(platform, false, actions));
    for (const role of [
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'togglefullscreen',
      'minimize',
      'close',
      'quit',
    ]) {
      expect(found).toContain(role);
    }
  });

  it('has the app menu on macOS only', () => {
    expect(buildAppMenuTemplate('darwin', false, actions)[0]?.label).toBe('Switchboard');
    expect(roles(buildAppMenuTemplate('darwin', false, actions))).toContain('hideOthers');
    expect(roles(buildAppMenuTemplate('linux', false, actions))).not.toContain('hideOthers');
  });

  it("takes its labels from the desktop namespace's catalogs, the tray's and notifications' too", () => {
    const labels = (template: MenuItemConstructorOptions[]): string[] =>
      template.flatMap((item) => [
        ...(item.label ? [item.label] : []),
        ...(Array.isArray(item.submenu) ? labels(item.submenu) : []),
      ]);
    expect(labels(buildAppMenuTemplate('linux', false, actions))).toEqual(
      expect.arrayContaining(['File', 'Settings…', 'Edit', 'View', 'Window', 'Show Console', 'Keyboard Shortcuts']),
    );
    expect(labels(buildAppMenuTemplate('linux', false, actions, desktopText('de')))).toEqual(
      expect.arrayContaining(['Datei', 'Einstellungen…', 'Bearbeiten', 'Ansicht', 'Fenster', 'Konsole anzeigen']),
    );
  });

  it('offers reload and developer tools in development builds only', () => {
    expect(roles(buildAppMenuTemplate('linux', false, actions))).not.toContain('toggleDevTools');
    expect(roles(buildAppMenuTemplate('linux', false, actions))).not.toContain('reload');
    expect(roles(buildAppMenuTemplate('linux', true, actions))).toEqual(
      expect.arrayContaining(['toggleDevTools', 'reload']),
    );
  });

  it('brings the console back with Ctrl/Cmd+1, a shortcut no role already uses', () => {
    const window = buildAppMenuTemplate('linux', false, actions).find((item) => item.label === 'Window');
    const show = (window?.submenu as MenuItemConstructorOptions[]).find((item) => item.label === 'Show Console');
    expect(show?.accelerator).toBe('CmdOrCtrl+1');
    (show?.click as () => void)();
    expect(actions.showConsole).toHaveBeenCalled();
  });

  it.each([
    ['darwin', 'Switchboard'],
    ['win32', 'File'],
    ['linux', 'File'],
  ] as const)(
    "has Settings… with CmdOrCtrl+, on %s, in the %s menu, opening the console's Settings",
    (platform, menuLabel) => {
      const template = buildAppMenuTemplate(platform, false, actions);
      const settingsMenus = template.filter(
        (menu) => Array.isArray(menu.submenu) && menu.submenu.some((item) => item.label === 'Settings…'),
      );
      expect(settingsMenus.map((menu) => menu.label)).toEqual([menuLabel]);
      const settings = submenuOf(template, (menu) => menu.label === menuLabel).find(
        (item) => item.label === 'Settings…',
      );
      expect(settings?.accelerator).toBe('CmdOrCtrl+,');
      vi.clearAllMocks();
      (settings?.click as () => void)();
      expect(actions.openSettings).toHaveBeenCalledTimes(1);
      expect(actions.showShortcuts).not.toHaveBeenCalled();
    },
  );

  it.each(['linux', 'win32', 'darwin'] as const)(
    'opens the console\'s keyboard shortcuts from Help on %s, with no accelerator to steal "?" from typing',
    (platform) => {
      const help = submenuOf(buildAppMenuTemplate(platform, false, actions), (menu) => menu.role === 'help');
      expect(help.map((item) => item.label)).toEqual(['Keyboard Shortcuts']);
      expect(help[0]?.accelerator).toBeUndefined();
      vi.clearAllMocks();
      (help[0]?.click as () => void)();
      expect(actions.showShortcuts).toHaveBeenCalledTimes(1);
      expect(actions.openSettings).not.toHaveBeenCalled();
    },
  );

  it('uses CmdOrCtrl+, for Settings only, and no accelerator twice', () => {
    const accelerators = (items: MenuItemConstructorOptions[]): string[] =>
      items.flatMap((item) => [
        ...(typeof item.accelerator === 'string' ? [item.accelerator] : []),
        ...(Array.isArray(item.submenu) ? accelerators(item.submenu) : []),
      ]);
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const found = accelerators(buildAppMenuTemplate(platform, true, actions));
      expect(found.filter((accelerator) => accelerator === 'CmdOrCtrl+,')).toHaveLength(1);
      expect(new Set(found).size).toBe(found.length);
    }
  });
});

describe('auto-update decision', () => {
  it('is off unless a feed is configured', () => {
    expect(decideAutoUpdate({ isPackaged: true, feedUrl: undefined, appUpdateConfigExists: false })).toEqual({
      enabled: false,
      reason: 'no update feed is configured',
    });
    expect(decideAutoUpdate({ isPackaged: true, feedUrl: '  ', appUpdateConfigExists: false }).enabled).toBe(false);
  });

  it('is off in development, whatever is configured', () => {
    expect(
      decideAutoUpdate({ isPackaged: false, feedUrl: 'https://updates.example/', appUpdateConfigExists: true }).enabled,
    ).toBe(false);
  });

  it('uses a configured https feed, or the packaged app-update.yml', () => {
    expect(
      decideAutoUpdate({
        isPackaged: true,
        feedUrl: 'https://updates.example/switchboard',
        appUpdateConfigExists: false,
      }),
    ).toEqual({
      enabled: true,
      feed: { provider: 'generic', url: 'https://updates.example/switchboard' },
    });
    expect(decideAutoUpdate({ isPackaged: true, feedUrl: undefined, appUpdateConfigExists: true })).toEqual({
      enabled: true,
      feed: 'app-update.yml',
    });
  });

  it.each(['http://updates.example/', 'file:///tmp/feed', 'not a url'])('refuses the feed %s', (feedUrl) => {
    expect(decideAutoUpdate({ isPackaged: true, feedUrl, appUpdateConfigExists: true }).enabled).toBe(false);
  });
});
