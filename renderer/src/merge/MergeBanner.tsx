import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { useController } from '../state/context.js';
import { undoTimeLeft, useLastMerge } from './merge-undo.js';

/**
 * On the ticket view: a merged ticket's pointer ("Merged into #…", which opens it), and on the target of this console's
 * last merge the Undo bar with the time left; an undo's refusal is said in the bar.
 */
export function MergeBanner({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const controller = useController();
  const record = useLastMerge((s) => s.record);
  const [now, setNow] = useState(() => Date.now());
  const [refusal, setRefusal] = useState<string | null>(null);
  const undoable = record && record.targetTicketId === ticket.id && record.undoneAt === null ? record : null;
  const left = undoable ? undoTimeLeft(undoable, now) : null;

  useEffect(() => {
    if (!undoable) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [undoable]);

  const undo = async (mergeId: string) => {
    const answer = await controller.api.undoMerge({ mergeId });
    if (!answer.ok) return setRefusal(answer.error.message);
    useLastMerge.getState().set(null);
    setRefusal(null);
    await controller.refreshAll();
  };

  return (
    <>
      {ticket.mergedInto ? (
        <p className="panel merge-pointer" data-testid="merge-pointer">
          {t('merge.pointer', { id: ticket.mergedInto })}{' '}
          <button
            type="button"
            className="button button-small"
            onClick={() => controller.openTicket(ticket.mergedInto ?? '')}
          >
            {t('merge.open')}
          </button>
        </p>
      ) : null}
      {undoable && left ? (
        <div className="panel merge-undo" role="status" data-testid="merge-undo">
          <span>{t('merge.undoBar', { count: undoable.movedMessages, left })}</span>{' '}
          <button
            type="button"
            className="button button-small"
            onClick={() => void undo(undoable.id)}
            data-testid="merge-undo-button"
          >
            {t('merge.undo')}
          </button>
          {refusal ? (
            <span className="error-text" role="alert">
              {refusal}
            </span>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
