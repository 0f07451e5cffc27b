import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { freePorts } from './child-process.js';
import {
  dovecotConfig,
  dovecotUserLine,
  mailServerTag,
  postfixMainConfig,
  postfixMasterConfig,
  type MailAccounts,
  type MailServerPorts,
} from './mail-server-configs.js';
import {
  appendRaw,
  readMailbox,
  sendTestMail,
  waitForMail,
  type MailAccount,
  type MailEndpoints,
  type OutgoingTestMail,
  type StoredMail,
} from './mail-server-clients.js';
import { fileTail, greeting, startDaemon, waitForPort, type DaemonProcess } from './mail-server-process.js';
import { makeTestCertificates } from './mail-test-certs.js';

export type { MailAccount, OutgoingTestMail, StoredMail } from './mail-server-clients.js';

/**
 * Real mail servers for tests, on 127.0.0.1 in a temp dir: Debian's Dovecot (IMAP with STARTTLS and over TLS, LMTP)
 * and Postfix (SMTP, and submission with STARTTLS + AUTH checked by Dovecot), Postfix delivering every domain into
 * Dovecot over LMTP, so what is sent can be read from the recipient's IMAP mailbox. A recipient Dovecot does not know
 * is bounced back to the sender (a delivery report in the sender's mailbox when the sender is a test account).
 *
 * Needs root (Postfix's master runs as root; Dovecot drops to the `mail` user for the mailboxes). Without the
 * binaries or root, the mail tests are skipped with the reason printed, unless SWITCHBOARD_REQUIRE_MAIL=1 (.ci/run
 * sets it), where that is a failure.
 *
 * (OpenSMTPD 6.8 was tried first: Debian 12's build fails every STARTTLS handshake with OpenSSL 3 -- "missing
 * private key" in its privilege-separated signer -- and it keeps one spool and control socket per machine.)
 */
export interface TestMailServers {
  /** The test CA (PEM) the servers' certificate chains to, and its file. */
  caPem: string;
  caFile: string;
  users: MailAccount[];
  /** Host, IMAPS, submission and SMTP ports, and CA: for mail-server-clients.ts (with accounts of your own). */
  endpoints: MailEndpoints;
  /** The channel URLs (shared/channels/email-config.ts) of an account: IMAP over TLS, SMTP submission with STARTTLS. */
  imapUrl(user: string): string;
  smtpUrl(user: string): string;
  /** Adds an account (Dovecot reads its users file again on the next login). */
  addUser(account: MailAccount): void;
  /** IMAP APPEND of raw bytes into the user's folder; resolves with the UID. */
  appendRaw(user: string, raw: string | Buffer, folder?: string): Promise<number>;
  readMailbox(user: string, folder?: string): Promise<StoredMail[]>;
  waitForMail(
    user: string,
    predicate: (mail: StoredMail) => boolean,
    timeoutMs?: number,
    folder?: string,
  ): Promise<StoredMail>;
  /** Sends through Postfix: with AUTH when `from` is a test account, else as a mail from outside. */
  sendMail(
    from: string,
    to: string | string[],
    mail: OutgoingTestMail,
  ): Promise<{ response: string; messageId: string }>;
  /** The last lines of both servers' logs. */
  logs(): string;
  stop(): Promise<void>;
}

export interface MailServersOptions {
  users: MailAccount[];
}

const DOVECOT = '/usr/sbin/dovecot';
const DOVECOT_LMTP = '/usr/lib/dovecot/lmtp';
const POSTFIX_MASTER = '/usr/lib/postfix/sbin/master';
const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 20_000;

/** Why the mail servers cannot run here, or null when they can. */
export function mailServersUnavailable(): string | null {
  for (const binary of [DOVECOT, DOVECOT_LMTP, POSTFIX_MASTER]) {
    if (!existsSync(binary))
      return `${binary} is missing (install dovecot-imapd dovecot-lmtpd postfix, as .ci/run does)`;
  }
  if (spawnSync('openssl', ['version']).status !== 0) return 'openssl is missing';
  if (process.getuid?.() !== 0) return 'the test mail servers run as root (Postfix master needs it)';
  return null;
}

/**
 * For a test file: whether its mail tests run. Prints why they are skipped; throws when they cannot run and
 * SWITCHBOARD_REQUIRE_MAIL=1. Use as `describe.skipIf(!mailServersRun())(...)`.
 */
