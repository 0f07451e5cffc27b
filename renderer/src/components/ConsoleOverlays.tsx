import { useTranslation } from 'react-i18next';
import { ArticleSearchDialog } from '../articles/ArticleSearchDialog.js';
import { commandActions, NEEDS_TICKET } from '../keyboard/command-actions.js';
import { SHORTCUT_HELP, shortcutLabelKey } from '../keyboard/shortcuts.js';
import { useConsoleState, useConsoleStore, useController } from '../state/context.js';
import { TicketTagPicker } from '../tags/TicketTagPicker.js';
import { MergeDialog } from '../merge/MergeDialog.js';
import { loadSavedViews } from '../state/saved-views.js';
import { PickerDialog, type PickerItem } from './PickerDialog.js';

/** Snooze choices: from now, or the next morning / Monday at 9:00 local time. */
export function snoozeChoices(now: Date): Array<{ id: string; until: Date }> {
  const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);
  const tomorrow = new Date(now);
  tomorrow.setDate(now.getDate() + 1);
  tomorrow.setHours(9, 0, 0, 0);
  const monday = new Date(now);
  monday.setDate(now.getDate() + ((8 - now.getDay()) % 7 || 7));
  monday.setHours(9, 0, 0, 0);
  return [
    { id: 'hour', until: hours(1) },
    { id: 'fourHours', until: hours(4) },
    { id: 'tomorrow', until: tomorrow },
    { id: 'nextWeek', until: monday },
  ];
}

export function ConsoleOverlays() {
  const { t } = useTranslation();
  const controller = useController();
  const store = useConsoleStore();
  const overlay = useConsoleState((s) => s.overlay);
  const setup = useConsoleState((s) => s.setup);
  const ticket = useConsoleState((s) => (s.detail && s.detail.ticket.id === s.openTicketId ? s.detail.ticket : null));
  if (!overlay) return null;
  const close = controller.closeOverlay;
  const common = { onClose: close, placeholder: t('palette.filter') };

  switch (overlay) {
    case 'palette': {
      const items: PickerItem[] = [];
      const actions = commandActions(controller, store);
      for (const { command, keys } of SHORTCUT_HELP) {
        // The palette is open already.
        if (command === 'palette') continue;
        items.push({
          id: command,
          label: t(shortcutLabelKey(command)),
          hint: keys[0],
          disabled: NEEDS_TICKET.has(command) && !ticket,
          run: () => {
            // The palette closes first, so the command's own dialog or focus wins.
            controller.setOverlayQuietly(null);
            void actions[command]();
          },
        });
      }
      if (ticket)
        for (const macro of setup?.macros ?? [])
          items.push({
            id: `macro:${macro.id}`,
            label: t('palette.macro', { name: macro.name }),
            run: () => controller.insertMacro(macro.id),
          });
      return <PickerDialog {...common} title={t('palette.title')} testId="command-palette" items={items} />;
    }
    case 'reassign': {
      const queues = (setup?.queues ?? []).filter((q) => q.id !== ticket?.ownerQueue);
      const items = queues.map((q) => ({
        id: q.id,
        label: q.name,
        hint: q.id,
        run: () => void controller.reassign(q.id),
      }));
      return <PickerDialog {...common} title={t('actions.reassignTitle')} testId="reassign-dialog" items={items} />;
    }
    case 'snooze': {
      const items = snoozeChoices(new Date()).map(({ id, until }) => ({
        id,
        label: t(`actions.snoozeFor.${id}`),
        hint: until.toLocaleString(),
        run: () => void controller.snooze(until.toISOString()),
      }));
      return <PickerDialog {...common} title={t('actions.snoozeTitle')} testId="snooze-dialog" items={items} />;
    }
    case 'macro': {
      const items = (setup?.macros ?? []).map((m) => ({
        id: m.id,
        label: m.name,
        run: () => controller.insertMacro(m.id),
      }));
      return (
        <PickerDialog
          {...common}
          title={t('actions.macroTitle')}
          testId="macro-dialog"
          items={items}
          emptyText={t('actions.noMacros')}
        />
      );
    }
    case 'articles':
      return <ArticleSearchDialog />;
    case 'views': {
      const builtIn: PickerItem[] = (['all', 'mine', 'snoozed'] as const).map((view) => ({
        id: `view:${view}`,
        label: t(`inbox.views.${view}`),
        run: () => {
          controller.setOverlayQuietly(null);
          controller.setTab('inbox');
          controller.setInboxQuery({ filters: {}, view });
        },
      }));
      const saved: PickerItem[] = loadSavedViews().map((v, i) => ({
        id: `saved:${v.name}`,
        label: v.name,
        hint: String(i + 1),
        run: () => {
          controller.setOverlayQuietly(null);
          controller.setTab('inbox');
          controller.setInboxQuery({ filters: v.filters, view: v.view });
        },
      }));
      return (
        <PickerDialog {...common} title={t('inbox.viewsTitle')} testId="views-dialog" items={[...saved, ...builtIn]} />
      );
    }
    case 'tags':
      return <TicketTagPicker />;
    case 'merge':
      return <MergeDialog />;
    // The bulk bar shows its own pickers, beside the selection they act on.
    case 'bulk':
      return null;
    case 'reopen':
      return (
        <PickerDialog
          {...common}
          placeholder={t('actions.reopenReason')}
          title={t('actions.reopenTitle')}
          testId="reopen-dialog"
          items={[]}
          onSubmitText={(reason) => void controller.reopen(reason)}
        />
      );
  }
}
