import {
  mailboxCount,
  plainTextMail,
  submissionPool,
  waitForMailboxCount,
  withImap,
  type MailAccount,
} from '../test/helpers/mail-server-clients.js';
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

/** Mail n of a bench run: Message-ID bench-RUN-N@customer.test. */
export function benchMail(n: number, run: string): string {
  return plainTextMail({
    from: 'Bench Customer <customer@customer.test>',
    to: 'support@switchboard.test',
    subject: `Bench ${run} ${n}`,
    messageId: `bench-${run}-${n}@customer.test`,
    text: `My card was declined at checkout (${run} #${n}).`,
  });
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
  const before = await mailboxCount(servers.endpoints, recipient);

  const transport = submissionPool(servers.endpoints, sender, {
    maxConnections: SMTP_CONNECTIONS,
    maxMessages: Infinity,
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
  await waitForMailboxCount(servers.endpoints, recipient, before + mails, 120_000);
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
