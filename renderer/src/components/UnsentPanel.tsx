import { useTranslation } from 'react-i18next';
import type { UnsentChange } from '../../../shared/api/console-contract.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { useFormat } from '../format/useFormat.js';
import { useController } from '../state/context.js';

/**
 * Changes of this console the queue refused because someone else acted first (answered, resolved,
 * reassigned). Says what happened and keeps the text, which goes back into the editor with one click.
 */
export function UnsentPanel({ ticket, unsent }: { ticket: Ticket; unsent: UnsentChange[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const controller = useController();
  if (unsent.length === 0) return null;

  return (
    <section className="panel unsent-panel" role="alert" data-testid="unsent-panel" aria-labelledby="unsent-title">
      <h3 className="panel-title" id="unsent-title">
        {t('unsent.title')}
      </h3>
      {unsent.map((change) => (
        <article
          key={change.id}
          className="unsent-change"
          data-testid="unsent-change"
          data-reason={change.reason}
          data-kind={change.kind}
        >
          <p className="unsent-reason" data-testid="unsent-reason">
            {t(`unsent.reason.${change.reason}`, {
              queue: ticket.ownerQueue ?? '—',
              status: t(`status.${ticket.status}`),
            })}
          </p>
          <blockquote className="unsent-text" dir="auto" data-testid="unsent-text">
            {change.text}
          </blockquote>
          <p className="hint">
            <time dateTime={change.at}>{fmt.dateTime(change.at)}</time>
          </p>
          <div className="editor-actions">
            {change.kind !== 'reassign' ? (
              <button
                type="button"
                className="button button-primary"
                data-testid="unsent-restore"
                onClick={() => void controller.restoreUnsent(change.ticketId, change.id, change.text)}
              >
                {t('unsent.restore')}
              </button>
            ) : null}
            <button
              type="button"
              className="button"
              data-testid="unsent-dismiss"
              onClick={() => void controller.dismissUnsent(change.id)}
            >
              {t('unsent.dismiss')}
            </button>
          </div>
        </article>
      ))}
    </section>
  );
}
