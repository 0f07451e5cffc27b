import type { CatalogTree } from '../../i18n/catalog.js';

/**
 * What the desktop shows outside the console's page, English: the reference every locale matches. Electron's
 * main process shows the notifications, the tray and the application menu (electron/main/desktop-text.ts); the
 * console shows the same notification and the unread count in the window title in browser mode.
 */
export default {
  newEscalation: 'New escalation',
  /** A note mentions the console's person (issue 19): the desktop notification's title. */
  mentioned: '{{by}} mentioned you in a note',
  mentionedBySomeone: 'A colleague',
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
  signInReturn: {
    title: 'Switchboard sign-in',
    signedIn: 'You are signed in. You can close this window and go back to Switchboard.',
    failures: {
      sso_expired: 'This sign-in was not started here, or it took too long. Start it again from Switchboard.',
      sso_cancelled: 'The sign-in was cancelled at the identity provider. Start it again from Switchboard.',
      sso_refused:
        'The identity provider signed you in, but Switchboard has no access for you. Ask an admin to add you or to give you a role.',
      queue_unreachable: 'The central queue could not be reached. Try again in a moment.',
    },
  },
} satisfies CatalogTree;
