/**
 * Which URLs leave the app. The window itself never navigates anywhere: the console is one page
 * loaded from disk. Links the user clicks may open in the system browser, but only plain web links.
 */

import { isPlainWebUrl } from '../../shared/web-url.js';

/** True when `url` may be handed to the system browser (shell.openExternal): a plain web link only. */
export function isExternalUrlAllowed(url: string): boolean {
  return isPlainWebUrl(url);
}

/** The app window never navigates away from the page it loaded, whatever the URL. */
export function isNavigationAllowed(_url: string): false {
  return false;
}

export type WindowOpenDecision = { action: 'deny'; openExternally: boolean };

/** New windows are always denied; a trusted web link opens in the system browser instead. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isExternalUrlAllowed(url) };
}
