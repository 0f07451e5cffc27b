import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredSetting } from '../../../shared/settings/stored-setting.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { useFormat } from '../format/useFormat.js';
import { useConsoleState } from '../state/context.js';
import { useTenantSettings } from '../state/useTenantSettings.js';
import { adminSectionsFor, sectionCount, sectionEditable } from './admin-sections.js';
import { moveFocusInList } from './list-keys.js';
import { withStoredSetting } from './tenant-view.js';
import './admin.css';

/**
 * The tenant settings workspace (admins; leads see the kinds they may edit): a list of sections beside the open
 * one. Read from the console's copy, so it reads offline too; saving needs the queue.
 */
export function AdminScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const role = useConsoleState((s) => s.status?.role ?? null);
  const online = useConsoleState((s) => s.status?.online ?? false);
  const { view, setView, loadError, reload } = useTenantSettings();
  const sections = adminSectionsFor(role);
  const [openId, setOpenId] = useState<string | null>(null);
  const open = sections.find((section) => section.id === openId) ?? sections[0];

  const onStored = useCallback(
    (stored: StoredSetting) =>
      setView((shown) => shown && { ...shown, settings: withStoredSetting(shown.settings, stored) }),
    [setView],
  );

  return (
    <section className="admin-screen" aria-labelledby="admin-title" data-testid="admin-screen">
      <h2 id="admin-title">{t('admin.title')}</h2>
      {!online ? (
        <p className="admin-notice offline" role="status" data-testid="admin-offline">
          {view?.syncedAt ? t('admin.offlineSince', { at: fmt.dateTime(view.syncedAt) }) : t('admin.offline')}
        </p>
      ) : null}
      <p className="admin-note">{t('admin.shortcuts')}</p>
      {loadError ? <ErrorMessage error={loadError} onRetry={() => void reload()} /> : null}
      {!view && !loadError ? <p className="empty-state">{t('admin.loading')}</p> : null}
      {view && open ? (
        <div className="admin-layout">
          <nav aria-label={t('admin.sectionsLabel')}>
            <ul className="admin-sections" onKeyDown={moveFocusInList}>
              {sections.map((section) => {
                const count = sectionCount(section, view);
                return (
                  <li key={section.id}>
                    <button
                      type="button"
                      data-testid={`admin-section-${section.id}`}
                      aria-current={section === open ? 'page' : undefined}
                      onClick={() => setOpenId(section.id)}
                    >
                      {t(section.title)}
                      {count === null ? null : <span className="admin-count">{count}</span>}
                    </button>
                  </li>
                );
              })}
            </ul>
          </nav>
          <open.Component
            key={open.id}
            view={view}
            editable={online && sectionEditable(open, view, role)}
            onStored={onStored}
          />
        </div>
      ) : null}
    </section>
  );
}
