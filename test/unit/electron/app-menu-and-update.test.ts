import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildAppMenuTemplate } from '../../../electron/main/app-menu.js';
import { decideAutoUpdate } from '../../../electron/main/auto-update-policy.js';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);
}

const actions = { showConsole: vi.fn(), openHelp: vi.fn() };

describe('application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('has the usual edit, view and window commands on %s', (platform) => {
    const found = roles(buildAppMenuTemplate(platform, false, actions));
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'minimize', 'close', 'quit']) {
      expect(found).toContain(role);
    }
  });

  it('has the app menu on macOS only', () => {
    expect(buildAppMenuTemplate('darwin', false, actions)[0]?.label).toBe('Switchboard');
    expect(roles(buildAppMenuTemplate('darwin', false, actions))).toContain('hideOthers');
    expect(roles(buildAppMenuTemplate('linux', false, actions))).not.toContain('hideOthers');
  });

  it('offers reload and developer tools in development builds only', () => {
    expect(roles(buildAppMenuTemplate('linux', false, actions))).not.toContain('toggleDevTools');
    expect(roles(buildAppMenuTemplate('linux', false, actions))).not.toContain('reload');
    expect(roles(buildAppMenuTemplate('linux', true, actions))).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('brings the console back with Ctrl/Cmd+1, a shortcut no role already uses', () => {
    const window = buildAppMenuTemplate('linux', false, actions).find((item) => item.label === 'Window');
    const show = (window?.submenu as MenuItemConstructorOptions[]).find((item) => item.label === 'Show Console');
    expect(show?.accelerator).toBe('CmdOrCtrl+1');
    (show?.click as () => void)();
    expect(actions.showConsole).toHaveBeenCalled();
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
    expect(decideAutoUpdate({ isPackaged: false, feedUrl: 'https://updates.example/', appUpdateConfigExists: true }).enabled).toBe(false);
  });

  it('uses a configured https feed, or the packaged app-update.yml', () => {
    expect(decideAutoUpdate({ isPackaged: true, feedUrl: 'https://updates.example/switchboard', appUpdateConfigExists: false })).toEqual({
      enabled: true,
      feed: { provider: 'generic', url: 'https://updates.example/switchboard' },
    });
    expect(decideAutoUpdate({ isPackaged: true, feedUrl: undefined, appUpdateConfigExists: true })).toEqual({ enabled: true, feed: 'app-update.yml' });
  });

  it.each(['http://updates.example/', 'file:///tmp/feed', 'not a url'])('refuses the feed %s', (feedUrl) => {
    expect(decideAutoUpdate({ isPackaged: true, feedUrl, appUpdateConfigExists: true }).enabled).toBe(false);
  });
});