export function mailServersRun(): boolean {
  const reason = mailServersUnavailable();
  if (reason && process.env.SWITCHBOARD_REQUIRE_MAIL === '1') {
    throw new Error(`SWITCHBOARD_REQUIRE_MAIL=1 but the test mail servers cannot run: ${reason}`);
  }
  if (reason) console.log(`Mail server tests skipped: ${reason}`);
  return reason === null;
}

/** For a describe block (or file): one mail-server pair started before its tests and stopped after them. */
export function mailServersPerFile(options: MailServersOptions): () => TestMailServers {
  let servers: TestMailServers | null = null;
  beforeAll(async () => {
    servers = await startMailServers(options);
  });
  afterAll(async () => {
    await servers?.stop();
    servers = null;
  });
  return () => {
    if (!servers) throw new Error('The mail servers run only inside the tests of their block.');
    return servers;
  };
}

/** Starts Dovecot and Postfix on free ports, again on new ones (up to three tries) when a port was taken meanwhile. */
export async function startMailServers(options: MailServersOptions): Promise<TestMailServers> {
  const unavailable = mailServersUnavailable();
  if (unavailable) throw new Error(`The test mail servers cannot run: ${unavailable}`);
  for (let attempt = 1; ; attempt++) {
    try {
      return await startMailServersOnce(options);
    } catch (error) {
      const taken = error instanceof PortTakenError || /address already in use/i.test(String(error));
      if (!taken || attempt === PORT_ATTEMPTS) throw error;
      console.warn(`Test mail servers: a port was taken (${String(error)}); starting again on other ports.`);
    }
  }
}

const PORT_ATTEMPTS = 3;

class PortTakenError extends Error {}

/** Every port answers as its own daemon: a port picked free and then bound by another test process would not. */
async function checkGreetings(ports: MailServerPorts): Promise<void> {
  const tag = mailServerTag(ports);
  const expected: [number, string, string][] = [
    [ports.imap, '* OK', `${tag} Dovecot`],
    [ports.lmtp, '220 ', `${tag} Dovecot`],
    [ports.smtp, '220 ', `${tag} Postfix`],
    [ports.submission, '220 ', `${tag} Postfix`],
  ];
  for (const [port, code, words] of expected) {
    const line = await greeting(port);
    if (!line.startsWith(code) || !line.includes(words))
      throw new PortTakenError(`127.0.0.1:${port} should greet as ${words} but greeted "${line}"`);
  }
}

