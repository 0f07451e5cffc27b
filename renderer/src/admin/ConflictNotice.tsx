import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat.js';
import type { EditorNotice } from './setting-editor.js';

/**
 * Another admin wrote the item first: who and when, in words, with the edits kept; the admin loads theirs or
 * does what was refused again over it.
 */
export function ConflictNotice(props: {
  notice: Extract<EditorNotice, { kind: 'conflict' }>;
  busy: boolean;
  onLoadTheirs(): void;
  onOverwrite(): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { current, action } = props.notice;
  const text = !current
    ? t('admin.conflict.missing')
    : t(current.deleted ? 'admin.conflict.deleted' : 'admin.conflict.saved', {
        by: current.savedBy,
        at: fmt.dateTime(current.savedAt),
        version: current.version,
      });
  return (
    <div className="admin-notice conflict" role="alert" data-testid="admin-conflict">
      <p>{text}</p>
      {[
        {
          testId: 'admin-load-theirs',
          label: current && !current.deleted ? 'admin.conflict.loadTheirs' : 'admin.conflict.drop',
          onClick: props.onLoadTheirs,
        },
        {
          testId: 'admin-overwrite',
          label: action === 'delete' ? 'admin.conflict.deleteAnyway' : 'admin.conflict.overwrite',
          onClick: props.onOverwrite,
        },
      ].map((choice) => (
        <button
          key={choice.testId}
          type="button"
          className="button button-small"
          data-testid={choice.testId}
          disabled={props.busy}
          onClick={choice.onClick}
        >
          {t(choice.label)}
        </button>
      ))}
    </div>
  );
}
