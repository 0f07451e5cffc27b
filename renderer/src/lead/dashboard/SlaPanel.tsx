import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaFigures, SlaGroup, SlaRow } from '../../../../shared/metrics/sla-figures.js';
import { useFormat } from '../../format/useFormat.js';

/** How a row measured by another queue's policy says so. */
const POLICY_NOTE: Record<Exclude<SlaRow['policy'], 'own'>, string> = {
  catch_all: 'lead.sla.catchAll',
  default: 'lead.sla.defaultPolicy',
};

/** % within SLA (first reply, resolution) and after-hours capture per queue, with the counts behind each share. */
export function SlaPanel({ sla }: { sla: SlaFigures }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const titleId = useId();
  const cell = (value: number | null, part: number, whole: number, column: string) => (
    <td data-column={column} data-value={value ?? ''}>
      {value === null ? '–' : fmt.percent(value)}
      <span className="cell-basis">{t('lead.sla.fraction', { part: fmt.number(part), whole: fmt.number(whole) })}</span>
    </td>
  );
  const cells = (group: SlaGroup) => (
    <>
      <td data-column="tickets" data-value={group.tickets}>
        {fmt.number(group.tickets)}
      </td>
      {cell(
        group.firstReply.withinShare,
        group.firstReply.met,
        group.firstReply.met + group.firstReply.breached,
        'firstReply',
      )}
      {cell(
        group.resolution.withinShare,
        group.resolution.met,
        group.resolution.met + group.resolution.breached,
        'resolution',
      )}
      {cell(group.afterHours.capture, group.afterHours.resolvedByAi, group.afterHours.received, 'afterHours')}
    </>
  );
  return (
    <section className="dashboard-panel" data-testid="dashboard-sla">
      <h3 id={titleId}>{t('lead.sla.title')}</h3>
      {sla.total.tickets === 0 ? (
        <p className="empty-state">{t('lead.dashboard.empty')}</p>
      ) : (
        <div className="dashboard-table-wrap" role="region" aria-labelledby={titleId} tabIndex={0}>
          <table className="dashboard-table panel-table">
            <thead>
              <tr>
                <th scope="col">{t('lead.dimensions.queue')}</th>
                <th scope="col">{t('lead.columns.tickets')}</th>
                <th scope="col">{t('lead.sla.firstReply')}</th>
                <th scope="col">{t('lead.sla.resolution')}</th>
                <th scope="col">{t('lead.sla.afterHours')}</th>
              </tr>
            </thead>
            <tbody>
              {sla.rows.map((row) => (
                <tr key={row.queue ?? ''} data-key={row.queue ?? ''} data-policy={row.policy}>
                  <th scope="row">
                    {row.queue ?? t('lead.dashboard.none')}
                    {row.policy === 'own' ? null : <span className="cell-basis">{t(POLICY_NOTE[row.policy])}</span>}
                  </th>
                  {cells(row)}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-key="total">
                <th scope="row">{t('lead.dashboard.total')}</th>
                {cells(sla.total)}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {sla.rows.length > 0 && sla.rows.every((row) => row.policy === 'default') ? (
        <p className="dashboard-note" data-testid="dashboard-sla-default">
          {t('lead.sla.none')}
        </p>
      ) : null}
      <p className="dashboard-note">{t('lead.sla.explain')}</p>
    </section>
  );
}
