import { useTranslation } from 'react-i18next';
import { AiResolvedList } from './components/AiResolvedList.js';
import { ErrorBoundary } from './components/ErrorBoundary.js';
import { Header, HostBanner } from './components/Header.js';
import { CacheBanner } from './components/CacheBanner.js';
import { ConsoleOverlays } from './components/ConsoleOverlays.js';
import { InboxList } from './components/InboxList.js';
import { ReviewView } from './components/ReviewView.js';
import { NavTabs } from './components/NavTabs.js';
import { ShortcutsHelp } from './components/ShortcutsHelp.js';
import { TicketView } from './components/TicketView.js';
import { useConsoleState } from './state/context.js';
import { isLeadRole } from '../../shared/api/whoami.js';
import { useLeadScreen } from './lead/lead-screen.js';
import { LeadWorkspace } from './lead/LeadWorkspace.js';

export function App({ hasToken }: { hasToken: boolean }) {
  const { t } = useTranslation();
  const tab = useConsoleState((s) => s.tab);
  const openTicketId = useConsoleState((s) => s.openTicketId);
  const helpOpen = useConsoleState((s) => s.helpOpen);
  const role = useConsoleState((s) => s.status?.role ?? null);
  const leadScreen = useLeadScreen((s) => s.screen);

  return (
    <div className={`app${openTicketId ? ' has-open-ticket' : ''}`}>
      <Header />
      <HostBanner hasToken={hasToken} />
      <CacheBanner />
      <NavTabs />
      {leadScreen && isLeadRole(role) ? (
        <LeadWorkspace screen={leadScreen} />
      ) : (
        <main className="workspace">
          <section
            className="list-pane"
            aria-label={tab === 'inbox' ? t('nav.inbox') : tab === 'review' ? t('nav.review') : t('nav.resolved')}
          >
            <ErrorBoundary resetKey={tab}>
              {tab === 'inbox' ? <InboxList /> : tab === 'review' ? <ReviewView /> : <AiResolvedList />}
            </ErrorBoundary>
          </section>
          <section className="detail-pane">
            <ErrorBoundary resetKey={openTicketId}>
              {openTicketId ? <TicketView /> : <p className="empty-state placeholder">{t('ticket.placeholder')}</p>}
            </ErrorBoundary>
          </section>
        </main>
      )}
      {helpOpen ? <ShortcutsHelp /> : null}
      <ConsoleOverlays />
    </div>
  );
}
