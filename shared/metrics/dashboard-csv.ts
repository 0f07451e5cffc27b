import type { Dashboard, DashboardRow } from './dashboard.js';
import type { MetricValues } from './metric-values.js';

/** How each figure of a row is read; a share with nothing to divide by has no value (null). */
type MetricReader = (metrics: MetricValues) => number | null;

/** The columns of every dashboard table and CSV export, in order (ids double as i18n keys), each with its reader. */
const METRIC_READERS = {
  tickets: (m) => m.tickets,
  closed: (m) => m.closed,
  aiResolutionRate: (m) => m.aiResolutionRate,
  containment: (m) => m.containment,
  confirmedResolutionRate: (m) => m.confirmedResolutionRate,
  assumedResolutionRate: (m) => m.assumedResolutionRate,
  escalationRate: (m) => m.escalationRate,
  missedEscalationRate: (m) => m.missedEscalationRate,
  needlessEscalationRate: (m) => m.needlessEscalationRate,
  firstResponseMedianSeconds: (m) => m.firstResponse.medianSeconds,
  firstResponseMeanSeconds: (m) => m.firstResponse.meanSeconds,
  handleTimeMeanSeconds: (m) => m.handleTime.meanSeconds,
  csatMean: (m) => m.csat.all.mean,
  csatAiMean: (m) => m.csat.ai.mean,
  csatHumanMean: (m) => m.csat.human.mean,
  csatSatisfiedShare: (m) => m.csat.all.satisfiedShare,
  csatAiSatisfiedShare: (m) => m.csat.ai.satisfiedShare,
  csatHumanSatisfiedShare: (m) => m.csat.human.satisfiedShare,
  modelCostUsd: (m) => m.cost.modelUsd,
  costPerResolutionUsd: (m) => m.cost.perResolutionUsd,
} satisfies Record<string, MetricReader>;

export type MetricColumn = keyof typeof METRIC_READERS;
export const METRIC_COLUMNS = Object.keys(METRIC_READERS) as readonly MetricColumn[];

/** One figure of a row: a number, or null when it has no value (a share with nothing to divide by). */
export function metricCell(metrics: MetricValues, column: MetricColumn): number | null {
  return METRIC_READERS[column](metrics);
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
