import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUT_HELP, shortcutLabelKey } from '../keyboard/shortcuts.js';
import { restoreFocus } from '../keyboard/restore-focus.js';
import { useController } from '../state/context.js';
import { ModalDialog } from './ModalDialog.js';

export function ShortcutsHelp() {
  const { t } = useTranslation();
  const controller = useController();
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const previous = document.activeElement;
    closeRef.current?.focus();
    // Opened from the command palette, the element to go back to (its field) is gone: the ticket view or inbox.
    return () => restoreFocus(previous, controller.focusWorkspace);
  }, [controller]);

  return (
    <ModalDialog
      className="dialog"
      labelledBy="shortcuts-title"
      testId="shortcuts-help"
      onClose={controller.toggleHelp}
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
    </ModalDialog>
  );
}
