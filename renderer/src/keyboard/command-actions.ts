import { withBulkCommands } from '../bulk/bulk-commands.js';
import type { Controller } from '../state/controller.js';
import type { ConsoleStoreApi } from '../state/store.js';
import { useTranslationDisplay } from '../state/translation-display.js';
import { useReplyTranslationRequests } from '../assist/reply-translation-requests.js';
import { useSignOutRequests } from '../identity/SessionContext.js';
import { useCustomerHistorySearchRequests } from '../customer-history/customer-history-requests.js';
import type { ShortcutCommand } from './shortcuts.js';
import { hideMentionsView, showMentionsView } from '../mentions/mentions-view-state.js';
import { startMention } from '../mentions/start-mention.js';

/** The commands that act on the open ticket: without one the palette shows them disabled and their keys do nothing. */
export const NEEDS_TICKET: ReadonlySet<ShortcutCommand> = new Set<ShortcutCommand>([
  'focusEditor',
  'send',
  'sendResolve',
  'note',
  'take',
  'handback',
  'spam',
  'reassign',
  'snooze',
  'macro',
  'articles',
  'reopen',
  'toggleTranslation',
  'assist',
  'showReplyTranslation',
  'tags',
  'merge',
  'mentionPeople',
  'customerHistory',
]);

/** What each command does, whether its shortcut or the command palette runs it (on the inbox's selection: bulk/). */
export function commandActions(controller: Controller, store: ConsoleStoreApi): Record<ShortcutCommand, () => unknown> {
  return withBulkCommands(
    { ...singleTicketActions(controller), mentionPeople: () => startMention(controller, store) },
    controller,
    store,
  );
}

function singleTicketActions(controller: Controller) {
  return {
    next: () => controller.move(1),
    prev: () => controller.move(-1),
    // The selection, which the agent sees highlighted (a focused row selects itself when it gets focus).
    open: controller.openSelected,
    back: controller.back,
    focusEditor: controller.focusEditor,
    send: controller.send,
    goInbox: () => {
      hideMentionsView();
      controller.setTab('inbox');
    },
    sendResolve: controller.sendAndResolve,
    goResolved: () => {
      hideMentionsView();
      controller.setTab('resolved');
    },
    goMentions: showMentionsView,
    note: controller.addNote,
    help: controller.toggleHelp,
    take: controller.assignToMe,
    toggleTranslation: () => useTranslationDisplay.getState().toggle(),
    showReplyTranslation: () => useReplyTranslationRequests.getState().request(),
    assist: controller.focusAssist,
    handback: controller.handback,
    spam: controller.markAsSpam,
    search: () => controller.setTab('review'),
    settings: controller.openSettings,
    palette: () => controller.openOverlay('palette'),
    views: () => controller.openOverlay('views'),
    reassign: () => controller.openOverlay('reassign'),
    snooze: () => controller.openOverlay('snooze'),
    macro: () => controller.openOverlay('macro'),
    articles: () => controller.openOverlay('articles'),
    reopen: () => controller.openOverlay('reopen'),
    signOut: () => useSignOutRequests.getState().request(),
    tags: () => controller.openOverlay('tags'),
    merge: () => controller.openOverlay('merge'),
    customerHistory: () => useCustomerHistorySearchRequests.getState().request(),
  };
}
