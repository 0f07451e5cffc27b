import { useTranslation } from 'react-i18next';
import { initialsOf, presenceText } from './presence-wording.js';
import { useTicketPresence } from './presence-store.js';
import './presence.css';

/** An inbox row's people on the ticket now: an initials chip each, its label saying who and what. */
export function PresenceChips({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const entries = useTicketPresence(ticketId);
  if (entries.length === 0) return null;
  return (
    <span className="presence-chips" data-testid="row-presence">
      {entries.map((entry) => {
        const label = presenceText(t, entry);
        return (
          <span
            key={entry.principal}
            className={`presence-chip presence-${entry.state}`}
            role="img"
            aria-label={label}
            title={label}
            data-state={entry.state}
          >
            {initialsOf(entry.name)}
          </span>
        );
      })}
    </span>
  );
}
