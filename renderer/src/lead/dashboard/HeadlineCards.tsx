import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../shared/metrics/dashboard.js';
import type { SlaTargetFigures } from '../../../../shared/metrics/sla-figures.js';
import { useFormat } from '../../format/useFormat.js';
import { FigureCard, type Figure } from './FigureCard.js';

/** The metric columns the headline shows (the rest of the cards leave them out). */
export const HEADLINE_COLUMNS = ['aiResolutionRate', 'containment'] as const;

/**
 * The figures a lead reads first: the AI resolution rate of all tickets received beside containment (which counts
 * closed tickets only), the open backlog now, % within SLA and the after-hours capture.
 */
export function HeadlineCards({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const titleId = useId();
  const { total, backlog, sla } = dashboard;
  const share = (value: number | null) => (value === null ? '–' : fmt.percent(value));
  const ofWhole = (key: string, part: number, whole: number) =>
    t(key, { part: fmt.number(part), whole: fmt.number(whole) });
  const withinSla = (metric: string, label: string, target: SlaTargetFigures): Figure => ({
    metric,
    label,
    value: target.withinShare,
    text: share(target.withinShare),
    basis: ofWhole('lead.sla.onTime', target.met, target.met + target.breached),
  });
  const figures: Figure[] = [
    {
      metric: 'aiResolutionRate',
      label: t('lead.columns.aiResolutionRate'),
      value: total.aiResolutionRate,
      text: share(total.aiResolutionRate),
      basis: ofWhole('lead.basis.ofReceived', total.resolvedByAi, total.tickets),
    },
    {
      metric: 'containment',
      label: t('lead.columns.containment'),
      value: total.containment,
      text: share(total.containment),
      basis: ofWhole('lead.basis.ofClosed', total.contained, total.closed),
    },
    {
      metric: 'backlog',
      label: t('lead.backlog.title'),
      value: backlog.tickets,
      text: fmt.number(backlog.tickets),
      basis: t('lead.backlog.basis'),
    },
    withinSla('slaFirstReply', t('lead.sla.firstReply'), sla.total.firstReply),
    withinSla('slaResolution', t('lead.sla.resolution'), sla.total.resolution),
    {
      metric: 'afterHoursCapture',
      label: t('lead.sla.afterHours'),
      value: sla.total.afterHours.capture,
      text: share(sla.total.afterHours.capture),
      basis: ofWhole('lead.sla.outsideHours', sla.total.afterHours.resolvedByAi, sla.total.afterHours.received),
    },
  ];
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId} className="visually-hidden">
        {t('lead.dashboard.headline')}
      </h3>
      <dl className="headline-cards" data-testid="dashboard-headline">
        {figures.map((figure) => (
          <FigureCard key={figure.metric} figure={figure} className="summary-card headline-card" />
        ))}
      </dl>
    </section>
  );
}
