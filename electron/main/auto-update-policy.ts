/**
 * Auto-update is off unless a feed is configured: an update server is a trust decision the
 * organisation makes, never a default. A feed is either SWITCHBOARD_UPDATE_URL (a generic
 * electron-updater feed over https) or the app-update.yml electron-builder writes into a packaged
 * app when its `publish` setting names one.
 */
export type AutoUpdateDecision =
  { enabled: false; reason: string } | { enabled: true; feed: { provider: 'generic'; url: string } | 'app-update.yml' };

export interface AutoUpdateInput {
  isPackaged: boolean;
  feedUrl: string | undefined;
  appUpdateConfigExists: boolean;
}

export function decideAutoUpdate(input: AutoUpdateInput): AutoUpdateDecision {
  if (!input.isPackaged) return { enabled: false, reason: 'development build' };
  const url = input.feedUrl?.trim();
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return { enabled: false, reason: `SWITCHBOARD_UPDATE_URL is not a URL: ${url}` };
    }
    if (parsed.protocol !== 'https:')
      return { enabled: false, reason: 'SWITCHBOARD_UPDATE_URL must be an https:// address' };
    return { enabled: true, feed: { provider: 'generic', url: parsed.href } };
  }
  if (input.appUpdateConfigExists) return { enabled: true, feed: 'app-update.yml' };
  return { enabled: false, reason: 'no update feed is configured' };
}
