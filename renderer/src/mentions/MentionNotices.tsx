import { useTranslation } from 'react-i18next';
import { useController } from '../state/context.js';
import { useMentions } from './mentions-store.js';
import { mentionTitle } from './useMentionCues.js';

/** Notes that just mentioned the person: a polite live region, each with Open (the ticket) and Dismiss. */
export function MentionNotices() {
  const { t, i18n } = useTranslation();
  const notices = useMentions((s) => s.notices);
  const dismiss = useMentions((s) => s.dismissNotice);
  const controller = useController();
  return (
    <section className="mention-notices" aria-label={t('mentions.notice.region')} data-testid="mention-notices">
      <ul aria-live="polite" aria-relevant="additions">
        {notices.map((notice) => (
          <li key={notice.messageId} className="mention-notice" data-testid="mention-notice">
            <span>
              <strong>{mentionTitle(i18n, notice)}</strong> <span dir="auto">{notice.subject}</span>
            </span>
            <button
              type="button"
              className="button"
              onClick={() => {
                controller.openTicket(notice.ticketId);
                dismiss(notice.messageId);
              }}
            >
              {t('mentions.open')}
            </button>
            <button type="button" className="button" onClick={() => dismiss(notice.messageId)}>
              {t('mentions.notice.dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
