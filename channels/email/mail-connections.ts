import type { ImapFlowOptions } from 'imapflow';
import { isIP } from 'node:net';
import { rootCertificates, type ConnectionOptions } from 'node:tls';
import type SMTPPool from 'nodemailer/lib/smtp-pool/index.js';
import {
  parseMailServerUrl,
  type EmailChannelConfig,
  type EmailCredentials,
  type MailServerAddress,
} from '../../shared/channels/email-config.js';

/** How long a connection may take to open, to greet, and stay silent, in milliseconds. */
export const MAIL_TIMEOUTS = {
  connectMs: 15_000,
  greetingMs: 15_000,
  /** An IDLE is started again after this long, so a server's 30-minute IDLE limit never ends it. */
  idleMs: 25 * 60_000,
  /** Silence after which imapflow probes the server with a NOOP (during IDLE too) and gives up on a dead one. */
  socketMs: 5 * 60_000,
  /** A send may take this long before it counts as a transient failure. */
  sendSocketMs: 60_000,
} as const;

/** Both servers of a channel, read from its URLs (emailConfigOf has checked them when the channel was loaded). */
export function mailServersOf(config: EmailChannelConfig): { imap: MailServerAddress; smtp: MailServerAddress } {
  const imap = parseMailServerUrl(config.imapUrl, 'imap');
  const smtp = parseMailServerUrl(config.smtpUrl, 'smtp');
  if (!imap.ok) throw new Error(`IMAP URL: ${imap.error}`);
  if (!smtp.ok) throw new Error(`SMTP URL: ${smtp.error}`);
  return { imap: imap.value, smtp: smtp.value };
}

/** The password SMTP logs in with: its own, else the IMAP one (EmailCredentialsSchema). */
export function smtpPasswordOf(credentials: EmailCredentials): string {
  return credentials.smtpPassword ?? credentials.imapPassword;
}

/**
 * An imapflow connection's options: TLS from the first byte, or STARTTLS required (never a silent fallback to
 * cleartext), or none on loopback; the trusted CA added for private mail servers; no library logging (the
 * runtime logs what matters, structured) and IDLE started by the reader itself.
 */
export function imapOptions(
  address: MailServerAddress,
  password: string,
  trustedCaPem: string | null,
): ImapFlowOptions {
  return {
    host: address.host,
    port: address.port,
    secure: address.security === 'tls',
    doSTARTTLS: address.security === 'starttls' ? true : address.security === 'none' ? false : undefined,
    auth: { user: address.user, pass: password },
    tls: tlsOptions(address, trustedCaPem),
    logger: false,
    disableAutoIdle: true,
    // Servers may end an IDLE after 30 minutes (RFC 2177); it is broken and started again before that.
    maxIdleTime: MAIL_TIMEOUTS.idleMs,
    connectionTimeout: MAIL_TIMEOUTS.connectMs,
    greetingTimeout: MAIL_TIMEOUTS.greetingMs,
    socketTimeout: MAIL_TIMEOUTS.socketMs,
  };
}

/** A nodemailer pooled SMTP transport's options, with the same TLS rules as imapOptions. */
export function smtpOptions(
  address: MailServerAddress,
  password: string,
  trustedCaPem: string | null,
): SMTPPool.Options {
  return {
    pool: true,
    maxConnections: 2,
    maxMessages: 500,
    host: address.host,
    port: address.port,
    secure: address.security === 'tls',
    requireTLS: address.security === 'starttls',
    ignoreTLS: address.security === 'none',
    auth: { user: address.user, pass: password },
    tls: tlsOptions(address, trustedCaPem),
    connectionTimeout: MAIL_TIMEOUTS.connectMs,
    greetingTimeout: MAIL_TIMEOUTS.greetingMs,
    socketTimeout: MAIL_TIMEOUTS.sendSocketMs,
    logger: false,
  };
}

/**
 * The certificate is checked against the host name (an IP address is checked as such, without SNI), chaining to
 * the system's CAs or the trusted private one (added to them, not instead of them).
 */
function tlsOptions(address: MailServerAddress, trustedCaPem: string | null): ConnectionOptions {
  return {
    ...(isIP(address.host) === 0 ? { servername: address.host } : {}),
    ...(trustedCaPem === null ? {} : { ca: [...rootCertificates, trustedCaPem] }),
  };
}
