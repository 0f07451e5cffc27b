import { useTranslation } from 'react-i18next';
import { useConsoleState, useConsoleStore, useController } from '../state/context.js';
import { tagPresence } from './tag-choices.js';
import { TagPickerDialog } from './TagPickerDialog.js';

/** The tag picker of the open ticket (`#`): each toggle is one setTags, shown at once. */
export function TicketTagPicker() {
  const { t } = useTranslation();
  const controller = useController();
  const store = useConsoleStore();
  const ticket = useConsoleState((s) => (s.detail && s.detail.ticket.id === s.openTicketId ? s.detail.ticket : null));
  if (!ticket) return null;
  return (
    <TagPickerDialog
      title={t('tags.pickerTitle')}
      testId="tag-picker"
      presence={(tagId) => tagPresence([ticket.tags], tagId)}
      onToggle={async (change) => {
        const result = await controller.api.setTags({ ticketId: ticket.id, ...change });
        if (!result.ok) return result.error.message;
        if (store.getState().openTicketId === ticket.id) store.getState().setDetail(result.value);
        return null;
      }}
      onClose={controller.closeOverlay}
    />
  );
}
