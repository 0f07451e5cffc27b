import type { CatalogTree } from '../../i18n/catalog.js';

/**
 * What the desktop shows outside the console's page, English: the reference every locale matches. Electron's
 * main process shows the notifications, the tray and the application menu (electron/main/desktop-text.ts); the
 * console shows the same notification and the unread count in the window title in browser mode.
 */
export default {
  newEscalation: 'New escalation',
  newEscalations_one: '{{count, number}} new escalation',
  newEscalations_other: '{{count, number}} new escalations',
  andMore_one: '{{first}} and {{count, number}} more',
  andMore_other: '{{first}} and {{count, number}} more',
  unreadTitle_one: '({{count, number}}) {{app}}: {{count, number}} unread escalation',
  unreadTitle_other: '({{count, number}}) {{app}}: {{count, number}} unread escalations',
  tray: {
    connecting: 'Switchboard: connecting',
    noneWaiting: 'Switchboard: no escalations waiting',
    waiting_one: 'Switchboard: {{count, number}} escalation waiting',
    waiting_other: 'Switchboard: {{count, number}} escalations waiting',
  },
  menu: {
    showConsole: 'Show Console',
    quit: 'Quit Switchboard',
    settings: 'Settings…',
    shortcuts: 'Keyboard Shortcuts',
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
  },
} satisfies CatalogTree;
