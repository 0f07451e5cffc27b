import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat.js';
import { useConsoleState, useController } from '../state/context.js';
import { countUnseenAlerts, useAiHealthAlerts } from './ai-health-alerts.js';

/** How often the tab asks the queue for new alerts. */
const POLL_MS = 60_000;

/** The AI health tab's count of alerts not yet seen (drift, shadow runs past tolerance, the budget). */
export function AiHealthBadge() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { api } = useController();
  const online = useConsoleState((s) => s.status?.online ?? false);
  const unseen = useAiHealthAlerts((s) => s.unseen);
  useEffect(() => {
    if (!online) return;
    void countUnseenAlerts(api);
    const timer = setInterval(() => void countUnseenAlerts(api), POLL_MS);
    return () => clearInterval(timer);
  }, [api, online]);
  if (!unseen) return null;
  return (
    <span className="badge alert-badge" data-testid="ai-health-badge" data-count={unseen}>
      {fmt.number(unseen)}
      <span className="visually-hidden"> {t('aiHealth.badge', { count: unseen })}</span>
    </span>
  );
}
