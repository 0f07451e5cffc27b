import { useTranslation } from 'react-i18next';
import type { BulkAction } from '../../../shared/api/bulk-console.js';
import { useConsoleState, useController } from '../state/context.js';
import { BulkPickers } from './BulkPickers.js';
import { useBulkSelection, type BulkPicker } from './bulk-selection.js';
import './bulk.css';

/** Runs a bulk action on the selection, or opens one of the bar's pickers over the console. */
export function useBulkCommands() {
  const controller = useController();
  const apply = useBulkSelection((s) => s.apply);
  const setPicker = useBulkSelection((s) => s.setPicker);
  return {
    run: (action: BulkAction) => void apply(controller.api, action),
    open: (picker: BulkPicker) => {
      setPicker(picker);
      controller.setOverlayQuietly('bulk');
    },
  };
}

/**
 * Above the inbox while tickets are selected (`x`, `Shift+X`): how many, the actions on all of them (assign to me,
 * tag, snooze, resolve with a macro; `t`, `#`, `s`, `m` while no ticket is open) and what the last one did, with each
 * ticket it was refused on and why. Esc clears the selection.
 */
export function BulkBar() {
  const { t } = useTranslation();
  const selected = useBulkSelection((s) => s.selected);
  const running = useBulkSelection((s) => s.running);
  const outcome = useBulkSelection((s) => s.outcome);
  const error = useBulkSelection((s) => s.error);
  const clear = useBulkSelection((s) => s.clear);
  const overlay = useConsoleState((s) => s.overlay);
  const rows = useConsoleState((s) => s.inboxWindow);
  const { run, open } = useBulkCommands();
  if (selected.length === 0 && !outcome && !error) return null;

  const subjectOf = (ticketId: string) => rows.rows.get(rows.positions.get(ticketId) ?? -1)?.subject ?? ticketId;
  const disabled = running || selected.length === 0;
  const button = (testId: string, label: string, key: string, onClick: () => void) => (
    <button
      type="button"
      className="button button-small"
      data-testid={testId}
      aria-keyshortcuts={key}
      disabled={disabled}
      onClick={onClick}
    >
      {label} <kbd>{key}</kbd>
    </button>
  );

  return (
    <section className="bulk-bar" data-testid="bulk-bar" aria-label={t('bulk.label')}>
      <div className="bulk-bar-line">
        <span className="bulk-count" data-testid="bulk-count" data-count={selected.length} role="status">
          {running ? t('bulk.running', { count: selected.length }) : t('bulk.selected', { count: selected.length })}
        </span>
        <div className="bulk-actions" role="toolbar" aria-label={t('bulk.actions')}>
          {button('bulk-assign', t('bulk.assignToMe'), 't', () => run({ kind: 'assign_to_me' }))}
          {button('bulk-tag', t('bulk.tag'), '#', () => open('tag'))}
          {button('bulk-snooze', t('bulk.snooze'), 's', () => open('snooze'))}
          {button('bulk-resolve', t('bulk.resolveWithMacro'), 'm', () => open('macro'))}
          <button
            type="button"
            className="button button-small"
            data-testid="bulk-clear"
            aria-keyshortcuts="Escape"
            onClick={clear}
          >
            {t('bulk.clear')} <kbd>Esc</kbd>
          </button>
        </div>
      </div>
      {error ? (
        <p className="error" role="alert" data-testid="bulk-error">
          {error}
        </p>
      ) : null}
      {outcome ? (
        <div
          className="bulk-outcome"
          data-testid="bulk-outcome"
          data-done={outcome.done}
          data-refused={outcome.refused.length}
        >
          <p role="status">{t(`bulk.done.${outcome.action}`, { count: outcome.done })}</p>
          {outcome.refused.length > 0 ? (
            <div role="alert">
              <p>{t('bulk.refused', { count: outcome.refused.length })}</p>
              <ul className="bulk-refusals" data-testid="bulk-refusals">
                {outcome.refused.map((refusal) => (
                  <li key={refusal.ticketId} data-ticket-id={refusal.ticketId}>
                    <span className="bulk-refusal-subject" dir="auto">
                      {subjectOf(refusal.ticketId)}
                    </span>
                    : <span dir="auto">{refusal.error}</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
      {overlay === 'bulk' ? <BulkPickers /> : null}
    </section>
  );
}
