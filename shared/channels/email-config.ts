import { z } from 'zod';
import type { ChannelSetting } from '../settings/setting-values.js';

/**
 * An email channel's settings: what a `channel` setting of type `email` keeps in its `config` (synced to consoles,
 * so never a secret). The passwords live apart, encrypted in the queue database, and are never returned by the API.
 */
export const EmailChannelConfigSchema = z.strictObject({
  /** `imaps://USER@HOST[:993]` (TLS) or `imap://USER@HOST[:143]` (STARTTLS required); the user percent-encoded. */
  imapUrl: z.string().min(1).max(500),
  /** `smtps://USER@HOST[:465]` (TLS) or `smtp://USER@HOST[:587]` (STARTTLS required); the user percent-encoded. */
  smtpUrl: z.string().min(1).max(500),
  /** The address replies are sent from, and the display name beside it. */
  fromAddress: z.string().trim().min(3).max(320),
  fromName: z.string().trim().min(1).max(200),
  /** The IMAP folder new mail is read from. */
  mailbox: z.string().trim().min(1).max(200).default('INBOX'),
  /** How often the mailbox is checked when the server has no IDLE, or IDLE stops, in seconds. */
  pollSeconds: z.number().int().min(5).max(3600).default(60),
});
export type EmailChannelConfig = z.infer<typeof EmailChannelConfigSchema>;

/** The passwords of a mailbox, as the queue keeps them (encrypted at rest). SMTP falls back to the IMAP one. */
export const EmailCredentialsSchema = z.strictObject({
  imapPassword: z.string().min(1).max(1000),
  smtpPassword: z.string().min(1).max(1000).optional(),
});
export type EmailCredentials = z.infer<typeof EmailCredentialsSchema>;

/** How a connection is protected: TLS from the first byte, STARTTLS (required), or none (loopback hosts only). */
export type MailSecurity = 'tls' | 'starttls' | 'none';

export interface MailServerAddress {
  protocol: 'imap' | 'smtp';
  security: MailSecurity;
  host: string;
  port: number;
  user: string;
}

const SCHEMES = {
  imap: { tls: ['imaps:', 993], plain: ['imap:', 143] },
  smtp: { tls: ['smtps:', 465], plain: ['smtp:', 587] },
} as const;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * Reads an IMAP or SMTP URL. A password in the URL is refused (it would be stored in the settings, which consoles
 * read); `?security=none` is accepted for loopback hosts only (a test or local relay), everything else uses TLS.
 */
export function parseMailServerUrl(
  text: string,
  protocol: 'imap' | 'smtp',
): { ok: true; value: MailServerAddress } | { ok: false; error: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    // The text is not repeated: it may hold a password, and this reason is logged and stored.
    return { ok: false, error: `This is not a URL; write ${protocol}s://USER@HOST.` };
  }
  const schemes = SCHEMES[protocol];
  const implicitTls = url.protocol === schemes.tls[0];
  if (!implicitTls && url.protocol !== schemes.plain[0])
    return {
      ok: false,
      error: `An ${protocol.toUpperCase()} URL starts ${schemes.tls[0]}// or ${schemes.plain[0]}//.`,
    };
  if (url.password !== '')
    return { ok: false, error: 'Put no password in the URL: give it from an environment variable or a file.' };
  const user = decodeURIComponent(url.username);
  if (user === '') return { ok: false, error: `The URL names no user: ${protocol}s://USER@HOST.` };
  if (url.pathname !== '' && url.pathname !== '/') return { ok: false, error: 'The URL has no path.' };
  const securityParam = url.searchParams.get('security');
  if (securityParam !== null && securityParam !== 'none')
    return { ok: false, error: 'The only security parameter is ?security=none (loopback hosts only).' };
  if (securityParam === 'none' && !LOOPBACK.has(url.hostname))
    return { ok: false, error: 'A connection without TLS is allowed to a loopback host only.' };
  const security: MailSecurity = securityParam === 'none' ? 'none' : implicitTls ? 'tls' : 'starttls';
  const port = url.port === '' ? (implicitTls ? schemes.tls[1] : schemes.plain[1]) : Number(url.port);
  return { ok: true, value: { protocol, security, host: url.hostname.replace(/^\[|\]$/g, ''), port, user } };
}

/** What is wrong with an email channel's config, each with the config key it concerns (empty: nothing). */
export function emailConfigIssues(config: Record<string, unknown>): Array<{ path: PropertyKey[]; message: string }> {
  const parsed = EmailChannelConfigSchema.safeParse(config);
  const issues = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
  // Each URL that is text is read too, also when another field is wrong, so every field says what it lacks at once.
  for (const [key, protocol] of [
    ['imapUrl', 'imap'],
    ['smtpUrl', 'smtp'],
  ] as const) {
    const url = config[key];
    if (typeof url !== 'string' || issues.some((issue) => issue.path[0] === key)) continue;
    const address = parseMailServerUrl(url, protocol);
    if (!address.ok) issues.push({ path: [key], message: address.error });
  }
  return issues;
}

/** The email config of a channel setting, or why it is not a valid one. */
export function emailConfigOf(
  channel: ChannelSetting,
): { ok: true; value: EmailChannelConfig } | { ok: false; error: string } {
  if (channel.type !== 'email') return { ok: false, error: `The channel is of type ${channel.type}, not email.` };
  const issues = emailConfigIssues(channel.config);
  if (issues.length > 0) return { ok: false, error: issues.map((issue) => issue.message).join(' ') };
  return { ok: true, value: EmailChannelConfigSchema.parse(channel.config) };
}
