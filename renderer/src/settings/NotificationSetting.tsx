import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationsWanted, setNotificationsWanted } from '../notifications/cue-storage.js';
import { browserLocalStorage } from '../state/drafts-storage.js';

type Availability = 'desktop' | 'unsupported' | 'denied' | 'available';

function availability(desktopApp: boolean): Availability {
  if (desktopApp) return 'desktop';
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.permission === 'denied' ? 'denied' : 'available';
}

/**
 * The switch for desktop notifications. Turning it on asks the browser for permission from this
 * click (browsers only ask from a user gesture); the choice is kept in local storage.
 */
export function NotificationSetting({ desktopApp }: { desktopApp: boolean }) {
  const { t } = useTranslation();
  const storage = browserLocalStorage();
  const [state, setState] = useState<Availability>(() => availability(desktopApp));
  const [on, setOn] = useState(
    () => state === 'available' && notificationsWanted(storage) && Notification.permission === 'granted',
  );

  const toggle = async (wanted: boolean): Promise<void> => {
    if (!wanted) {
      setNotificationsWanted(storage, false);
      setOn(false);
      return;
    }
    const permission = Notification.permission === 'granted' ? 'granted' : await Notification.requestPermission();
    const granted = permission === 'granted';
    setNotificationsWanted(storage, granted);
    setOn(granted);
    setState(permission === 'denied' ? 'denied' : 'available');
  };

  const note =
    state === 'desktop'
      ? t('settings.notificationsDesktop')
      : state === 'unsupported'
        ? t('settings.notificationsUnsupported')
        : state === 'denied'
          ? t('settings.notificationsDenied')
          : t('settings.notificationsHint');

  return (
    <div className="setting">
      <label className="setting-check">
        <input
          type="checkbox"
          data-testid="notifications-toggle"
          checked={on}
          disabled={state === 'desktop' || state === 'unsupported'}
          onChange={(e) => void toggle(e.target.checked)}
          aria-describedby="notifications-note"
        />
        <span>{t('settings.notifications')}</span>
      </label>
      <p
        id="notifications-note"
        className="setting-hint"
        data-testid="notifications-note"
        role={state === 'denied' ? 'alert' : undefined}
      >
        {note}
      </p>
    </div>
  );
}
