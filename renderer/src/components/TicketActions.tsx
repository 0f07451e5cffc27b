import { useTranslation } from 'react-i18next';
import { cannotOverruleAi } from '../../../shared/api/whoami.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { useConsoleState, useController } from '../state/context.js';

/** Take, reassign, snooze, hand back to the AI, mark as spam, reopen, macro: each with its key shown. */
export function TicketActions({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const controller = useController();
  const sending = useConsoleState((s) => s.sending);
  const agentName = useConsoleState((s) => s.setup?.agentName ?? s.status?.agentName ?? null);
  const withHuman = ticket.status === 'escalated' || ticket.status === 'pending' || ticket.status === 'resolved';
  const closed = ticket.status === 'resolved' || ticket.status === 'ai_resolved';
  // Reopening an AI resolution is a lead's review (the queue refuses it to agents).
  const heldByAi = useConsoleState((s) => cannotOverruleAi(ticket.status, s.status?.role));

  /** `whyNot`: shown (as its title) while the ticket's state keeps the button disabled. */
  const button = (testId: string, label: string, key: string, run: () => void, enabled: boolean, whyNot?: string) => (
    <button
      type="button"
      className="button button-small"
      data-testid={testId}
      aria-keyshortcuts={key}
      title={enabled ? undefined : whyNot}
      disabled={!enabled || sending}
      onClick={run}
    >
      {label} <kbd aria-hidden="true">{key}</kbd>
    </button>
  );

  return (
    <div className="ticket-actions" role="toolbar" aria-label={t('actions.label')}>
      {button(
        'take-button',
        t('actions.take'),
        't',
        () => void controller.assignToMe(),
        withHuman && ticket.assignee !== agentName,
      )}
      {button(
        'reassign-button',
        t('actions.reassign'),
        'a',
        () => controller.openOverlay('reassign'),
        ticket.status !== 'new',
      )}
      {button('snooze-button', t('actions.snooze'), 's', () => controller.openOverlay('snooze'), withHuman)}
      {button('handback-button', t('actions.handback'), 'h', () => void controller.handback(), withHuman)}
      {button(
        'spam-button',
        t('actions.spam'),
        '!',
        () => void controller.markAsSpam(),
        withHuman,
        t('actions.spamNotWithHuman'),
      )}
      {button('reopen-button', t('actions.reopen'), 'o', () => controller.openOverlay('reopen'), closed && !heldByAi)}
      {button('macro-button', t('actions.macro'), 'm', () => controller.openOverlay('macro'), ticket.status !== 'new')}
    </div>
  );
}
