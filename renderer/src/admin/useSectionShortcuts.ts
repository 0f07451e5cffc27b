import { useEffect, useRef } from 'react';

/**
 * An admin section's keys that work wherever the focus is on the settings screen (the section list too): Alt+N
 * starts a new item, Ctrl+S (⌘S) saves.
 */
export function useSectionShortcuts(actions: { startNew(): void; save(): unknown }): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onWindowKey = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === 'KeyS') {
        event.preventDefault();
        void latest.current.save();
      } else if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyN') {
        event.preventDefault();
        latest.current.startNew();
      }
    };
    window.addEventListener('keydown', onWindowKey);
    return () => window.removeEventListener('keydown', onWindowKey);
  }, []);
}
