import { useTranslation } from 'react-i18next';
import type { Backlog } from '../../../../shared/metrics/backlog.js';
import { useFormat } from '../../format/useFormat.js';

/** The length of the largest queue's bar. */
const BAR_REM = 8;

/** The tickets waiting for a person now, by owner queue, each with a bar of its part of the backlog. */
export function BacklogPanel({ backlog }: { backlog: Backlog }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const largest = backlog.byQueue[0]?.tickets ?? 0;
  return (
    <section className="dashboard-panel" data-testid="dashboard-backlog">
      <h3>{t('lead.backlog.byQueue')}</h3>
      {backlog.tickets === 0 ? (
        <p className="empty-state">{t('lead.backlog.empty')}</p>
      ) : (
        <table className="dashboard-table panel-table">
          <thead>
            <tr>
              <th scope="col">{t('lead.dimensions.queue')}</th>
              <th scope="col">{t('lead.columns.tickets')}</th>
            </tr>
          </thead>
          <tbody>
            {backlog.byQueue.map((row) => (
              <tr key={row.queue ?? ''} data-key={row.queue ?? ''}>
                <th scope="row">{row.queue ?? t('lead.dashboard.none')}</th>
                <td data-value={row.tickets}>
                  <span className="backlog-count">
                    <span
                      className="backlog-bar"
                      aria-hidden="true"
                      style={{ inlineSize: `${(BAR_REM * row.tickets) / Math.max(1, largest)}rem` }}
                    />
                    {fmt.number(row.tickets)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-key="total">
              <th scope="row">{t('lead.dashboard.total')}</th>
              <td data-value={backlog.tickets}>{fmt.number(backlog.tickets)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
