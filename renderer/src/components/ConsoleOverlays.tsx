import { useTranslation } from 'react-i18next';
import { SHORTCUT_HELP, shortcutLabelKey, type ShortcutCommand } from '../keyboard/shortcuts.js';
import { useTranslationDisplay } from '../state/translation-display.js';
import { useConsoleState, useController } from '../state/context.js';
import type { Controller } from '../state/controller.js';
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

/** What each palette command does; the ones needing an open ticket are disabled without one. */
function runCommand(controller: Controller, command: ShortcutCommand): (() => void) | null {
  switch (command) {
    case 'next':
      return () => controller.move(1);
    case 'prev':
      return () => controller.move(-1);
    case 'open':
      return controller.openSelected;
    case 'back':
      return controller.back;
    case 'focusEditor':
      return controller.focusEditor;
    case 'send':
      return () => void controller.send();
    case 'sendResolve':
      return () => void controller.sendAndResolve();
    case 'note':
      return () => void controller.addNote();
    case 'goInbox':
      return () => controller.setTab('inbox');
    case 'goResolved':
      return () => controller.setTab('resolved');
    case 'help':
      return controller.toggleHelp;
    case 'take':
      return () => void controller.assignToMe();
    case 'toggleTranslation':
      return () => useTranslationDisplay.getState().toggle();
    case 'handback':
      return () => void controller.handback();
    case 'reassign':
    case 'snooze':
    case 'macro':
    case 'reopen':
    case 'views':
      return () => controller.openOverlay(command);
    case 'search':
      return () => controller.setTab('review');
    case 'settings':
      return controller.openSettings;
    case 'palette':
      return null;
  }
}

const NEEDS_TICKET: ReadonlySet<ShortcutCommand> = new Set([
  'focusEditor',
  'send',
  'sendResolve',
  'note',
  'take',
  'handback',
  'reassign',
  'snooze',
  'macro',
  'reopen',
  'toggleTranslation',
]);

export function ConsoleOverlays() {
  const { t } = useTranslation();
  const controller = useController();
  const overlay = useConsoleState((s) => s.overlay);
  const setup = useConsoleState((s) => s.setup);
  const ticket = useConsoleState((s) => (s.detail && s.detail.ticket.id === s.openTicketId ? s.detail.ticket : null));
  if (!overlay) return null;
  const close = controller.closeOverlay;
  const common = { onClose: close, placeholder: t('palette.filter') };

  switch (overlay) {
    case 'palette': {
      const items: PickerItem[] = [];
      for (const { command, keys } of SHORTCUT_HELP) {
        const run = runCommand(controller, command);
        if (!run) continue;
        items.push({
          id: command,
          label: t(shortcutLabelKey(command)),
          hint: keys[0],
          disabled: NEEDS_TICKET.has(command) && !ticket,
          run: () => {
            // The palette closes first, so the command's own dialog or focus wins.
            controller.setOverlayQuietly(null);
            run();
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
