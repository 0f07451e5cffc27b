import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat.js';
import { useConsoleState, useController } from '../state/context.js';
import type { ListTab } from '../state/store.js';

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
  const inboxCount = useConsoleState((s) => s.inbox.length);
  const resolvedCount = useConsoleState((s) => s.aiResolved.length);
  const reviewCount = useConsoleState((s) => s.review.length);
  const counts: Record<ListTab, number> = { inbox: inboxCount, resolved: resolvedCount, review: reviewCount };
  const loaded = useConsoleState((s) => s.listsLoaded);

  return (
    <nav className="nav-tabs" aria-label={t('nav.label')}>
      {TABS.map(({ tab, testId, labelKey, shortcut }) => (
        <button
          key={tab}
          type="button"
          className="nav-tab"
          data-testid={testId}
          aria-current={active === tab ? 'page' : undefined}
          aria-keyshortcuts={shortcut}
          onClick={() => controller.setTab(tab)}
        >
          <span>{t(labelKey)}</span>
          <span className="badge" data-count={counts[tab]}>
            {loaded ? fmt.number(counts[tab]) : '…'}
          </span>
        </button>
      ))}
    </nav>
  );
}
