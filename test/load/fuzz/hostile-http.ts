import { encodeFuzzJson, RawJson, type FuzzJson } from './raw-json.js';

/** Request lines and headers an attacker sends: hostile path segments, unknown routes, query strings and content types. */

/** Content types other than the JSON the queue takes (null: none sent although there is a body). */
export const WRONG_CONTENT_TYPES: readonly (string | null)[] = [
  null,
  '',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/jsonx',
  'APPLICATION/JSON',
  'application/json, text/plain',
  'application/merge-patch+json',
  'application/json; boundary="\u00ff"',
];

/** Path segments that are not what a route expects: NUL, bytes that are not UTF-8, dot segments, over-long ids. */
export const HOSTILE_SEGMENTS: readonly string[] = [
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%FF',
  '%C0%80',
  '%',
  '%zz',
  '%u0000',
  '..',
  '%2e%2e',
  '..%2F..%2Fmetrics',
  'a%2Fb',
  '%20',
  '\u00ed\u00a0\u0080', // the raw bytes ED A0 80 on the request line
  '\u00ff',
  'x'.repeat(101),
  'x'.repeat(6_000),
  '%F0%9F%98%80',
  '__proto__',
  'constructor',
  '.well-known',
];

export const UNKNOWN_PATHS: readonly string[] = [
  '/v1/admin',
  '/v1/tokens',
  '/v1/tenants',
  '/v2/tickets',
  '/v1/tickets/x/y/z',
  '/v1//tickets',
  '//v1/tickets',
  '/v1/tickets/',
  '/V1/TICKETS',
  '/.env',
  '/v1/openapi.json/../metrics',
  '/v1/%2e%2e/metrics',
  '/v1/claims/x/renew/y',
  '/v1/events/x',
  '/healthz/x',
  '/metrics%00',
  '/v1/tickets%00',
  '/\u00ed\u00a0\u0080',
  `/${'a'.repeat(9_000)}`,
  '*',
  'http://127.0.0.1/v1/tickets',
];

export const HOSTILE_QUERIES: readonly string[] = [
  'since=1&since=2',
  'since[]=1',
  'since[a]=1',
  'since=1e400',
  'since=-0',
  'since=9007199254740993',
  'since=%00',
  'since=0x10',
  'since=',
  'limit=1e308',
  'limit=-1',
  'status=new&status=escalated',
  'status=%00',
  'clientId=%ED%A0%80',
  'clientId=%00',
  'clientId=\u00ff',
  `clientId=${'x'.repeat(101)}`,
  '__proto__[x]=1',
  'constructor[prototype][x]=1',
  '=',
  '&&&',
  '%',
  `${'a'.repeat(8_000)}=1`,
];

const CHARS_SAFE_IN_PATHS = /^[A-Za-z0-9_.~-]$/;

/** Percent-encodes the UTF-8 bytes of a string (a lone surrogate becomes the bytes of U+FFFD, as Node encodes it). */
export function percentEncode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += CHARS_SAFE_IN_PATHS.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function queryValue(value: FuzzJson): string {
  if (typeof value === 'string') return percentEncode(value);
  if (value instanceof RawJson)
    return value.bytes.toString('latin1').replace(/[^\u0021-\u00ff]/g, (char) => percentEncode(char));
  return percentEncode(encodeFuzzJson(value).toString('utf8'));
}

/** The route pattern with its parameters filled in, percent-encoded. */
export function pathOf(pattern: string, params: Record<string, string> | undefined): string {
  return pattern.replace(/:(\w+)/g, (_match, name: string) => percentEncode(params?.[name] ?? 'x'));
}

/** A query string of the fields, percent-encoded (raw JSON pieces as their bytes). */
export function queryOf(query: Record<string, FuzzJson> | undefined): string {
  const pairs = Object.entries(query ?? {}).map(([key, value]) => `${percentEncode(key)}=${queryValue(value)}`);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/** A header value Node will send: the UTF-8 bytes as latin1, without the control characters it refuses. */
export function headerValue(text: string): string {
  return Buffer.from(text, 'utf8')
    .toString('latin1')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '?');
}
