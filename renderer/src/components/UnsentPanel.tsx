import { useTranslation } from 'react-i18next';
import type { UnsentChange } from '../../../shared/api/console-contract.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { useFormat } from '../format/useFormat.js';
import { useController } from '../state/context.js';
import { tagViewOf, useTenantTags } from '../tags/tenant-tags.js';

/** Kinds whose kept text goes back into the editor; a refused reassign or tag change is only shown. */
const RESTORABLE: ReadonlySet<UnsentChange['kind']> = new Set(['reply', 'note', 'review', 'reopen']);

/**
 * Changes of this console the queue refused because someone else acted first (answered, resolved,
 * reassigned) or because it refused them (with its words, e.g. a tag the tenant no longer has). Says what happened
 * and keeps the text, which goes back into the editor with one click.
 */
export function UnsentPanel({ ticket, unsent }: { ticket: Ticket; unsent: UnsentChange[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const controller = useController();
  const tags = useTenantTags();
  if (unsent.length === 0) return null;
  const tagNames = (ids: readonly string[]) => fmt.list(ids.map((id) => tagViewOf(tags, id).name));

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
          {change.reason === 'rejected' ? (
            <p className="hint" dir="auto" data-testid="unsent-detail">
              {change.detail}
            </p>
          ) : null}
          {change.tags ? (
            <ul className="unsent-text" data-testid="unsent-tags">
              {change.tags.add.length > 0 ? (
                <li dir="auto">{t('unsent.tagsAdded', { tags: tagNames(change.tags.add) })}</li>
              ) : null}
              {change.tags.remove.length > 0 ? (
                <li dir="auto">{t('unsent.tagsRemoved', { tags: tagNames(change.tags.remove) })}</li>
              ) : null}
            </ul>
          ) : (
            <blockquote className="unsent-text" dir="auto" data-testid="unsent-text">
              {change.text}
            </blockquote>
          )}
          <p className="hint">
            <time dateTime={change.at}>{fmt.dateTime(change.at)}</time>
          </p>
          <div className="editor-actions">
            {RESTORABLE.has(change.kind) ? (
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
