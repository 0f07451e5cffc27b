import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat.js';
import { ConflictNotice } from './ConflictNotice.js';
import { refusalText } from './queue-in-use-text.js';
import type { EditorNotice } from './setting-editor.js';

/**
 * What a setting editor's last save said, written once for every editor of a setting (the admin sections, the sign-in
 * policy, the routing policy): saved with its version, the queue's refusal, a conflict with another admin's save (load
 * theirs or overwrite), and the issues no field shows. Test ids start with `testIdPrefix` (`admin-saved`, ...).
 */
export function SaveNotices(props: {
  notice: EditorNotice | null;
  busy: boolean;
  savedText(version: number): string;
  unplaced: readonly string[];
  testIdPrefix: string;
  onLoadTheirs(): void;
  onOverwrite(): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { notice, testIdPrefix } = props;
  return (
    <>
      {notice?.kind === 'saved' ? (
        <p className="admin-notice ok" role="status" data-testid={`${testIdPrefix}-saved`}>
          {props.savedText(notice.version)}
        </p>
      ) : null}
      {notice?.kind === 'error' ? (
        <p className="error-message" role="alert" data-testid={`${testIdPrefix}-error`}>
          {refusalText(t, fmt.list, notice)}
        </p>
      ) : null}
      {notice?.kind === 'conflict' ? (
        <ConflictNotice
          notice={notice}
          busy={props.busy}
          onLoadTheirs={props.onLoadTheirs}
          onOverwrite={props.onOverwrite}
        />
      ) : null}
      {props.unplaced.length > 0 ? (
        <p className="error-message" role="alert" data-testid={`${testIdPrefix}-form-error`}>
          {props.unplaced.join(' ')}
        </p>
      ) : null}
    </>
  );
}
