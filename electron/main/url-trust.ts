/**
 * Which URLs leave the app. The window itself never navigates anywhere: the console is one page
 * loaded from disk. Links the user clicks may open in the system browser, but only plain web links.
 */

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:']);

/** True when `url` may be handed to the system browser (shell.openExternal). */
export function isExternalUrlAllowed(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return false;
  // Credentials in a link are a classic phishing disguise (https://bank.com@evil.example).
  if (parsed.username !== '' || parsed.password !== '') return false;
  return parsed.hostname !== '';
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
