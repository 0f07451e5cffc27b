import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { useConsoleState, useController } from '../state/context.js';
import { TagChips } from './TagChips.js';
import './tags.css';

/** The open ticket's tags, and the button (or `#`) that opens the tag picker. */
export function TicketTags({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const controller = useController();
  const sending = useConsoleState((s) => s.sending);
  return (
    <section className="panel ticket-tags" data-testid="ticket-tags" aria-labelledby="ticket-tags-title">
      <h3 id="ticket-tags-title" className="panel-title">
        {t('tags.title')}
      </h3>
      {ticket.tags?.length ? <TagChips tags={ticket.tags} /> : <span className="hint">{t('tags.noneOnTicket')}</span>}
      <button
        type="button"
        className="button button-small"
        data-testid="edit-tags"
        aria-keyshortcuts="#"
        disabled={sending}
        onClick={() => controller.openOverlay('tags')}
      >
        {t('tags.edit')} <kbd>#</kbd>
      </button>
    </section>
  );
}
