import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUT_HELP, shortcutLabelKey } from '../keyboard/shortcuts.js';
import { restoreFocus } from '../keyboard/restore-focus.js';
import { useDialogFocusTrap } from '../keyboard/useDialogFocusTrap.js';
import { useController } from '../state/context.js';

export function ShortcutsHelp() {
  const { t } = useTranslation();
  const controller = useController();
  const closeRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  useDialogFocusTrap(dialogRef);

  useEffect(() => {
    const previous = document.activeElement;
    closeRef.current?.focus();
    // Opened from the command palette, the element to go back to (its field) is gone: the ticket view or inbox.
    return () => restoreFocus(previous, controller.focusWorkspace);
  }, [controller]);

  return (
    <div className="overlay" onClick={controller.toggleHelp}>
      <div
        ref={dialogRef}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        data-testid="shortcuts-help"
        onClick={(e) => e.stopPropagation()}
      >
        <header className="dialog-header">
          <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
          <button ref={closeRef} type="button" className="button button-small" onClick={controller.toggleHelp}>
            {t('shortcuts.close')}
          </button>
        </header>
        <table className="shortcuts">
          <tbody>
            {SHORTCUT_HELP.map(({ command, keys }) => (
              <tr key={command} data-command={command}>
                <td className="keys" dir="ltr">
                  {keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 ? ' / ' : ''}
                      {k
                        .split(' ')
                        .map((part, j) => (part === '+' ? <span key={j}> + </span> : <kbd key={j}>{part}</kbd>))}
                    </span>
                  ))}
                </td>
                <td>{t(shortcutLabelKey(command))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
