import type { i18n as I18n } from 'i18next';
import type { ApiMode } from '../api/console-api.js';
import { isRtl } from '../i18n/languages.js';
import { notificationsWanted } from './cue-storage.js';

/** The person is looking at the console: it shows the change, no need to interrupt. */
function personIsLooking(): boolean {
  return document.visibilityState === 'visible' && document.hasFocus();
}

function canNotify(): boolean {
  return typeof Notification !== 'undefined' && Notification.permission === 'granted';
}

export interface DesktopNotice {
  title: string;
  body: string;
  /** Replaces an earlier notice with the same tag instead of stacking up. */
  tag: string;
  /** What a click on the notice does (after the window is brought forward). */
  onClick: () => void;
}

/**
 * A Web Notification in the browser, when the person turned them on in the settings, the browser allows them and
 * they are looking elsewhere. In Electron the main process notifies instead.
 */
export function notifyOnDesktop(
  notice: DesktopNotice,
  context: { mode: ApiMode; i18n: I18n; storage: Storage | null },
) {
  const { mode, i18n, storage } = context;
  if (mode !== 'browser' || !notificationsWanted(storage) || !canNotify() || personIsLooking()) return;
  try {
    const notification = new Notification(notice.title, {
      body: notice.body,
      tag: notice.tag,
      lang: i18n.language,
      dir: isRtl(i18n.language) ? 'rtl' : 'ltr',
    });
    notification.onclick = () => {
      window.focus();
      notice.onClick();
      notification.close();
    };
  } catch {
    // Some browsers only allow notifications from a service worker; the console still shows the change.
  }
}
