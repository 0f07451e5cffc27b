import nodemailer from 'nodemailer';
import { withImap, type MailAccount } from '../test/helpers/mail-server-clients.js';
import type { TestMailServers } from '../test/helpers/mail-servers.js';

/** The mail servers' own rates: the ceiling the email channel can reach on this machine. */
export interface MailServerRates {
  mails: number;
  /** SMTP submission (STARTTLS + AUTH, pooled connections) until Postfix answered 250 for every mail. */
  smtpAcceptedPerSecond: number;
  /** The same mails until all were in the recipient's Dovecot mailbox (Postfix -> LMTP -> Maildir). */
  smtpDeliveredPerSecond: number;
  /** IMAP APPEND of small mails, one after the other on one connection. */
  imapAppendPerSecond: number;
  /** IMAP FETCH of every mail's full source on one connection. */
  imapFetchPerSecond: number;
}

const SMTP_CONNECTIONS = 4;

export function benchMail(n: number, run: string): string {
  return [
    `From: Bench Customer <customer@customer.test>`,
    `To: support@switchboard.test`,
    `Subject: Bench ${run} ${n}`,
    `Message-ID: <bench-${run}-${n}@customer.test>`,
    `Date: ${new Date().toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `My card was declined at checkout (${run} #${n}).`,
    '',
  ].join('\r\n');
}

/** How many mails `folder` of `account` holds (IMAP STATUS). */
export function mailboxCount(servers: TestMailServers, account: MailAccount, folder = 'INBOX'): Promise<number> {
  return withImap(servers.endpoints, account, async (client) => {
    const status = await client.status(folder, { messages: true });
    return status ? (status.messages ?? 0) : 0;
  });
}

/** Waits (polling every 50 ms) until `folder` holds at least `count` mails. */
export async function waitForMailboxCount(
  servers: TestMailServers,
  account: MailAccount,
  count: number,
  timeoutMs: number,
  folder = 'INBOX',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen = 0;
  while ((seen = await mailboxCount(servers, account, folder)) < count) {
    if (Date.now() > deadline) throw new Error(`${account.address} ${folder} holds ${seen} of ${count} mails.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Measures the servers with `mails` mails from `sender` to `recipient` (two accounts of `servers`). */
export async function measureMailServers(
  servers: TestMailServers,
  sender: MailAccount,
  recipient: MailAccount,
  mails: number,
): Promise<MailServerRates> {
  const perSecond = (count: number, startedMs: number) =>
    Math.round((count / ((performance.now() - startedMs) / 1000)) * 10) / 10;
  const before = await mailboxCount(servers, recipient);

  const transport = nodemailer.createTransport({
    pool: true,
    maxConnections: SMTP_CONNECTIONS,
    maxMessages: Infinity,
    host: servers.smtp.host,
    port: servers.smtp.submissionPort,
    secure: false,
    requireTLS: true,
    auth: { user: sender.address, pass: sender.password },
    tls: { ca: servers.caPem, servername: 'localhost' },
  });
  const smtpStarted = performance.now();
  try {
    await Promise.all(
      Array.from({ length: mails }, (_, n) =>
        transport.sendMail({ envelope: { from: sender.address, to: recipient.address }, raw: benchMail(n, 'smtp') }),
      ),
    );
  } finally {
    transport.close();
  }
  const smtpAcceptedPerSecond = perSecond(mails, smtpStarted);
  await waitForMailboxCount(servers, recipient, before + mails, 120_000);
  const smtpDeliveredPerSecond = perSecond(mails, smtpStarted);

  const folder = 'BenchAppend';
  const { appendPerSecond, fetchPerSecond } = await withImap(servers.endpoints, recipient, async (client) => {
    await client.mailboxCreate(folder);
    const appendStarted = performance.now();
    for (let n = 0; n < mails; n++) await client.append(folder, benchMail(n, 'append'));
    const appendRate = perSecond(mails, appendStarted);
    const lock = await client.getMailboxLock(folder);
    try {
      const fetchStarted = performance.now();
      let fetched = 0;
      for await (const message of client.fetch('1:*', { uid: true, source: true })) if (message.source) fetched++;
      if (fetched !== mails) throw new Error(`FETCH gave ${fetched} of ${mails} mails.`);
      return { appendPerSecond: appendRate, fetchPerSecond: perSecond(mails, fetchStarted) };
    } finally {
      lock.release();
    }
  });
  return {
    mails,
    smtpAcceptedPerSecond,
    smtpDeliveredPerSecond,
    imapAppendPerSecond: appendPerSecond,
    imapFetchPerSecond: fetchPerSecond,
  };
}
