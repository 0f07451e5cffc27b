import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/ErrorBoundary.js';
import { TicketView } from '../components/TicketView.js';
import { useConsoleState } from '../state/context.js';
import { DashboardScreen } from './dashboard/DashboardScreen.js';
import type { LeadScreen } from './lead-screen.js';
import { ReviewSampleScreen } from './review/ReviewSampleScreen.js';
import { RulesScreen } from './rules/RulesScreen.js';
import { EvalsScreen } from '../evals/EvalsScreen.js';
import './lead.css';

/** The open lead screen in place of the agent's lists; the review sample keeps the ticket view beside it. */
export function LeadWorkspace({ screen }: { screen: LeadScreen }) {
  const { t } = useTranslation();
  const openTicketId = useConsoleState((s) => s.openTicketId);
  if (screen === 'dashboard' || screen === 'rules' || screen === 'evals') {
    return (
      <main className="workspace lead-workspace">
        <ErrorBoundary resetKey={screen}>
          {screen === 'dashboard' ? <DashboardScreen /> : screen === 'rules' ? <RulesScreen /> : <EvalsScreen />}
        </ErrorBoundary>
      </main>
    );
  }
  return (
    <main className="workspace">
      <section className="list-pane" aria-label={t('lead.sample.title')}>
        <ErrorBoundary resetKey={screen}>
          <ReviewSampleScreen />
        </ErrorBoundary>
      </section>
      <section className="detail-pane">
        <ErrorBoundary resetKey={openTicketId}>
          {openTicketId ? <TicketView /> : <p className="empty-state placeholder">{t('ticket.placeholder')}</p>}
        </ErrorBoundary>
      </section>
    </main>
  );
}
