import type { Dashboard, DashboardRow } from './dashboard.js';
import type { MetricValues } from './metric-values.js';

/** The columns of every dashboard table and CSV export, in order; ids double as i18n keys. */
export const METRIC_COLUMNS = [
  'tickets',
  'closed',
  'containment',
  'confirmedResolutionRate',
  'assumedResolutionRate',
  'escalationRate',
  'missedEscalationRate',
  'needlessEscalationRate',
  'firstResponseMedianSeconds',
  'firstResponseMeanSeconds',
  'handleTimeMeanSeconds',
  'csatMean',
  'csatAiMean',
  'csatHumanMean',
  'csatSatisfiedShare',
  'csatAiSatisfiedShare',
  'csatHumanSatisfiedShare',
  'modelCostUsd',
  'costPerResolutionUsd',
] as const;
export type MetricColumn = (typeof METRIC_COLUMNS)[number];

/** One figure of a row: a number, or null when it has no value (a share with nothing to divide by). */
export function metricCell(metrics: MetricValues, column: MetricColumn): number | null {
  switch (column) {
    case 'tickets':
      return metrics.tickets;
    case 'closed':
      return metrics.closed;
    case 'containment':
      return metrics.containment;
    case 'confirmedResolutionRate':
      return metrics.confirmedResolutionRate;
    case 'assumedResolutionRate':
      return metrics.assumedResolutionRate;
    case 'escalationRate':
      return metrics.escalationRate;
    case 'missedEscalationRate':
      return metrics.missedEscalationRate;
    case 'needlessEscalationRate':
      return metrics.needlessEscalationRate;
    case 'firstResponseMedianSeconds':
      return metrics.firstResponse.medianSeconds;
    case 'firstResponseMeanSeconds':
      return metrics.firstResponse.meanSeconds;
    case 'handleTimeMeanSeconds':
      return metrics.handleTime.meanSeconds;
    case 'csatMean':
      return metrics.csat.all.mean;
    case 'csatAiMean':
      return metrics.csat.ai.mean;
    case 'csatHumanMean':
      return metrics.csat.human.mean;
    case 'csatSatisfiedShare':
      return metrics.csat.all.satisfiedShare;
    case 'csatAiSatisfiedShare':
      return metrics.csat.ai.satisfiedShare;
    case 'csatHumanSatisfiedShare':
      return metrics.csat.human.satisfiedShare;
    case 'modelCostUsd':
      return metrics.cost.modelUsd;
    case 'costPerResolutionUsd':
      return metrics.cost.perResolutionUsd;
  }
}

export interface CsvLabels {
  /** Header of the first column (the grouping: day, queue...). */
  group: string;
  column: (column: MetricColumn) => string;
  /** The row name for tickets without a value, and for the totals row. */
  none: string;
  total: string;
}

/**
 * RFC 4180 CSV of a dashboard table: a header, one line per row, then the totals. Numbers are written
 * plain (dot decimal, full precision) so spreadsheets in any locale read them; empty cells have no value.
 */
export function dashboardCsv(dashboard: Dashboard, labels: CsvLabels): string {
  const header = [labels.group, ...METRIC_COLUMNS.map(labels.column)];
  const line = (name: string, row: DashboardRow['metrics']) => [
    name,
    ...METRIC_COLUMNS.map((c) => numberCell(metricCell(row, c))),
  ];
  const lines = [
    header,
    ...dashboard.rows.map((row) => line(row.key ?? labels.none, row.metrics)),
    line(labels.total, dashboard.total),
  ];
  return `${lines.map((cells) => cells.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function numberCell(value: number | null): string {
  if (value === null) return '';
  return String(Math.round(value * 1e6) / 1e6);
}

function csvField(value: string): string {
  // A leading =, +, - or @ would run as a formula in spreadsheets: quote it with an apostrophe guard.
  const guarded = /^[=+\-@]/.test(value) && Number.isNaN(Number(value)) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
