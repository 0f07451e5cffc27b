import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import type { ChannelTestResult } from '../../shared/api/channel-contract.js';
import type { MailServerAddress } from '../../shared/channels/email-config.js';
import type { RunnableEmailChannel } from './email-port.js';
import { imapOptions, mailServersOf, smtpOptions, smtpPasswordOf } from './mail-connections.js';
import { classifyMailFailure } from './mail-failure.js';

type ChannelCheck = ChannelTestResult['imap'];

/** A test gives each server this long to answer before it says `timeout`. */
const TEST_TIMEOUT_MS = 10_000;

/**
 * Connects to both servers of a channel with its stored settings and passwords, as the worker would: IMAP logs in
 * and opens the mailbox read-only, SMTP logs in (nothing is sent). Each side says what worked or what failed with a
 * stable code (dns, connect, tls, auth, mailbox, timeout, no_credentials).
 */
export async function testEmailChannel(
  channel: RunnableEmailChannel,
  trustedCaPem: string | null,
): Promise<ChannelTestResult> {
  if (channel.credentials === null) {
    const missing: ChannelCheck = {
      ok: false,
      code: 'no_credentials',
      detail: `No passwords are stored for channel ${channel.channelId}; set them before it can connect.`,
    };
    return { imap: missing, smtp: missing };
  }
  const servers = mailServersOf(channel.config);
  const [imap, smtp] = await Promise.all([
    checkImap(servers.imap, channel.credentials.imapPassword, channel.config.mailbox, trustedCaPem),
    checkSmtp(servers.smtp, smtpPasswordOf(channel.credentials), trustedCaPem),
  ]);
  return { imap, smtp };
}

async function checkImap(
  address: MailServerAddress,
  password: string,
  mailbox: string,
  trustedCaPem: string | null,
): Promise<ChannelCheck> {
  const client = new ImapFlow({
    ...imapOptions(address, password, trustedCaPem),
    connectionTimeout: TEST_TIMEOUT_MS,
    greetingTimeout: TEST_TIMEOUT_MS,
    socketTimeout: TEST_TIMEOUT_MS,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const opened = await client.mailboxOpen(mailbox, { readOnly: true });
    return {
      ok: true,
      code: 'ok',
      detail: `Logged in to ${serverName(address)} as ${address.user}; ${mailbox} has ${opened.exists} messages.`,
    };
  } catch (error) {
    return failedCheck(address, error);
  } finally {
    if (client.usable) await client.logout().catch(() => undefined);
    client.close();
  }
}

async function checkSmtp(
  address: MailServerAddress,
  password: string,
  trustedCaPem: string | null,
): Promise<ChannelCheck> {
  const {
    pool: _pool,
    maxConnections: _connections,
    maxMessages: _messages,
    ...single
  } = smtpOptions(address, password, trustedCaPem);
  const transport = nodemailer.createTransport({
    ...single,
    connectionTimeout: TEST_TIMEOUT_MS,
    greetingTimeout: TEST_TIMEOUT_MS,
    socketTimeout: TEST_TIMEOUT_MS,
  });
  try {
    await transport.verify();
    return { ok: true, code: 'ok', detail: `Logged in to ${serverName(address)} as ${address.user}.` };
  } catch (error) {
    return failedCheck(address, error);
  } finally {
    transport.close();
  }
}

function failedCheck(address: MailServerAddress, error: unknown): ChannelCheck {
  const failure = classifyMailFailure(error);
  return { ok: false, code: failure.code, detail: `${serverName(address)}: ${failure.detail}` };
}

function serverName(address: MailServerAddress): string {
  return `${address.protocol.toUpperCase()} ${address.host}:${address.port}`;
}
