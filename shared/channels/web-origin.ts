/**
 * Web origins and webhook addresses as a tenant writes them: the chat widget's allowed origins, a webhook's URL,
 * a generic channel's reply URL. One rule each, read by the settings schemas, the queue and the admin screens.
 */

/** Host names that are this machine: the only ones a plain-http webhook or reply URL may name. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** True for `https://host[:port]` or `http://host[:port]` exactly as a browser sends it in `Origin` (no path). */
export function isWebOrigin(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
}

export const WEB_ORIGIN_RULE =
  'An origin is https://host or https://host:port, without a path (as the browser sends it).';

/**
 * True for an address the queue may POST to: https anywhere, http only on this machine (a test receiver or a local
 * adapter); never a user name or password in it.
 */
export function isDeliveryUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '' || url.hostname === '') return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

export const DELIVERY_URL_RULE = 'An address is https://…, or http:// on this machine (127.0.0.1 or localhost).';
