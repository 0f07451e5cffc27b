import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isLeadRole } from '../../../shared/api/whoami.js';
import { useConsoleState } from '../state/context.js';
import { useLeadScreen, type LeadScreen } from './lead-screen.js';

const TABS: ReadonlyArray<{ screen: LeadScreen; testId: string; labelKey: string }> = [
  { screen: 'dashboard', testId: 'nav-dashboard', labelKey: 'lead.nav.dashboard' },
  { screen: 'sample', testId: 'nav-sample', labelKey: 'lead.nav.sample' },
  { screen: 'rules', testId: 'nav-rules', labelKey: 'lead.nav.rules' },
  { screen: 'evals', testId: 'nav-evals', labelKey: 'evals.title' },
];

/** The lead-only tabs: shown only when the console's queue token is a lead's (or admin's). */
export function LeadTabs() {
  const { t } = useTranslation();
  const role = useConsoleState((s) => s.status?.role ?? null);
  const screen = useLeadScreen((s) => s.screen);
  const setScreen = useLeadScreen((s) => s.setScreen);
  const tab = useConsoleState((s) => s.tab);
  const firstTab = useRef(true);
  // Switching lists from the keyboard (g i, g r) leaves the lead screen too.
  useEffect(() => {
    if (firstTab.current) {
      firstTab.current = false;
      return;
    }
    setScreen(null);
  }, [tab, setScreen]);
  if (!isLeadRole(role)) return null;
  return (
    <span className="lead-tabs" role="group" aria-label={t('lead.nav.label')}>
      {TABS.map((tab) => (
        <button
          key={tab.screen}
          type="button"
          className="nav-tab"
          data-testid={tab.testId}
          aria-current={screen === tab.screen ? 'page' : undefined}
          onClick={() => setScreen(tab.screen)}
        >
          {t(tab.labelKey)}
        </button>
      ))}
    </span>
  );
}
