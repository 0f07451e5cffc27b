import { useTranslation } from 'react-i18next';
import { AiResolvedList } from './components/AiResolvedList.js';
import { Header, HostBanner } from './components/Header.js';
import { CacheBanner } from './components/CacheBanner.js';
import { ConsoleOverlays } from './components/ConsoleOverlays.js';
import { InboxList } from './components/InboxList.js';
import { ListBesideTicket } from './components/ListBesideTicket.js';
import { ReviewView } from './components/ReviewView.js';
import { NavTabs } from './components/NavTabs.js';
import { ShortcutsHelp } from './components/ShortcutsHelp.js';
import { useSession } from './identity/SessionContext.js';
import { sessionView } from './identity/session-model.js';
import { SignInScreen } from './identity/SignInScreen.js';
import { TokenRefusedBanner } from './identity/TokenRefusedBanner.js';
import { SlaBreachNotices } from './sla/SlaBreachNotices.js';
import { PresenceFeed } from './presence/PresenceFeed.js';
import { useConsoleState } from './state/context.js';
import { useLeadScreen } from './lead/lead-screen.js';
import { shownLeadScreen } from './lead/lead-screen-registry.js';
import { LeadWorkspace } from './lead/LeadWorkspace.js';
import { MentionNotices } from './mentions/MentionNotices.js';
import { MentionsView } from './mentions/MentionsView.js';
import { useMentions } from './mentions/mentions-store.js';

export function App({ hasToken }: { hasToken: boolean }) {
  const { t } = useTranslation();
  const tab = useConsoleState((s) => s.tab);
  const openTicketId = useConsoleState((s) => s.openTicketId);
  const helpOpen = useConsoleState((s) => s.helpOpen);
  const role = useConsoleState((s) => s.status?.role ?? null);
  const openLeadScreen = useLeadScreen((s) => s.screen);
  const leadScreen = shownLeadScreen(openLeadScreen, role);
  const session = useSession((s) => s.session);
  const mentionsShown = useMentions((s) => s.viewShown);
  const view = sessionView(session);

  if (view === 'signIn' && session)
    return (
      <div className="app">
        <HostBanner hasToken={hasToken} />
        <SignInScreen session={session} />
      </div>
    );

  return (
    <div className={`app${openTicketId ? ' has-open-ticket' : ''}`}>
      <Header />
      <HostBanner hasToken={hasToken} />
      {view === 'tokenRefused' && session ? <TokenRefusedBanner session={session} /> : null}
      <CacheBanner />
      <NavTabs />
      {leadScreen ? (
        <LeadWorkspace screen={leadScreen} />
      ) : (
        <ListBesideTicket
          label={
            mentionsShown
              ? t('mentions.tab')
              : tab === 'inbox'
                ? t('nav.inbox')
                : tab === 'review'
                  ? t('nav.review')
                  : t('nav.resolved')
          }
          listKey={mentionsShown ? 'mentions' : tab}
        >
          {mentionsShown ? (
            <MentionsView />
          ) : tab === 'inbox' ? (
            <InboxList />
          ) : tab === 'review' ? (
            <ReviewView />
          ) : (
            <AiResolvedList />
          )}
        </ListBesideTicket>
      )}
      {helpOpen ? <ShortcutsHelp /> : null}
      <ConsoleOverlays />
      <SlaBreachNotices />
      <MentionNotices />
      <PresenceFeed />
    </div>
  );
}
