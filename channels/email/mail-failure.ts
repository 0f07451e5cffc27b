/**
 * What went wrong talking to a mail server, as one of the stable codes the console words (ChannelCheckSchema's
 * `code`), read from the errors imapflow, nodemailer and Node's sockets raise.
 */
export type MailFailureCode = 'dns' | 'connect' | 'tls' | 'auth' | 'mailbox' | 'refused' | 'timeout';

export interface MailFailure {
  code: MailFailureCode;
  /** The error's own words, one line, bounded. */
  detail: string;
  /** The SMTP reply code, when the server answered with one. */
  responseCode: number | null;
}

/** The fields of the libraries' errors this reads (all optional: which are set depends on where it failed). */
interface MailLibraryError {
  code?: unknown;
  responseCode?: unknown;
  authenticationFailed?: unknown;
  tlsFailed?: unknown;
  mailboxMissing?: unknown;
  responseText?: unknown;
  response?: unknown;
  command?: unknown;
  message?: unknown;
  _err?: unknown;
  cause?: unknown;
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EDNS']);
const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'EPIPE',
  'NoConnection',
  'EConnectionClosed',
  'ClosedAfterConnectText',
]);
const TIMEOUT_CODES = new Set([
  'ETIMEDOUT',
  'ETIMEOUT',
  'CONNECT_TIMEOUT',
  'GREETING_TIMEOUT',
  'UPGRADE_TIMEOUT',
  'ESOCKETTIMEDOUT',
]);
const TLS_CODES = new Set(['ETLS', 'EREQUIRETLS', 'ClosedAfterConnectTLS', 'STARTTLS_INJECTION']);
/** Node's certificate and TLS error codes (ERR_TLS_*, ERR_SSL_*, the OpenSSL verify codes). */
const TLS_CODE_PATTERN = /^(ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO_|SELF_SIGNED_|UNABLE_TO_(GET|VERIFY)_)/;
/** nodemailer reports a failed handshake as ESOCKET with OpenSSL's words only. */
const TLS_MESSAGE_PATTERN = /certificate|self[- ]signed|SSL routines|TLS|handshake/i;
const MAX_DETAIL = 300;

/** Classifies a failed connection, login, mailbox open or send. */
export function classifyMailFailure(error: unknown): MailFailure {
  const chain = errorChain(error);
  const codes = chain.map((item) => (typeof item.code === 'string' ? item.code : ''));
  const responseCode = chain.map((item) => item.responseCode).find((code) => typeof code === 'number') as
    number | undefined;
  const detail = describe(chain);
  const failure = (code: MailFailureCode): MailFailure => ({ code, detail, responseCode: responseCode ?? null });
  if (chain.some((item) => item.authenticationFailed === true) || codes.includes('EAUTH')) return failure('auth');
  if (chain.some((item) => item.mailboxMissing === true)) return failure('mailbox');
  if (codes.some((code) => DNS_CODES.has(code))) return failure('dns');
  if (
    chain.some((item) => item.tlsFailed === true) ||
    codes.some((code) => TLS_CODES.has(code) || TLS_CODE_PATTERN.test(code)) ||
    (responseCode === undefined && TLS_MESSAGE_PATTERN.test(detail))
  )
    return failure('tls');
  if (codes.some((code) => TIMEOUT_CODES.has(code))) return failure('timeout');
  if (codes.some((code) => CONNECT_CODES.has(code))) return failure('connect');
  if (responseCode !== undefined) return failure('refused');
  // nodemailer wraps socket errors as ECONNECTION/ESOCKET; what is left is a connection that did not work.
  return failure('connect');
}

/** Whether an SMTP failure will not get better by retrying the same mail: the server refused it with a 5xx. */
export function isPermanentSendFailure(failure: MailFailure): boolean {
  return failure.code !== 'auth' && failure.responseCode !== null && failure.responseCode >= 500;
}

/** The error and the errors it wraps (imapflow's `_err`, the standard `cause`), at most a few deep. */
function errorChain(error: unknown): MailLibraryError[] {
  const chain: MailLibraryError[] = [];
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && chain.length < 4) {
    const item = current as MailLibraryError;
    chain.push(item);
    current = item._err ?? item.cause;
  }
  if (chain.length === 0) chain.push({ message: String(error) });
  return chain;
}

function describe(chain: readonly MailLibraryError[]): string {
  const first = chain[0];
  const serverText = [first?.response, first?.responseText].find(
    (text): text is string => typeof text === 'string' && text !== '',
  );
  const message = typeof first?.message === 'string' ? first.message : '';
  const text = serverText && !message.includes(serverText) ? `${message}: ${serverText}` : message || 'unknown error';
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_DETAIL);
}
