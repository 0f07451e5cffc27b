import { useTranslation } from 'react-i18next';
import { ConflictChoices } from '../components/ConflictChoices.js';
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
    <ConflictChoices
      className="admin-notice"
      testId="admin-conflict"
      text={text}
      buttonClassName="button button-small"
      busy={props.busy}
      choices={[
        {
          testId: 'admin-load-theirs',
          label: t(current && !current.deleted ? 'admin.conflict.loadTheirs' : 'admin.conflict.drop'),
          onClick: props.onLoadTheirs,
        },
        {
          testId: 'admin-overwrite',
          label: t(action === 'delete' ? 'admin.conflict.deleteAnyway' : 'admin.conflict.overwrite'),
          onClick: props.onOverwrite,
        },
      ]}
    />
  );
}
