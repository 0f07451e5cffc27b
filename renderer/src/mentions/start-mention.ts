import type { Controller } from '../state/controller.js';
import { editorText, type ConsoleStoreApi } from '../state/store.js';

/** `@` outside the editor: the open ticket's editor gets an `@` at its end and the focus, so completion opens. */
export function startMention(controller: Pick<Controller, 'setDraft' | 'focusEditor'>, store: ConsoleStoreApi): void {
  const ticketId = store.getState().openTicketId;
  if (!ticketId) return;
  const text = editorText(store.getState(), ticketId);
  controller.setDraft(ticketId, text === '' || /\s$/.test(text) ? `${text}@` : `${text} @`);
  controller.focusEditor();
}
