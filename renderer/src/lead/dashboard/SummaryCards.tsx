import { useTranslation } from 'react-i18next';
import { METRIC_COLUMNS, metricCell, type MetricColumn } from '../../../../shared/metrics/dashboard-csv.js';
import type { MetricValues } from '../../../../shared/metrics/metric-values.js';
import { useFormat } from '../../format/useFormat.js';
import { FigureCard } from './FigureCard.js';
import { HEADLINE_COLUMNS } from './HeadlineCards.js';
import { formatMetric } from './metric-format.js';

/** The table's columns that are no card here: the headline's, the raw counts and the finer rating, time and cost splits. */
const NOT_CARDS: ReadonlySet<MetricColumn> = new Set<MetricColumn>([
  ...HEADLINE_COLUMNS,
  'tickets',
  'closed',
  'firstResponseMeanSeconds',
  'csatMean',
  'csatSatisfiedShare',
  'csatAiSatisfiedShare',
  'csatHumanSatisfiedShare',
  'modelCostUsd',
]);
/** The other period figures, in the table's order. */
const CARDS = METRIC_COLUMNS.filter((column) => !NOT_CARDS.has(column));

/** The period's other figures, each with the counts behind it. */
export function SummaryCards({ metrics }: { metrics: MetricValues }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const ofWhole = (key: string, part: number, whole: number) =>
    t(key, { part: fmt.number(part), whole: fmt.number(whole) });
  const basis: Partial<Record<MetricColumn, string>> = {
    confirmedResolutionRate: ofWhole('lead.basis.ofClosed', metrics.confirmedResolutions, metrics.closed),
    assumedResolutionRate: ofWhole('lead.basis.ofClosed', metrics.assumedResolutions, metrics.closed),
    escalationRate: ofWhole('lead.basis.ofAiHandled', metrics.escalated, metrics.aiHandled),
    missedEscalationRate: ofWhole('lead.basis.ofAiResolved', metrics.missedEscalations, metrics.aiResolved),
    needlessEscalationRate: ofWhole('lead.basis.ofEscalated', metrics.needlessEscalations, metrics.escalated),
    csatAiMean: t('lead.basis.ratings', { count: metrics.csat.ai.ratings }),
    csatHumanMean: t('lead.basis.ratings', { count: metrics.csat.human.ratings }),
  };
  return (
    <dl className="summary-cards" data-testid="dashboard-summary">
      {CARDS.map((column) => (
        <FigureCard
          key={column}
          className="summary-card"
          figure={{
            metric: column,
            label: t(`lead.columns.${column}`),
            value: metricCell(metrics, column),
            text: formatMetric(fmt, column, metricCell(metrics, column)),
            basis: basis[column],
          }}
        />
      ))}
    </dl>
  );
}
