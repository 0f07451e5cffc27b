import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsoleState } from '../state/context.js';
import { useLeadScreen } from './lead-screen.js';
import { leadScreensFor } from './lead-screen-registry.js';

/** The lead screens' tabs: those the console's queue role may see (a lead's or an admin's token), else none. */
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
  const tabs = leadScreensFor(role);
  if (tabs.length === 0) return null;
  return (
    <span className="lead-tabs" role="group" aria-label={t('lead.nav.label')}>
      {tabs.map((entry) => (
        <button
          key={entry.id}
          type="button"
          className="nav-tab"
          data-testid={`nav-${entry.id}`}
          aria-current={screen === entry.id ? 'page' : undefined}
          onClick={() => setScreen(entry.id)}
        >
          {t(entry.labelKey)}
          {'Badge' in entry ? <entry.Badge /> : null}
        </button>
      ))}
    </span>
  );
}
