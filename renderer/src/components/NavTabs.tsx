import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat.js';
import { useConsoleState, useController } from '../state/context.js';
import type { ListTab } from '../state/store.js';
import { useLeadScreen } from '../lead/lead-screen.js';
import { LeadTabs } from '../lead/LeadTabs.js';
import { MentionsTab } from '../mentions/MentionsTab.js';
import { hideMentionsView, showMentionsView } from '../mentions/mentions-view-state.js';

const TABS: ReadonlyArray<{ tab: ListTab; testId: string; labelKey: string; shortcut?: string }> = [
  { tab: 'inbox', testId: 'nav-inbox', labelKey: 'nav.inbox', shortcut: 'g i' },
  { tab: 'resolved', testId: 'nav-resolved', labelKey: 'nav.resolved', shortcut: 'g r' },
  { tab: 'review', testId: 'nav-review', labelKey: 'nav.review' },
];

export function NavTabs() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const controller = useController();
  const active = useConsoleState((s) => s.tab);
  const inboxCount = useConsoleState((s) => s.inboxWindow.total);
  const resolvedCount = useConsoleState((s) => s.aiResolved.length);
  const reviewCount = useConsoleState((s) => s.review.length);
  const counts: Record<ListTab, number> = { inbox: inboxCount, resolved: resolvedCount, review: reviewCount };
  const loaded = useConsoleState((s) => s.listsLoaded);
  const leadScreen = useLeadScreen((s) => s.screen);
  const closeLeadScreen = useLeadScreen((s) => s.setScreen);

  return (
    <nav className="nav-tabs" aria-label={t('nav.label')}>
      {TABS.map(({ tab, testId, labelKey, shortcut }) => (
        <button
          key={tab}
          type="button"
          className="nav-tab"
          data-testid={testId}
          aria-current={active === tab && !leadScreen ? 'page' : undefined}
          aria-keyshortcuts={shortcut}
          onClick={() => {
            closeLeadScreen(null);
            hideMentionsView();
            controller.setTab(tab);
          }}
        >
          <span>{t(labelKey)}</span>
          <span className="badge" data-count={counts[tab]}>
            {loaded ? fmt.number(counts[tab]) : '…'}
          </span>
        </button>
      ))}
      <MentionsTab
        onShow={() => {
          closeLeadScreen(null);
          showMentionsView();
        }}
      />
      <LeadTabs />
    </nav>
  );
}