async function startMailServersOnce(options: MailServersOptions): Promise<TestMailServers> {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-mail-'));
  // Dovecot's unprivileged processes reach the users file and the mailboxes under it.
  chmodSync(dir, 0o755);
  const daemons: DaemonProcess[] = [];
  const stop = async () => {
    await Promise.all(daemons.map((daemon) => daemon.stop()));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const ports: MailServerPorts = await freePorts(['imap', 'imaps', 'lmtp', 'sasl', 'smtp', 'submission']);
    const certs = makeTestCertificates(dir);
    const accounts = mailAccounts();
    const users = [...options.users];
    const usersFile = join(dir, 'users');
    writeFileSync(usersFile, users.map((user) => dovecotUserLine(user.address, user.password)).join(''), {
      mode: 0o644,
    });
    const mailRoot = join(dir, 'mail');
    mkdirSync(mailRoot);
    chownSync(mailRoot, accounts.mailUid, accounts.mailGid);
    for (const sub of ['run', 'state']) mkdirSync(join(dir, sub));
    const dovecotConf = join(dir, 'dovecot.conf');
    const dovecotLog = join(dir, 'dovecot.log');
    writeFileSync(
      dovecotConf,
      dovecotConfig(ports, { dir, usersFile, mailRoot, logFile: dovecotLog }, certs, accounts),
    );
    const dovecot = startDaemon('Dovecot', DOVECOT, ['-F', '-c', dovecotConf], join(dir, 'dovecot.out'));
    daemons.push(dovecot);
    const postfixConfDir = preparePostfix(dir, ports, certs);
    const postfix = startDaemon('Postfix', POSTFIX_MASTER, ['-c', postfixConfDir, '-s'], join(dir, 'postfix.log'));
    daemons.push(postfix);
    try {
      for (const port of [ports.imap, ports.imaps, ports.lmtp, ports.sasl])
        await waitForPort(port, START_TIMEOUT_MS, dovecot);
      for (const port of [ports.smtp, ports.submission]) await waitForPort(port, START_TIMEOUT_MS, postfix);
    } catch (error) {
      // Dovecot writes a failed bind to its own log, which says whether another process took the port.
      throw new Error(`${String(error)}\n--- Dovecot log\n${fileTail(dovecotLog)}`);
    }
    await checkGreetings(ports);

    const endpoints: MailEndpoints = {
      host: HOST,
      imapsPort: ports.imaps,
      submissionPort: ports.submission,
      smtpPort: ports.smtp,
      caPem: certs.caPem,
    };
    const accountOf = (address: string): MailAccount => {
      const account = users.find((user) => user.address === address);
      if (!account)
        throw new Error(`${address} is not a test mail account (${users.map((u) => u.address).join(', ')}).`);
      return account;
    };
    return {
      caPem: certs.caPem,
      caFile: certs.caFile,
      users,
      endpoints,
      addUser(account) {
        appendFileSync(usersFile, dovecotUserLine(account.address, account.password));
        users.push(account);
      },
      imapUrl: (user) => `imaps://${encodeURIComponent(user)}@${HOST}:${ports.imaps}`,
      smtpUrl: (user) => `smtp://${encodeURIComponent(user)}@${HOST}:${ports.submission}`,
      appendRaw: (user, raw, folder) => appendRaw(endpoints, accountOf(user), raw, folder),
      readMailbox: (user, folder) => readMailbox(endpoints, accountOf(user), folder),
      waitForMail: (user, predicate, timeoutMs = 10_000, folder) =>
        waitForMail(endpoints, accountOf(user), predicate, timeoutMs, folder),
      sendMail: (from, to, mail) => {
        const account = users.find((user) => user.address === from);
        return sendTestMail(endpoints, account ?? from, to, mail);
      },
      logs: () =>
        daemons.map((daemon) => `--- ${daemon.name}\n${daemon.logTail()}`).join('\n') +
        `\n--- Dovecot log\n${fileTail(dovecotLog)}`,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The mailbox owner and daemon users: Debian's `mail`, `dovenull` and `dovecot` accounts. */
function mailAccounts(): MailAccounts {
  return {
    mailUid: idOf('-u', 'mail'),
    mailGid: idOf('-g', 'mail'),
    loginUser: 'dovenull',
    internalUser: 'dovecot',
  };
}

/**
 * Postfix's config, queue and data folders under `dir`, with the owners `postfix post-install` would give them (made
 * here directly: post-install takes seconds). Returns the config folder.
 */
function preparePostfix(dir: string, ports: MailServerPorts, certs: ReturnType<typeof makeTestCertificates>): string {
  const confDir = join(dir, 'postfix');
  const queueDir = join(dir, 'postfix-queue');
  const dataDir = join(dir, 'postfix-data');
  const postfixUid = idOf('-u', 'postfix');
  const postdropGid = groupIdOf('postdrop');
  for (const folder of [confDir, queueDir, dataDir]) mkdirSync(folder);
  chownSync(dataDir, postfixUid, 0);
  chmodSync(dataDir, 0o700);
  writeFileSync(join(confDir, 'main.cf'), postfixMainConfig(ports, { queueDir, dataDir }, certs));
  writeFileSync(join(confDir, 'master.cf'), postfixMasterConfig(ports));
  const queueFolders: [string, number, number][] = [
    ...[
      'active',
      'bounce',
      'corrupt',
      'defer',
      'deferred',
      'flush',
      'hold',
      'incoming',
      'private',
      'saved',
      'trace',
    ].map((name): [string, number, number] => [name, 0o700, 0]),
    ['maildrop', 0o730, postdropGid],
    ['public', 0o710, postdropGid],
  ];
  for (const [name, mode, gid] of queueFolders) {
    const folder = join(queueDir, name);
    mkdirSync(folder);
    chownSync(folder, postfixUid, gid);
    chmodSync(folder, mode);
  }
  mkdirSync(join(queueDir, 'pid'), { mode: 0o755 });
  return confDir;
}

function idOf(flag: '-u' | '-g', user: string): number {
  const result = spawnSync('id', [flag, user], { encoding: 'utf8' });
  const id = Number(result.stdout.trim());
  if (result.status !== 0 || !Number.isInteger(id)) throw new Error(`There is no ${user} user (id ${flag} ${user}).`);
  return id;
}

function groupIdOf(group: string): number {
  const result = spawnSync('getent', ['group', group], { encoding: 'utf8' });
  const id = Number(result.stdout.split(':')[2]);
  if (result.status !== 0 || !Number.isInteger(id)) throw new Error(`There is no ${group} group.`);
  return id;
}
