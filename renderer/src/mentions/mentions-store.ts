import { create } from 'zustand';
import type { Mention, Person } from '../../../shared/api/people-contract.js';
import type { ConsoleEvent } from '../../../shared/api/console-contract.js';
import type { AppError } from '../../../shared/result.js';

export type MentionedEvent = Omit<Extract<ConsoleEvent, { type: 'mentioned' }>, 'type'>;

/** Most in-app notices shown at once (the oldest go first). */
const NOTICES_SHOWN = 3;

interface MentionsState {
  /** The tenant's people for completion (null until asked); fromCache: the console's kept list (offline). */
  people: { list: Person[]; fromCache: boolean } | null;
  peopleError: AppError | null;
  /** The people chosen in each ticket's note, by ticket id: their ids go with the note if `@Name` is still there. */
  chosen: Record<string, Person[]>;
  /** The Mentions view's list, newest first, and how many are unread. */
  mentions: Mention[];
  unread: number;
  listError: AppError | null;
  /** The Mentions view shows in place of the agent's lists. */
  viewShown: boolean;
  /** Notes that mentioned the person just now (in-app notices). */
  notices: MentionedEvent[];
  setPeople(people: { list: Person[]; fromCache: boolean } | null, error: AppError | null): void;
  choose(ticketId: string, person: Person): void;
  forgetChosen(ticketId: string): void;
  setMentions(mentions: Mention[], unread: number): void;
  setListError(error: AppError | null): void;
  showView(shown: boolean): void;
  addNotice(notice: MentionedEvent): void;
  dismissNotice(messageId: string): void;
}

/** Mentions' own state (issue 19), apart from the agent's store. */
export const useMentions = create<MentionsState>()((set) => ({
  people: null,
  peopleError: null,
  chosen: {},
  mentions: [],
  unread: 0,
  listError: null,
  viewShown: false,
  notices: [],
  setPeople: (people, peopleError) => set((s) => ({ people: people ?? s.people, peopleError })),
  choose: (ticketId, person) =>
    set((s) => {
      const earlier = (s.chosen[ticketId] ?? []).filter((p) => p.id !== person.id);
      return { chosen: { ...s.chosen, [ticketId]: [...earlier, person] } };
    }),
  forgetChosen: (ticketId) =>
    set((s) => {
      const { [ticketId]: _forgotten, ...rest } = s.chosen;
      return { chosen: rest };
    }),
  setMentions: (mentions, unread) => set({ mentions, unread, listError: null }),
  setListError: (listError) => set({ listError }),
  showView: (viewShown) => set({ viewShown }),
  addNotice: (notice) =>
    set((s) => ({
      notices: [...s.notices.filter((n) => n.messageId !== notice.messageId), notice].slice(-NOTICES_SHOWN),
    })),
  dismissNotice: (messageId) => set((s) => ({ notices: s.notices.filter((n) => n.messageId !== messageId) })),
}));
