import type { ConsoleApi } from '../../../shared/api/console-contract.js';
import { MAX_NOTE_MENTIONS } from '../../../shared/domain/ticket.js';
import { mentionIdsIn } from './mention-text.js';
import { useMentions } from './mentions-store.js';

export type MentionsApi = Pick<ConsoleApi, 'listPeople' | 'listMentions' | 'markMentionsRead'>;

const state = () => useMentions.getState();

/** Asks the console for the tenant's people (the queue's list, or the kept one offline). */
export async function loadPeople(api: MentionsApi): Promise<void> {
  const answered = await api.listPeople({});
  if (answered.ok) state().setPeople({ list: answered.value.people, fromCache: answered.value.fromCache }, null);
  else state().setPeople(null, answered.error);
}

/** Reads the person's mentions again (the Mentions view and the unread count). */
export async function refreshMentions(api: MentionsApi): Promise<void> {
  const answered = await api.listMentions({});
  if (answered.ok) state().setMentions(answered.value.mentions, answered.value.unread);
  else state().setListError(answered.error);
}

/** The ticket was seen (opened, or in the Mentions view): its unread mentions are read; only asks when it has some. */
export async function markTicketMentionsRead(api: MentionsApi, ticketId: string): Promise<void> {
  if (!state().mentions.some((mention) => mention.ticketId === ticketId && !mention.read)) return;
  const answered = await api.markMentionsRead({ ticketId });
  if (answered.ok && answered.value.marked > 0) await refreshMentions(api);
}

/** addNote's `mentions` for the ticket's note: the people chosen whose `@Name` is still in its text. */
export function noteMentions(ticketId: string, text: string): { mentions?: string[] } {
  const ids = mentionIdsIn(text, state().chosen[ticketId] ?? [], MAX_NOTE_MENTIONS);
  return ids.length > 0 ? { mentions: ids } : {};
}

/** The ticket's note went out: the people chosen for it are forgotten. */
export function noteSent(ticketId: string): void {
  state().forgetChosen(ticketId);
}
