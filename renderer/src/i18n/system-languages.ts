import { z } from 'zod';

/** What the Electron preload may put next to window.switchboard: the operating system's language list. */
const DesktopLocaleSchema = z.object({ systemLanguages: z.array(z.string().min(1).max(64)).max(32) });

declare global {
  interface Window {
    /** Exposed by the Electron preload script (app.getPreferredSystemLanguages()); absent in browser mode. */
    switchboardLocale?: unknown;
  }
}

/**
 * The system's preferred languages, most preferred first: from Electron's main process when it gave
 * them (the OS list, which Chromium's navigator.languages may narrow to one), else the browser's.
 */
export function systemLanguages(win: Pick<Window, 'switchboardLocale' | 'navigator'> = window): string[] {
  const desktop = DesktopLocaleSchema.safeParse(win.switchboardLocale);
  if (desktop.success && desktop.data.systemLanguages.length > 0) return desktop.data.systemLanguages;
  const nav = win.navigator;
  const list = nav.languages && nav.languages.length > 0 ? [...nav.languages] : [nav.language];
  return list.filter((tag): tag is string => typeof tag === 'string' && tag.length > 0);
}
