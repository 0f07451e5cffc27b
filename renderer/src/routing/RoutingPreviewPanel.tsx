import { useTranslation } from 'react-i18next';
import { AI_ROUTES, type AiRoute } from '../../../shared/domain/ai-assist.js';
import type { RoutingPreview } from '../../../shared/routing/routing-preview.js';
import { ChangedTicketCell } from '../components/ChangedTicketCell.js';
import { useFormat } from '../format/useFormat.js';
import { useUsd } from './usd.js';

/** How many changed tickets the panel lists; the rest are counted. */
const SHOWN_CHANGES = 20;

interface Props {
  preview: RoutingPreview | null;
  /** The preview's refusal (offline it still reads the cache; an agent's console is refused). */
  error: string | null;
  /** Whether the figures are of an earlier edit (a new preview is on its way, or the edits do not read). */
  stale: boolean;
  modelDown: boolean;
  onModelDown(down: boolean): void;
}

/**
 * What the edited policy would do to the decided tickets of the last 7 days in the cache, against the policy in
 * force: the share of each route, the tickets that change route, and the month's estimated model cost.
 */
export function RoutingPreviewPanel({ preview, error, stale, modelDown, onModelDown }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const usd = useUsd();
  const route = (r: AiRoute) => t(`routing.route.${r}`);
  const share = (n: number, of: number) => (of === 0 ? '–' : fmt.percent(n / of));
  return (
    <section className="routing-preview" aria-labelledby="routing-preview-title" data-testid="routing-preview">
      <h3 id="routing-preview-title">{t('routing.preview.title')}</h3>
      <label className="admin-check">
        <input
          type="checkbox"
          checked={modelDown}
          onChange={(event) => onModelDown(event.target.checked)}
          data-testid="routing-preview-model-down"
        />{' '}
        {t('routing.preview.modelDown')}
      </label>
      {error ? (
        <p className="error-message" role="alert" data-testid="routing-preview-error">
          {error}
        </p>
      ) : null}
      {!preview ? null : (
        <div aria-busy={stale} className={stale ? 'routing-stale' : undefined}>
          <p className="admin-hint" data-testid="routing-preview-window">
            {t('routing.preview.window', {
              from: fmt.dateTime(preview.from),
              to: fmt.dateTime(preview.to),
              compared: fmt.number(preview.compared),
              undecided: fmt.number(preview.undecided),
            })}
          </p>
          <table className="routing-table" data-testid="routing-preview-routes">
            <caption>{t('routing.preview.routes')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('routing.preview.route')}</th>
                <th scope="col">{t('routing.preview.now')}</th>
                <th scope="col">{t('routing.preview.edited')}</th>
              </tr>
            </thead>
            <tbody>
              {AI_ROUTES.map((r) => (
                <tr key={r} data-testid={`routing-route-${r}`}>
                  <th scope="row">{route(r)}</th>
                  <td data-testid="now">
                    {share(preview.routes.now[r], preview.compared)} ({fmt.number(preview.routes.now[r])})
                  </td>
                  <td data-testid="edited">
                    {share(preview.routes.edited[r], preview.compared)} ({fmt.number(preview.routes.edited[r])})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p data-testid="routing-assisted">
            {t('routing.preview.assisted', {
              now: fmt.number(preview.assisted.now),
              edited: fmt.number(preview.assisted.edited),
            })}
          </p>
          <p data-testid="routing-changed">
            <strong>{t('routing.preview.changed', { count: preview.changed })}</strong>{' '}
            {preview.moves
              .map((move) =>
                t('routing.preview.move', { from: route(move.from), to: route(move.to), count: move.count }),
              )
              .join(' · ')}
          </p>
          <Cost preview={preview} usd={usd} />
          {preview.changes.length > 0 ? (
            <table className="routing-table" data-testid="routing-changes">
              <caption>{t('routing.preview.tickets')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('routing.preview.ticket')}</th>
                  <th scope="col">{t('routing.preview.now')}</th>
                  <th scope="col">{t('routing.preview.edited')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.changes.slice(0, SHOWN_CHANGES).map((change) => (
                  <tr key={change.ticketId} data-testid={`routing-change-${change.ticketId}`}>
                    <ChangedTicketCell subject={change.subject} createdAt={change.createdAt} intent={change.intent} />
                    <td>{route(change.before)}</td>
                    <td>{route(change.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {preview.changed > SHOWN_CHANGES ? (
            <p className="admin-hint">{t('routing.preview.more', { shown: SHOWN_CHANGES, total: preview.changed })}</p>
          ) : null}
        </div>
      )}
    </section>
  );
}

function Cost({ preview, usd }: { preview: RoutingPreview; usd: (amount: number) => string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { cost } = preview;
  const over = cost.budgetUsd !== null && cost.estimatedMonthUsd !== null && cost.estimatedMonthUsd > cost.budgetUsd;
  return (
    <dl className="routing-cost" data-testid="routing-cost">
      <dt>{t(cost.spentFrom === 'queue' ? 'routing.cost.spent' : 'routing.cost.spentCache')}</dt>
      <dd data-testid="routing-cost-spent">{usd(cost.spentUsd)}</dd>
      <dt>{t('routing.cost.average')}</dt>
      <dd data-testid="routing-cost-average">
        {cost.averageModelCostUsd === null
          ? t('routing.cost.noCost')
          : t('routing.cost.averageValue', { cost: usd(cost.averageModelCostUsd), count: cost.costedTickets })}
      </dd>
      <dt>{t('routing.cost.projected')}</dt>
      <dd data-testid="routing-cost-projected">{fmt.number(Math.round(cost.projectedModelTickets))}</dd>
      <dt>{t('routing.cost.estimate')}</dt>
      <dd data-testid="routing-cost-estimate">
        {cost.estimatedMonthUsd === null ? t('routing.cost.noCost') : usd(cost.estimatedMonthUsd)}{' '}
        {cost.budgetUsd === null
          ? t('routing.cost.noBudget')
          : t('routing.cost.ofBudget', { budget: usd(cost.budgetUsd) })}
      </dd>
      {over || cost.budgetState !== 'ok' ? (
        <dd className="routing-warning" role="status" data-testid="routing-cost-warning">
          {cost.budgetState === 'exhausted'
            ? t('routing.cost.exhausted')
            : cost.budgetState === 'warning'
              ? t('routing.cost.warning')
              : t('routing.cost.over')}
        </dd>
      ) : null}
    </dl>
  );
}
