import { useTranslation } from 'react-i18next';
import { useConsoleState } from '../state/context.js';
import type { BusyNotice as BusyNoticeState } from '../state/store.js';

/**
 * Says that an action asked for near here did not run because another one is still under way. A polite live
 * region that is always there (empty when there is nothing to say), so screen readers announce the sentence
 * when it appears; each refusal puts in a new node, so pressing again is announced again. It never takes the
 * focus, and it is not an error of the action (those are shown by ErrorMessage).
 */
export function BusyNotice({ near }: { near: BusyNoticeState['near'] }) {
  const { t } = useTranslation();
  const seq = useConsoleState((s) => (s.busyNotice?.near === near ? s.busyNotice.seq : null));
  return (
    <div className="busy-notice" role="status" aria-live="polite" data-testid={`busy-notice-${near}`}>
      {seq === null ? null : <span key={seq}>{t('actions.stillWorking')}</span>}
    </div>
  );
}
