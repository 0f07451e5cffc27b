import { useTranslation } from 'react-i18next';
import type { PreviewTally, RuleOutcome, RulesPreview } from '../../../../shared/rules/rules-preview.js';
import { ChangedTicketCell } from '../../components/ChangedTicketCell.js';
import { useFormat } from '../../format/useFormat.js';

interface Props {
  preview: RulesPreview;
  /** The rules changed after this preview was made. */
  stale: boolean;
  queueName(id: string): string;
}

/** What the edited rules would have done to the last 7 days of cached tickets, next to what happened. */
export function RulesPreviewPanel({ preview, stale, queueName }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const outcome = (o: RuleOutcome) =>
    o.action === 'resolve'
      ? t('rules.preview.resolve')
      : t('rules.preview.escalate', { queue: queueName(o.ownerQueue), rule: o.ruleId });
  const tallyTable = (
    title: string,
    keyHeader: string,
    rows: readonly PreviewTally[],
    name: (key: string | null) => string,
    testId: string,
  ) => (
    <table className="rules-tally" data-testid={testId}>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{keyHeader}</th>
          <th scope="col">{t('rules.preview.gained')}</th>
          <th scope="col">{t('rules.preview.lost')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={String(row.key)} data-testid={`${testId}-${row.key ?? 'ai'}`}>
            <th scope="row">{name(row.key)}</th>
            <td data-testid="gained">{fmt.number(row.gained)}</td>
            <td data-testid="lost">{fmt.number(row.lost)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  const figures: Array<[string, number, string]> = [
    ['compared', preview.compared, 'preview-compared'],
    ['changed', preview.changed, 'preview-changed'],
    ['newlyEscalated', preview.newlyEscalated, 'preview-newly-escalated'],
    ['newlyResolved', preview.newlyResolved, 'preview-newly-resolved'],
    ['undecided', preview.undecided, 'preview-undecided'],
  ];
  return (
    <section className="rules-preview" aria-labelledby="rules-preview-title" data-testid="rules-preview">
      <h3 id="rules-preview-title">{t('rules.preview.title')}</h3>
      {stale ? (
        <p className="rules-stale" role="status" data-testid="rules-preview-stale">
          {t('rules.preview.stale')}
        </p>
      ) : null}
      <p className="rules-note">
        {t('rules.preview.window', { from: fmt.dateTime(preview.from), to: fmt.dateTime(preview.to) })}
      </p>
      <dl className="summary-cards">
        {figures.map(([key, value, testId]) => (
          <div className="summary-card" key={key}>
            <dt>{t(`rules.preview.${key}`)}</dt>
            <dd>
              <span className="summary-value" data-testid={testId}>
                {fmt.number(value)}
              </span>
            </dd>
          </div>
        ))}
      </dl>
      {preview.changed === 0 ? (
        <p data-testid="preview-none">{t('rules.preview.none')}</p>
      ) : (
        <>
          <div className="rules-tallies">
            {tallyTable(
              t('rules.preview.byRule'),
              t('rules.preview.rule'),
              preview.byRule,
              (key) => key ?? '',
              'preview-by-rule',
            )}
            {tallyTable(
              t('rules.preview.byQueue'),
              t('rules.preview.queue'),
              preview.byQueue,
              (key) => (key === null ? t('rules.preview.aiAnswered') : queueName(key)),
              'preview-by-queue',
            )}
          </div>
          <table className="rules-changes" data-testid="preview-changes">
            <caption>{t('rules.preview.tickets')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rules.preview.ticket')}</th>
                <th scope="col">{t('rules.preview.before')}</th>
                <th scope="col">{t('rules.preview.after')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.changes.map((change) => (
                <tr key={change.ticketId} data-testid={`preview-change-${change.ticketId}`}>
                  <ChangedTicketCell subject={change.subject} createdAt={change.createdAt} intent={change.intent} />
                  <td>{outcome(change.before)}</td>
                  <td>{outcome(change.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.changes.length < preview.changed ? (
            <p className="rules-note">
              {t('rules.preview.more', { shown: preview.changes.length, total: preview.changed })}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
