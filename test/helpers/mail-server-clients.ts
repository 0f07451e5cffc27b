import { ImapFlow } from 'imapflow';
import { simpleParser, type ParsedMail } from 'mailparser';
import nodemailer from 'nodemailer';

/** Where the test mail servers listen and the CA their certificate chains to. */
export interface MailEndpoints {
  host: string;
  /** Dovecot IMAP over implicit TLS. */
  imapsPort: number;
  /** Postfix submission (STARTTLS then AUTH). */
  submissionPort: number;
  /** Postfix SMTP without AUTH. */
  smtpPort: number;
  caPem: string;
}

export interface MailAccount {
  address: string;
  password: string;
}

/** A mail as a mailbox holds it: its IMAP UID and flags, its raw bytes, and mailparser's reading of them. */
export interface StoredMail {
  uid: number;
  flags: string[];
  raw: Buffer;
  parsed: ParsedMail;
}

/** What sendMail sends: a raw RFC 5322 message as is, or fields nodemailer composes. */
export type OutgoingTestMail =
  | { raw: string | Buffer }
  | { subject: string; text: string; html?: string; headers?: Record<string, string>; messageId?: string };

/** A small plain-text mail as raw RFC 5322 text (CRLF line ends), with the Message-ID given (without brackets). */
export function plainTextMail(fields: {
  from: string;
  to: string;
  subject: string;
  messageId: string;
  text: string;
}): string {
  return [
    `From: ${fields.from}`,
    `To: ${fields.to}`,
    `Subject: ${fields.subject}`,
    `Message-ID: <${fields.messageId}>`,
    `Date: ${new Date().toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    fields.text,
    '',
  ].join('\r\n');
}

const tlsFor = (endpoints: MailEndpoints) => ({ ca: endpoints.caPem, servername: 'localhost' });

/** Runs `work` on an IMAPS connection (the test CA trusted) logged in as `account`, then logs out. */
export async function withImap<T>(
  endpoints: MailEndpoints,
  account: MailAccount,
  work: (client: ImapFlow) => Promise<T>,
): Promise<T> {
  const client = new ImapFlow({
    host: endpoints.host,
    port: endpoints.imapsPort,
    secure: true,
    auth: { user: account.address, pass: account.password },
    tls: tlsFor(endpoints),
    logger: false,
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.logout().catch(() => client.close());
  }
}

/** IMAP APPEND of any bytes (hostile ones included) to `folder`, created if missing; resolves with the new UID. */
export async function appendRaw(
  endpoints: MailEndpoints,
  account: MailAccount,
  raw: string | Buffer,
  folder = 'INBOX',
): Promise<number> {
  return withImap(endpoints, account, async (client) => {
    if (folder !== 'INBOX') await client.mailboxCreate(folder).catch(() => undefined);
    const appended = await client.append(folder, raw);
    if (!appended || appended.uid === undefined) throw new Error(`APPEND to ${folder} gave no UID.`);
    return appended.uid;
  });
}

/** Every mail in `folder`, in UID order, parsed with mailparser. */
export async function readMailbox(
  endpoints: MailEndpoints,
  account: MailAccount,
  folder = 'INBOX',
): Promise<StoredMail[]> {
  return withImap(endpoints, account, async (client) => {
    const lock = await client.getMailboxLock(folder);
    const fetched: { uid: number; flags: string[]; raw: Buffer }[] = [];
    try {
      const status = client.mailbox;
      if (status && status.exists > 0) {
        for await (const message of client.fetch('1:*', { uid: true, flags: true, source: true })) {
          if (!message.source) continue;
          fetched.push({ uid: message.uid, flags: [...(message.flags ?? [])], raw: message.source });
        }
      }
    } finally {
      lock.release();
    }
    const mails = await Promise.all(fetched.map(async (mail) => ({ ...mail, parsed: await simpleParser(mail.raw) })));
    return mails.sort((a, b) => a.uid - b.uid);
  });
}

/** How many mails `folder` of `account` holds (IMAP STATUS). */
export function mailboxCount(endpoints: MailEndpoints, account: MailAccount, folder = 'INBOX'): Promise<number> {
  return withImap(endpoints, account, async (client) => {
    const status = await client.status(folder, { messages: true });
    return status ? (status.messages ?? 0) : 0;
  });
}

/** Waits (polling every 50 ms) until `folder` holds at least `count` mails. */
export async function waitForMailboxCount(
  endpoints: MailEndpoints,
  account: MailAccount,
  count: number,
  timeoutMs: number,
  folder = 'INBOX',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen = 0;
  while ((seen = await mailboxCount(endpoints, account, folder)) < count) {
    if (Date.now() > deadline) throw new Error(`${account.address} ${folder} holds ${seen} of ${count} mails.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Reads `folder` (every 100 ms) until a mail satisfies `predicate`; resolves with the first that does. */
export async function waitForMail(
  endpoints: MailEndpoints,
  account: MailAccount,
  predicate: (mail: StoredMail) => boolean,
  timeoutMs: number,
  folder = 'INBOX',
): Promise<StoredMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await readMailbox(endpoints, account, folder)).find(predicate);
    if (found) return found;
    if (Date.now() > deadline) {
      throw new Error(`No mail in ${account.address}'s ${folder} matched within ${timeoutMs} ms.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Postfix submission as a mail client uses it: STARTTLS (required, trusting the test CA), then AUTH as `account`. */
function submissionOptions(endpoints: MailEndpoints, account: MailAccount) {
  return {
    host: endpoints.host,
    port: endpoints.submissionPort,
    secure: false,
    requireTLS: true,
    auth: { user: account.address, pass: account.password },
    tls: tlsFor(endpoints),
  };
}

/** A pooled submission transport (STARTTLS + AUTH as `account`) over `pool.maxConnections` connections; close it. */
export function submissionPool(
  endpoints: MailEndpoints,
  account: MailAccount,
  pool: { maxConnections: number; maxMessages?: number },
) {
  return nodemailer.createTransport({ pool: true, ...pool, ...submissionOptions(endpoints, account) });
}

/**
 * Sends a mail through Postfix. A sender that is one of the test accounts submits with STARTTLS and AUTH (as a mail
 * client would); any other sender comes in on the SMTP port without AUTH (as a mail from the outside would).
 * Resolves with the server's reply and the Message-ID.
 */
export async function sendTestMail(
  endpoints: MailEndpoints,
  sender: MailAccount | string,
  to: string | string[],
  mail: OutgoingTestMail,
): Promise<{ response: string; messageId: string }> {
  const from = typeof sender === 'string' ? sender : sender.address;
  const transport =
    typeof sender === 'string'
      ? nodemailer.createTransport({ host: endpoints.host, port: endpoints.smtpPort, secure: false, ignoreTLS: true })
      : nodemailer.createTransport(submissionOptions(endpoints, sender));
  try {
    const envelope = { from, to };
    const info = await transport.sendMail('raw' in mail ? { envelope, raw: mail.raw } : { from, to, ...mail });
    return { response: info.response, messageId: info.messageId };
  } finally {
    transport.close();
  }
}
