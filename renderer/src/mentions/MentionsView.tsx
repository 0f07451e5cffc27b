import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat.js';
import { useConsoleState, useController } from '../state/context.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { useMentions } from './mentions-store.js';

/** The notes that mention the person, newest first: unread ones stand out; Open shows the ticket beside the list. */
export function MentionsView() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const controller = useController();
  const mentions = useMentions((s) => s.mentions);
  const error = useMentions((s) => s.listError);
  const openTicketId = useConsoleState((s) => s.openTicketId);
  return (
    <div className="mentions-view" data-testid="mentions-view">
      <h2 className="panel-title">{t('mentions.title')}</h2>
      {error ? <ErrorMessage error={error} /> : null}
      {mentions.length === 0 && !error ? <p className="empty-state">{t('mentions.empty')}</p> : null}
      <ul className="mentions-list">
        {mentions.map((mention) => (
          <li
            key={mention.messageId}
            className="mention-row"
            data-testid="mention-row"
            data-ticket={mention.ticketId}
            data-read={mention.read}
            aria-current={openTicketId === mention.ticketId ? 'true' : undefined}
          >
            <span className="mention-subject" dir="auto">
              {mention.subject}
              {mention.read ? null : <span className="chip">{t('mentions.unread')}</span>}
            </span>
            <button type="button" className="button" onClick={() => controller.openTicket(mention.ticketId)}>
              {t('mentions.open')}
            </button>
            <p className="mention-excerpt" dir="auto">
              {mention.excerpt}
            </p>
            <p className="mention-meta">
              {t('mentions.by', { by: mention.by ?? t('mentions.someone') })} · {fmt.dateTime(mention.at)}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
