import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat.js';
import { SessionMenu } from '../identity/SessionMenu.js';
import { useSession } from '../identity/SessionContext.js';
import { SettingsDialog } from '../settings/SettingsDialog.js';
import { useConsoleState, useController } from '../state/context.js';

/** A value with what it is: a tooltip for the eye, a hidden label for screen readers. */
function NamedValue({ className, label, value }: { className: string; label: string; value: string }) {
  return (
    <span className={className} title={label}>
      <span className="visually-hidden">{label}: </span>
      {value}
    </span>
  );
}

export function Header() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const controller = useController();
  const settingsOpen = useConsoleState((s) => s.settingsOpen);
  const status = useConsoleState((s) => s.status);
  const hostReachable = useConsoleState((s) => s.hostReachable);
  const online = hostReachable && (status?.online ?? false);
  const unsent = status?.unsentChanges ?? 0;
  const signedIn = useSession((s) => s.session?.state === 'signed_in' && s.session.user !== null);

  return (
    <header className="app-header">
      <div className="brand">
        <span className="app-name">{t('app.name')}</span>
        {status ? <NamedValue className="tenant" label={t('header.tenant')} value={status.tenantName} /> : null}
      </div>
      <div className="header-meta">
        {signedIn ? (
          <SessionMenu />
        ) : status ? (
          <NamedValue className="agent" label={t('header.agent')} value={status.agentName} />
        ) : null}
        <span
          className="connection"
          data-testid="connection-status"
          data-online={online ? 'true' : 'false'}
          role="status"
          title={
            status?.lastSyncAt
              ? t('header.lastSync', { time: fmt.dateTime(status.lastSyncAt) })
              : t('header.neverSynced')
          }
        >
          <span className="connection-dot" aria-hidden="true" />
          {online ? t('header.online') : t('header.offline')}
        </span>
        <span className={unsent > 0 ? 'unsent has-unsent' : 'unsent'} title={t('header.unsent')}>
          <span className="unsent-label">{t('header.unsent')}</span>
          <span className="badge" data-testid="unsent-count">
            {fmt.number(unsent)}
          </span>
        </span>
        <button
          type="button"
          className="button button-small"
          data-testid="open-settings"
          onClick={controller.openSettings}
          aria-haspopup="dialog"
          aria-keyshortcuts="Control+, Meta+,"
        >
          {t('settings.open')}
        </button>
        {settingsOpen ? (
          <SettingsDialog
            onClose={controller.closeSettings}
            onFocusLost={controller.focusWorkspace}
            desktopApp={window.switchboard !== undefined}
          />
        ) : null}
        <button
          type="button"
          className="button button-small help-button"
          onClick={controller.toggleHelp}
          aria-label={t('header.shortcuts')}
          title={t('header.shortcuts')}
        >
          ?
        </button>
      </div>
    </header>
  );
}

export function HostBanner({ hasToken }: { hasToken: boolean }) {
  const { t } = useTranslation();
  const hostReachable = useConsoleState((s) => s.hostReachable);
  if (!hasToken) {
    return (
      <div className="banner" role="alert" data-testid="host-banner">
        {t('header.noToken')}
      </div>
    );
  }
  if (hostReachable) return null;
  return (
    <div className="banner" role="alert" data-testid="host-unreachable">
      {t('header.hostUnreachable')}
    </div>
  );
}
