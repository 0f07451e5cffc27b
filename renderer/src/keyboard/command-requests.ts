import { create } from 'zustand';

/** How often a command was asked for (its key or the command palette); the view that carries it out watches `count`. */
export interface CommandRequests {
  count: number;
  request(): void;
}

/**
 * A store for a command that a view carries out because it holds what the command acts on (the open ticket's reply
 * editor, the header's session menu, the customer panel's search): the keyboard asks here, the view acts when the
 * count moves.
 */
export function commandRequests() {
  return create<CommandRequests>()((set, get) => ({
    count: 0,
    request: () => set({ count: get().count + 1 }),
  }));
}
