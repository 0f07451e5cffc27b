import { create } from 'zustand';
import { breachKey, type SlaBreach } from './breach-cues.js';

/** How many breach notices stay on screen; older ones give way. */
export const MAX_BREACH_NOTICES = 5;

interface SlaBreachesState {
  /** The breaches announced to the lead, newest first, until dismissed. */
  notices: SlaBreach[];
  /** Looks at the inbox made so far (the first only sets what counts as already breached). */
  looks: number;
  /** One look is done; `breaches` are the new ones it found. */
  looked(breaches: readonly SlaBreach[]): void;
  dismiss(breach: SlaBreach): void;
}

/** The SLA breach notices of a lead's console (kept apart from the agent store, like the lead screens). */
export const useSlaBreaches = create<SlaBreachesState>()((set) => ({
  notices: [],
  looks: 0,
  looked: (breaches) =>
    set((state) => ({
      looks: state.looks + 1,
      notices: [...[...breaches].reverse(), ...state.notices].slice(0, MAX_BREACH_NOTICES),
    })),
  dismiss: (breach) =>
    set((state) => ({ notices: state.notices.filter((notice) => breachKey(notice) !== breachKey(breach)) })),
}));
