import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeUiLanguage, currentSystemUiLanguage, storedUiLanguage } from '../i18n/i18n.js';
import { UI_LANGUAGES } from '../i18n/languages.js';
import { restoreFocus } from '../keyboard/restore-focus.js';
import { ModalDialog } from '../components/ModalDialog.js';
import { NotificationSetting } from './NotificationSetting.js';
import { ProviderSettings } from './ProviderSettings.js';

const SYSTEM = 'system';

interface SettingsDialogProps {
  onClose: () => void;
  desktopApp: boolean;
  /** Where the focus goes on closing when the element that had it before opening is gone (e.g. the command palette's field). */
  onFocusLost: () => void;
}

/** Interface language (or the system's), desktop notifications (both kept in this browser) and the console's AI provider. */
export function SettingsDialog({ onClose, desktopApp, onFocusLost }: SettingsDialogProps) {
  const { t, i18n } = useTranslation();
  const closeRef = useRef<HTMLButtonElement>(null);
  const [choice, setChoice] = useState<string>(() => storedUiLanguage() ?? SYSTEM);
  const system = currentSystemUiLanguage();
  const systemName = UI_LANGUAGES.find((l) => l.code === system)?.name ?? system;

  useEffect(() => {
    const previous = document.activeElement;
    closeRef.current?.focus();
    return () => restoreFocus(previous, onFocusLost);
    // Only on opening and closing: the element to go back to is the one that had the focus before opening.
  }, []);

  const choose = (value: string): void => {
    setChoice(value);
    changeUiLanguage(i18n, value === SYSTEM ? null : value);
  };

  return (
    <ModalDialog
      className="dialog"
      labelledBy="settings-title"
      testId="settings-dialog"
      onClose={onClose}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="dialog-header">
        <h2 id="settings-title">{t('settings.title')}</h2>
        <button
          ref={closeRef}
          type="button"
          className="button button-small"
          onClick={onClose}
          data-testid="settings-close"
        >
          {t('settings.close')}
        </button>
      </header>
      <div className="setting">
        <label className="setting-label" htmlFor="ui-language">
          {t('settings.language')}
        </label>
        <select
          id="ui-language"
          data-testid="ui-language"
          value={choice}
          onChange={(e) => choose(e.target.value)}
          aria-describedby="ui-language-hint"
        >
          <option value={SYSTEM}>{t('settings.systemLanguage', { language: systemName })}</option>
          {UI_LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code} dir={l.dir}>
              {l.name}
            </option>
          ))}
        </select>
        <p id="ui-language-hint" className="setting-hint">
          {t('settings.languageHint')}
        </p>
      </div>
      <NotificationSetting desktopApp={desktopApp} />
      <ProviderSettings />
    </ModalDialog>
  );
}
