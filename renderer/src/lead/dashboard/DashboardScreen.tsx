import { useCallback, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_HOURLY_COST_USD,
  DIMENSIONS,
  type Dashboard,
  type Dimension,
} from '../../../../shared/metrics/dashboard.js';
import { dashboardCsv, METRIC_COLUMNS, metricCell } from '../../../../shared/metrics/dashboard-csv.js';
import type { Formatters } from '../../format/formatters.js';
import { useFormat } from '../../format/useFormat.js';
import { useController } from '../../state/context.js';
import { useLatestRequest } from '../../state/useLatestRequest.js';
import { tagViewOf, useTenantTags } from '../../tags/tenant-tags.js';
import { BacklogPanel } from './BacklogPanel.js';
import { HeadlineCards } from './HeadlineCards.js';
import { MetricChart, type ChartSeries } from './MetricChart.js';
import { formatMetric } from './metric-format.js';
import type { MetricColumn } from '../../../../shared/metrics/dashboard-csv.js';
import { SlaPanel } from './SlaPanel.js';
import { SummaryCards } from './SummaryCards.js';

interface Controls {
  from: string;
  to: string;
  groupBy: Dimension;
  hourlyCost: string;
}

const DAY_MS = 24 * 3600 * 1000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function initialControls(): Controls {
  const now = Date.now();
  return {
    from: isoDay(now - 29 * DAY_MS),
    to: isoDay(now),
    groupBy: 'day',
    hourlyCost: String(DEFAULT_HOURLY_COST_USD),
  };
}

