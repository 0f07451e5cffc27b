import { create } from 'zustand';
import type { LeadScreenId } from './lead-screen-registry.js';

interface LeadScreenState {
  /** The open lead screen (lead-screen-registry.ts); null shows the agent's lists. */
  screen: LeadScreenId | null;
  setScreen(screen: LeadScreenId | null): void;
}

/** Which lead screen is open. Kept apart from the agent store: agents never reach these screens. */
export const useLeadScreen = create<LeadScreenState>()((set) => ({
  screen: null,
  setScreen: (screen) => set({ screen }),
}));
