import { useTranslation } from 'react-i18next';
import { presenceText } from './presence-wording.js';
import { useTicketPresence } from './presence-store.js';
import './presence.css';

/**
 * Who else is on the open ticket: "Ana is viewing", "Ana is typing a reply…". A polite live region that is always
 * there (so a change is read out once, when it happens; heartbeats change nothing here).
 */
export function TicketPresence({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const entries = useTicketPresence(ticketId);
  return (
    <p className="presence-line" role="status" aria-live="polite" data-testid="ticket-presence">
      {entries.map((entry) => (
        <span key={entry.principal} className={`presence-person presence-${entry.state}`} data-state={entry.state}>
          {presenceText(t, entry)}
        </span>
      ))}
    </p>
  );
}
