import { useTranslation } from 'react-i18next';
import { snoozeChoices } from '../components/ConsoleOverlays.js';
import { PickerDialog } from '../components/PickerDialog.js';
import { useConsoleState, useController } from '../state/context.js';
import { tagPresence } from '../tags/tag-choices.js';
import { TagPickerDialog } from '../tags/TagPickerDialog.js';
import { useBulkSelection } from './bulk-selection.js';

/**
 * The bulk bar's pickers: the tenant's tags (on or off every selected ticket), the snooze choices of a single ticket,
 * and the macros (each selected ticket gets the macro's text as a reply and is resolved).
 */
export function BulkPickers() {
  const { t } = useTranslation();
  const controller = useController();
  const picker = useBulkSelection((s) => s.picker);
  const selected = useBulkSelection((s) => s.selected);
  const apply = useBulkSelection((s) => s.apply);
  const macros = useConsoleState((s) => s.setup?.macros ?? []);
  const rows = useConsoleState((s) => s.inboxWindow);
  const close = controller.closeOverlay;
  const runThenClose = (action: Parameters<typeof apply>[1]) => {
    close();
    void apply(controller.api, action);
  };

  switch (picker) {
    case 'tag': {
      const selectedTags = selected.map((id) => rows.rows.get(rows.positions.get(id) ?? -1)?.tags);
      return (
        <TagPickerDialog
          title={t('bulk.tagTitle', { count: selected.length })}
          testId="bulk-tag-picker"
          presence={(tagId) => tagPresence(selectedTags, tagId)}
          onToggle={async (change) => {
            await apply(controller.api, { kind: 'tag', ...change });
            return useBulkSelection.getState().error;
          }}
          onClose={close}
        />
      );
    }
    case 'snooze':
      return (
        <PickerDialog
          title={t('bulk.snoozeTitle', { count: selected.length })}
          testId="bulk-snooze-dialog"
          placeholder={t('palette.filter')}
          onClose={close}
          items={snoozeChoices(new Date()).map(({ id, until }) => ({
            id,
            label: t(`actions.snoozeFor.${id}`),
            hint: until.toLocaleString(),
            run: () => runThenClose({ kind: 'snooze', until: until.toISOString() }),
          }))}
        />
      );
    case 'macro':
      return (
        <PickerDialog
          title={t('bulk.macroTitle', { count: selected.length })}
          testId="bulk-macro-dialog"
          placeholder={t('palette.filter')}
          onClose={close}
          emptyText={t('actions.noMacros')}
          items={macros.map((macro) => ({
            id: macro.id,
            label: macro.name,
            run: () => runThenClose({ kind: 'resolve_with_macro', macroId: macro.id }),
          }))}
        />
      );
    case null:
      return null;
  }
}
