import type { MetricColumn } from '../../../../shared/metrics/dashboard-csv.js';
import type { Formatters } from '../../format/formatters.js';

type Kind = 'count' | 'share' | 'duration' | 'score' | 'usd';

const KIND: Record<MetricColumn, Kind> = {
  tickets: 'count',
  closed: 'count',
  aiResolutionRate: 'share',
  containment: 'share',
  confirmedResolutionRate: 'share',
  assumedResolutionRate: 'share',
  escalationRate: 'share',
  missedEscalationRate: 'share',
  needlessEscalationRate: 'share',
  firstResponseMedianSeconds: 'duration',
  firstResponseMeanSeconds: 'duration',
  handleTimeMeanSeconds: 'duration',
  csatMean: 'score',
  csatAiMean: 'score',
  csatHumanMean: 'score',
  csatSatisfiedShare: 'share',
  csatAiSatisfiedShare: 'share',
  csatHumanSatisfiedShare: 'share',
  modelCostUsd: 'usd',
  costPerResolutionUsd: 'usd',
};

export function isShareColumn(column: MetricColumn): boolean {
  return KIND[column] === 'share';
}

/** A figure written the UI locale's way; a dash when it has no value. */
export function formatMetric(fmt: Formatters, column: MetricColumn, value: number | null): string {
  if (value === null) return '–';
  switch (KIND[column]) {
    case 'count':
      return fmt.number(value);
    case 'share':
      return fmt.percent(value);
    case 'duration':
      return fmt.duration(value);
    case 'score':
      return fmt.number(Math.round(value * 100) / 100);
    case 'usd':
      return fmt.currency(value, 'USD');
  }
}
