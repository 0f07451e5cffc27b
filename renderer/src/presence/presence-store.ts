import { create } from 'zustand';
import type { PresenceEntry } from '../../../shared/api/presence-contract.js';

interface PresenceStore {
  /** The other people on each ticket now, by ticket id (no key: nobody). */
  byTicket: Record<string, PresenceEntry[]>;
  /** One presence changed: only its ticket's list is replaced (the views of other tickets do not render again). */
  apply(entry: PresenceEntry): void;
  /** Everything the console knows now (at start and after a sign-in). */
  reset(entries: PresenceEntry[]): void;
}

/** Presence's own state (issue 19), apart from the agent's store: fed by `presence_changed` events, never by a refetch. */
export const usePresence = create<PresenceStore>()((set) => ({
  byTicket: {},
  apply: (entry) =>
    set((s) => {
      const others = (s.byTicket[entry.ticketId] ?? []).filter((held) => held.principal !== entry.principal);
      const { [entry.ticketId]: _replaced, ...rest } = s.byTicket;
      const list = entry.state === 'left' ? others : [...others, entry];
      return { byTicket: list.length === 0 ? rest : { ...rest, [entry.ticketId]: list } };
    }),
  reset: (entries) =>
    set(() => {
      const byTicket: Record<string, PresenceEntry[]> = {};
      for (const entry of entries) byTicket[entry.ticketId] = [...(byTicket[entry.ticketId] ?? []), entry];
      return { byTicket };
    }),
}));

const NOBODY: PresenceEntry[] = [];

/** The other people on one ticket (a stable empty list when nobody). */
export function useTicketPresence(ticketId: string): PresenceEntry[] {
  return usePresence((s) => s.byTicket[ticketId] ?? NOBODY);
}
