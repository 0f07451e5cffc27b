import { create } from 'zustand';

const STORAGE_KEY = 'switchboard.translationsShown';

function readShown(): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) !== 'false';
  } catch {
    return true;
  }
}

interface TranslationDisplay {
  /** Machine translations shown under customer messages and the draft (the agent's choice, kept across runs). */
  shown: boolean;
  toggle(): void;
}

/** Whether the ticket view shows machine translations; the `l` shortcut and the view's button toggle it. */
export const useTranslationDisplay = create<TranslationDisplay>()((set, get) => ({
  shown: readShown(),
  toggle: () => {
    const shown = !get().shown;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, String(shown));
    } catch {
      // Storage may be off (private mode); the choice then lasts for this run.
    }
    set({ shown });
  },
}));
