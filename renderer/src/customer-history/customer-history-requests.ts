import { create } from 'zustand';

interface CustomerHistorySearchRequests {
  /** How often the agent asked for the customer history's search field (`c` or the palette); the panel watches it. */
  count: number;
  request(): void;
}

/** `c` (or the command palette) asks the open ticket's customer panel to focus its history search. */
export const useCustomerHistorySearchRequests = create<CustomerHistorySearchRequests>()((set, get) => ({
  count: 0,
  request: () => set({ count: get().count + 1 }),
}));