/** The lead dashboard: every DESIGN.md metric from this console's cache (so it works offline), by one dimension. */
export function DashboardScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { api } = useController();
  const id = useId();
  const [controls, setControls] = useState<Controls>(initialControls);
  const [applied, setApplied] = useState<Controls>(controls);
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const beginLoad = useLatestRequest();
  const tags = useTenantTags();

  const load = useCallback(
    async (current: Controls) => {
      const hourly = Number(current.hourlyCost);
      if (!Number.isFinite(hourly) || hourly < 0) return setError(t('lead.dashboard.badHourlyCost'));
      const isLatest = beginLoad();
      const result = await api.getDashboard({
        groupBy: current.groupBy,
        hourlyCostUsd: hourly,
        ...(current.from ? { from: current.from } : {}),
        ...(current.to ? { to: current.to } : {}),
      });
      if (!isLatest()) return;
      if (!result.ok) return setError(result.error.message);
      setError(null);
      setDashboard(result.value);
    },
    [api, beginLoad, t],
  );

  useEffect(() => {
    void load(applied);
    // Figures follow the cache: a sync, a review or a reopen moves them; so does a changed SLA policy or channel.
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = api.subscribe((event) => {
      if (event.type !== 'tickets_changed' && event.type !== 'settings_changed') return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void load(applied), 300);
    });
    return () => {
      if (timer) clearTimeout(timer);
      stop();
    };
  }, [api, applied, load]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setApplied(controls);
  };
  const change = (patch: Partial<Controls>) => setControls((c) => ({ ...c, ...patch }));

  const rowName = useCallback(
    (key: string | null, groupBy: Dimension) => {
      if (key === null) return t('lead.dashboard.none');
      if (groupBy === 'day') return fmt.date(`${key}T00:00:00Z`);
      if (groupBy === 'language') return fmt.languageName(key);
      if (groupBy === 'tag') return tagViewOf(tags, key).name;
      return key;
    },
    [fmt, t, tags],
  );

  const chart = useMemo(() => {
    if (!dashboard || dashboard.rows.length === 0) return null;
    const categories = dashboard.rows.map((row) => rowName(row.key, dashboard.groupBy));
    const pick = (column: (typeof METRIC_COLUMNS)[number], color: string): ChartSeries => ({
      label: t(`lead.columns.${column}`),
      color,
      values: dashboard.rows.map((row) => metricCell(row.metrics, column)),
    });
    return {
      categories,
      series: [
        pick('aiResolutionRate', '#0f766e'),
        pick('containment', '#2563eb'),
        pick('escalationRate', '#d97706'),
        pick('missedEscalationRate', '#dc2626'),
        pick('needlessEscalationRate', '#7c3aed'),
        pick('csatSatisfiedShare', '#059669'),
      ],
    };
  }, [dashboard, rowName, t]);

  const exportCsv = () => {
    if (!dashboard) return;
    const csv = dashboardCsv(dashboard, {
      group: t(`lead.dimensions.${dashboard.groupBy}`),
      column: (column) => t(`lead.columns.${column}`),
      none: t('lead.dashboard.none'),
      total: t('lead.dashboard.total'),
    });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `switchboard-${dashboard.groupBy}-${dashboard.from ?? 'all'}-${dashboard.to ?? 'all'}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <div className="dashboard" data-testid="dashboard">
      <h2>{t('lead.dashboard.title')}</h2>
      <form className="dashboard-controls" onSubmit={submit}>
        <label htmlFor={`${id}-from`}>{t('lead.dashboard.from')}</label>
        <input id={`${id}-from`} type="date" value={controls.from} onChange={(e) => change({ from: e.target.value })} />
        <label htmlFor={`${id}-to`}>{t('lead.dashboard.to')}</label>
        <input id={`${id}-to`} type="date" value={controls.to} onChange={(e) => change({ to: e.target.value })} />
        <label htmlFor={`${id}-group`}>{t('lead.dashboard.groupBy')}</label>
        <select
          id={`${id}-group`}
          data-testid="dashboard-group"
          value={controls.groupBy}
          onChange={(e) => change({ groupBy: e.target.value as Dimension })}
        >
          {DIMENSIONS.map((dimension) => (
            <option key={dimension} value={dimension}>
              {t(`lead.dimensions.${dimension}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-cost`}>{t('lead.dashboard.hourlyCost')}</label>
        <input
          id={`${id}-cost`}
          type="number"
          min={0}
          step="0.5"
          inputMode="decimal"
          value={controls.hourlyCost}
          onChange={(e) => change({ hourlyCost: e.target.value })}
        />
        <button type="submit" data-testid="dashboard-apply">
          {t('lead.dashboard.apply')}
        </button>
        <button type="button" data-testid="dashboard-export" onClick={exportCsv} disabled={!dashboard}>
          {t('lead.dashboard.exportCsv')}
        </button>
      </form>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {dashboard ? (
        <>
          <p className="dashboard-note">
            {t('lead.dashboard.computedAt', { time: fmt.dateTime(dashboard.computedAt) })}
          </p>
          <HeadlineCards dashboard={dashboard} />
          <SummaryCards metrics={dashboard.total} />
          <div className="dashboard-panels">
            <section className="dashboard-panel dashboard-panel-chart">
              {chart ? (
                <MetricChart
                  title={t('lead.dashboard.chartTitle', { group: t(`lead.dimensions.${dashboard.groupBy}`) })}
                  categories={chart.categories}
                  series={chart.series}
                  formatValue={fmt.percent}
                  testId="dashboard-chart"
                />
              ) : (
                <p className="empty-state">{t('lead.dashboard.empty')}</p>
              )}
            </section>
            <SlaPanel sla={dashboard.sla} />
            <BacklogPanel backlog={dashboard.backlog} />
          </div>
          {/* Wider than the screen it scrolls: focusable, so the keyboard scrolls it too. */}
          <div className="dashboard-table-wrap" role="region" aria-labelledby={`${id}-table`} tabIndex={0}>
            <table className="dashboard-table" data-testid="dashboard-table">
              <caption id={`${id}-table`}>
                {t('lead.dashboard.tableCaption', { group: t(`lead.dimensions.${dashboard.groupBy}`) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t(`lead.dimensions.${dashboard.groupBy}`)}</th>
                  {METRIC_COLUMNS.map((column) => (
                    <th scope="col" key={column}>
                      {t(`lead.columns.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {dashboard.rows.map((row) => (
                  <tr key={row.key ?? ''} data-key={row.key ?? ''}>
                    <th scope="row">{rowName(row.key, dashboard.groupBy)}</th>
                    {METRIC_COLUMNS.map((column) => (
                      <MetricCell key={column} fmt={fmt} column={column} value={metricCell(row.metrics, column)} />
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr data-key="total">
                  <th scope="row">{t('lead.dashboard.total')}</th>
                  {METRIC_COLUMNS.map((column) => (
                    <MetricCell key={column} fmt={fmt} column={column} value={metricCell(dashboard.total, column)} />
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      ) : null}
    </div>
  );
}

/** One figure, formatted for the locale; the exact value rides along in data-value (tests, copy). */
function MetricCell({ fmt, column, value }: { fmt: Formatters; column: MetricColumn; value: number | null }) {
  return (
    <td data-column={column} data-value={value ?? ''}>
      {formatMetric(fmt, column, value)}
    </td>
  );
}
