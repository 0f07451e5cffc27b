import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerTicket } from '../../../shared/api/customer-history-console.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { ModalDialog } from '../components/ModalDialog.js';
import { useFormat } from '../format/useFormat.js';
import { customerTickets } from '../customer-history/customer-history-state.js';
import { PickerDialog } from '../components/PickerDialog.js';
import { useConsoleState, useController } from '../state/context.js';
import { useLastMerge } from './merge-undo.js';

/** The most of the customer's tickets the dialog offers. */
const CANDIDATES = 50;

/**
 * `Shift+M` on the open ticket: the customer's other tickets (not merged away), chosen by keyboard, then a
 * confirmation; the merge is the queue's, its refusal said in the dialog. Once merged, the target opens with its Undo bar.
 */
export function MergeDialog() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const controller = useController();
  const ticket = useConsoleState((s) => (s.detail && s.detail.ticket.id === s.openTicketId ? s.detail.ticket : null));
  const [candidates, setCandidates] = useState<CustomerTicket[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<CustomerTicket | null>(null);

  // Asked once for the open ticket's customer (not again on each refresh of the ticket while the dialog is open).
  const ticketId = ticket?.id ?? null;
  const customerId = ticket?.customer.id ?? null;
  useEffect(() => {
    if (ticketId === null || customerId === null) return;
    void customerTickets(controller.api, customerId, CANDIDATES).then((answer) => {
      if (!answer.ok) return setListError(answer.error.message);
      setCandidates(answer.value.tickets.filter((other) => other.id !== ticketId && other.mergedInto === null));
    });
  }, [controller, ticketId, customerId]);

  if (!ticket) return null;
  if (chosen) return <MergeConfirm source={ticket} target={chosen} onBack={() => setChosen(null)} />;
  return (
    <PickerDialog
      title={t('merge.title')}
      testId="merge-dialog"
      placeholder={t('merge.filter')}
      items={(candidates ?? []).map((other) => ({
        id: other.id,
        label: other.subject,
        hint: t(`status.${other.status}`),
        detail: fmt.date(other.createdAt),
        run: () => setChosen(other),
      }))}
      emptyText={listError ?? (candidates === null ? t('merge.loading') : t('merge.none'))}
      onClose={controller.closeOverlay}
    />
  );
}

function MergeConfirm({ source, target, onBack }: { source: Ticket; target: CustomerTicket; onBack(): void }) {
  const { t } = useTranslation();
  const controller = useController();
  const id = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  useLayoutEffect(() => confirmRef.current?.focus(), []);

  const merge = async () => {
    setBusy(true);
    const answer = await controller.api.mergeTickets({ ticketId: source.id, into: target.id });
    setBusy(false);
    if (!answer.ok) return setRefusal(answer.error.message);
    useLastMerge.getState().set(answer.value);
    controller.closeOverlay();
    controller.openTicket(target.id);
  };

  return (
    <ModalDialog className="dialog merge-confirm" labelledBy={`${id}-title`} testId="merge-confirm" onClose={onBack}>
      <h2 id={`${id}-title`} className="dialog-title">
        {t('merge.confirmTitle')}
      </h2>
      <p id={`${id}-text`} dir="auto">
        {t('merge.confirmText', { source: source.subject, target: target.subject })}
      </p>
      {refusal ? (
        <p className="error-text" role="alert" data-testid="merge-refusal">
          {refusal}
        </p>
      ) : null}
      <div className="merge-actions">
        <button
          ref={confirmRef}
          type="button"
          className="button button-primary"
          aria-describedby={`${id}-text`}
          disabled={busy}
          onClick={() => void merge()}
          data-testid="merge-confirm-button"
        >
          {t('merge.confirm')}
        </button>
        <button type="button" className="button" onClick={onBack}>
          {t('merge.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
