import { create } from 'zustand';

interface ReplyTranslationRequests {
  /** How often the agent asked to translate the open ticket's reply (the shortcut or the palette); the editor watches it. */
  count: number;
  request(): void;
}

/** Ctrl/⌘ + Shift + L (or the command palette) asks the open ticket's editor to translate the reply. */
export const useReplyTranslationRequests = create<ReplyTranslationRequests>()((set, get) => ({
  count: 0,
  request: () => set({ count: get().count + 1 }),
}));
