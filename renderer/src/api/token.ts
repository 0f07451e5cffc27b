const TOKEN_KEY = 'switchboard.token';

/**
 * Browser mode: the host opens the page with `?token=...`. Keep it for this tab only
 * (sessionStorage) and take it out of the address bar so it is not bookmarked or shared.
 */
export function takeTokenFromLocation(loc: Location, history: History, storage: Storage | null): string | null {
  const url = new URL(loc.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    try {
      storage?.setItem(TOKEN_KEY, fromUrl);
    } catch {
      // Storage may be disabled; the token still works for this page load.
    }
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  try {
    return storage?.getItem(TOKEN_KEY) ?? null;
  } catch {
    return null;
  }
}
