import { shell, type App } from 'electron';
import { decideWindowOpen, isExternalUrlAllowed, isNavigationAllowed } from './url-trust.js';

function openExternally(url: string): void {
  if (isExternalUrlAllowed(url)) void shell.openExternal(url).catch(() => undefined);
}

/**
 * Applies to every web contents the app ever creates: no navigation (a plain web link opens in the
 * system browser instead), no new windows, no <webview>.
 */
export function secureAllWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      if (isNavigationAllowed(event.url)) return;
      event.preventDefault();
      if (event.isMainFrame) openExternally(event.url);
    });
    contents.on('will-frame-navigate', (event) => {
      if (!isNavigationAllowed(event.url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!isNavigationAllowed(event.url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const decision = decideWindowOpen(url);
      if (decision.openExternally) openExternally(url);
      return { action: decision.action };
    });
  });
}
