import { create } from 'zustand';

/** The team lead's screens; null shows the agent's lists. */
export type LeadScreen = 'dashboard' | 'sample' | 'rules' | 'evals';

interface LeadScreenState {
  screen: LeadScreen | null;
  setScreen(screen: LeadScreen | null): void;
}

/** Which lead screen is open. Kept apart from the agent store: agents never reach these screens. */
export const useLeadScreen = create<LeadScreenState>()((set) => ({
  screen: null,
  setScreen: (screen) => set({ screen }),
}));
