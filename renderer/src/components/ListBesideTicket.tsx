import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsoleState } from '../state/context.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import { TicketView } from './TicketView.js';

/** A list in the list pane and the open ticket (or how to open one) beside it: the agent's lists, the review sample. */
export function ListBesideTicket({
  label,
  listKey,
  children,
}: {
  label: string;
  listKey: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const openTicketId = useConsoleState((s) => s.openTicketId);
  return (
    <main className="workspace">
      <section className="list-pane" aria-label={label}>
        <ErrorBoundary resetKey={listKey}>{children}</ErrorBoundary>
      </section>
      <section className="detail-pane">
        <ErrorBoundary resetKey={openTicketId}>
          {openTicketId ? <TicketView /> : <p className="empty-state placeholder">{t('ticket.placeholder')}</p>}
        </ErrorBoundary>
      </section>
    </main>
  );
}
