import { useTranslation } from 'react-i18next';
import { isLeadRole } from '../../../shared/api/whoami.js';
import { useConsoleState, useController } from '../state/context.js';
import { breachKey } from './breach-cues.js';
import { useSlaBreaches } from './sla-breaches.js';
import { breachText } from './useSlaBreachCues.js';

/**
 * The SLA breaches announced to a lead (useSlaBreachCues): a polite live region, so a screen reader reads each new
 * one, with a button to open the ticket and one to dismiss the notice. Nothing for other roles.
 */
export function SlaBreachNotices() {
  const { t, i18n } = useTranslation();
  const role = useConsoleState((s) => s.status?.role ?? null);
  const notices = useSlaBreaches((s) => s.notices);
  const looks = useSlaBreaches((s) => s.looks);
  const dismiss = useSlaBreaches((s) => s.dismiss);
  const controller = useController();
  if (!isLeadRole(role)) return null;
  return (
    <section className="sla-breaches" aria-label={t('sla.noticesLabel')} data-testid="sla-breaches" data-looks={looks}>
      <ul aria-live="polite" aria-relevant="additions">
        {notices.map((breach) => (
          <li key={breachKey(breach)} className="sla-breach" data-breach={breachKey(breach)}>
            <span className="sla-breach-title">{t('sla.breachTitle')}</span>
            <span dir="auto">{breachText(i18n, breach)}</span>
            <button
              type="button"
              onClick={() => {
                controller.setTab('inbox');
                controller.openTicket(breach.id);
                dismiss(breach);
              }}
            >
              {t('sla.open')}
            </button>
            <button type="button" onClick={() => dismiss(breach)}>
              {t('sla.dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
