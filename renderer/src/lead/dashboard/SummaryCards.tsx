import { useTranslation } from 'react-i18next';
import { METRIC_COLUMNS, metricCell, type MetricColumn } from '../../../../shared/metrics/dashboard-csv.js';
import type { MetricValues } from '../../../../shared/metrics/metric-values.js';
import { useFormat } from '../../format/useFormat.js';
import { formatMetric } from './metric-format.js';

/** The table's columns that are no headline card: the raw counts and the finer rating, time and cost splits. */
const NOT_CARDS: ReadonlySet<MetricColumn> = new Set<MetricColumn>([
  'tickets',
  'closed',
  'firstResponseMeanSeconds',
  'csatMean',
  'csatSatisfiedShare',
  'csatAiSatisfiedShare',
  'csatHumanSatisfiedShare',
  'modelCostUsd',
]);
/** The headline figures, in the table's order. */
const CARDS = METRIC_COLUMNS.filter((column) => !NOT_CARDS.has(column));

/** The period's headline figures, each with the counts behind it. */
export function SummaryCards({ metrics }: { metrics: MetricValues }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const basis: Partial<Record<MetricColumn, string>> = {
    containment: t('lead.basis.ofClosed', { part: fmt.number(metrics.contained), whole: fmt.number(metrics.closed) }),
    confirmedResolutionRate: t('lead.basis.ofClosed', {
      part: fmt.number(metrics.confirmedResolutions),
      whole: fmt.number(metrics.closed),
    }),
    assumedResolutionRate: t('lead.basis.ofClosed', {
      part: fmt.number(metrics.assumedResolutions),
      whole: fmt.number(metrics.closed),
    }),
    escalationRate: t('lead.basis.ofAiHandled', {
      part: fmt.number(metrics.escalated),
      whole: fmt.number(metrics.aiHandled),
    }),
    missedEscalationRate: t('lead.basis.ofAiResolved', {
      part: fmt.number(metrics.missedEscalations),
      whole: fmt.number(metrics.aiResolved),
    }),
    needlessEscalationRate: t('lead.basis.ofEscalated', {
      part: fmt.number(metrics.needlessEscalations),
      whole: fmt.number(metrics.escalated),
    }),
    csatAiMean: t('lead.basis.ratings', { count: metrics.csat.ai.ratings }),
    csatHumanMean: t('lead.basis.ratings', { count: metrics.csat.human.ratings }),
  };
  return (
    <dl className="summary-cards" data-testid="dashboard-summary">
      {CARDS.map((column) => (
        <div key={column} className="summary-card" data-metric={column} data-value={metricCell(metrics, column) ?? ''}>
          <dt>{t(`lead.columns.${column}`)}</dt>
          <dd>
            <span className="summary-value">{formatMetric(fmt, column, metricCell(metrics, column))}</span>
            {basis[column] ? <span className="summary-basis">{basis[column]}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
