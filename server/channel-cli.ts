import { readFileSync, statSync } from 'node:fs';
import { testEmailChannel } from '../channels/email/channel-test.js';
import { readTrustedMailCa } from '../channels/email/mail-ca.js';
import { stringFlags } from '../lib/cli-support.js';
import type { ChannelTestResult } from '../shared/api/channel-contract.js';
import { EmailCredentialsSchema, emailConfigOf } from '../shared/channels/email-config.js';
import { SETTING_ID_PATTERN, SETTING_ID_RULE } from '../shared/settings/setting-kinds.js';
import { ChannelSettingSchema, type ChannelSetting } from '../shared/settings/setting-values.js';
import { withTenantStore } from './admin-cli.js';
import type { TokenActor } from './audit/audit-entries.js';
import { emailStorePort } from './channels/email-store-port.js';
import { CliUsageError, isPostgresUrl, parseFlags } from './cli-args.js';
import { ChannelSecrets, saveChannelCredentials } from './secrets/channel-secrets.js';
import type { StoredChannel } from './storage/email-store.js';
import { storedSettings } from './tenant-seeding.js';

export const CHANNEL_USAGE =
  'Usage: npm run queue -- channel add email --db DB --tenant ID --id ID --imap-url URL --smtp-url URL --from "Name <addr>" --queue ID' +
  ' [--name NAME] [--mailbox INBOX] [--poll-seconds 60] (--imap-password-env VAR | --imap-password-file FILE)' +
  ' [--smtp-password-env VAR | --smtp-password-file FILE] | channel list --db DB --tenant ID' +
  ' | channel test --db DB --tenant ID --id ID | channel remove --db DB --tenant ID --id ID';

/** Who the audit trail names for what this command writes. */
const CHANNEL_CLI_ACTOR: TokenActor = { name: 'channel-cli', role: 'system' };
/** A password file is read up to its first line, and may not be larger than this. */
const MAX_PASSWORD_FILE_BYTES = 4096;
const PASSWORD_ON_COMMAND_LINE = /^--(imap-|smtp-)?(password|pass|passwd)(=|$)/;

export interface ChannelIo {
  out: (line: string) => void;
  /** Notes that are not the command's output (a secret key created). */
  note: (line: string) => void;
  env: NodeJS.ProcessEnv;
}

/**
 * `channel add email ...`, `channel list ...`, `channel test ...`, `channel remove ...` (CHANNEL_USAGE). The channel
 * is a `channel` setting written through the settings path (versioned and audited, as an admin's save); its
 * passwords come from an environment variable or a file, never the command line, and are stored encrypted with the
 * queue's secret key. Returns the exit code: 0, or 1 when `channel test` finds a server that fails.
 */
export async function runChannelCommand(argv: readonly string[], io: ChannelIo): Promise<0 | 1> {
  const [, verb, ...rest] = argv;
  const password = rest.find((arg) => PASSWORD_ON_COMMAND_LINE.test(arg));
  if (password !== undefined)
    throw new CliUsageError(
      `${password.split('=')[0]} is refused: a password on the command line is visible to every user of this machine and stays in the shell history. Give it with --imap-password-env VAR or --imap-password-file FILE (and --smtp-password-env / --smtp-password-file when SMTP has its own).`,
    );
  if (verb === 'add') return addChannel(rest, io);
  const flags = parseFlags(rest, stringFlags('db', 'tenant', 'id'), CHANNEL_USAGE);
  const db = required(flags.db, '--db FILE|postgres://URL');
  const tenantId = required(flags.tenant, '--tenant ID');
  if (verb === 'list')
    return withTenantStore(db, tenantId, async (store): Promise<0 | 1> => {
      const channels = await store.channels(tenantId);
      if (channels.length === 0) io.out(`Tenant ${tenantId} has no channels.`);
      for (const channel of channels) io.out(describeChannel(channel));
      return 0;
    });
  const channelId = required(flags.id, '--id ID');
  if (verb === 'test')
    return withTenantStore(db, tenantId, async (store): Promise<0 | 1> => {
      // The channel as the queue's runtime would run it (its passwords opened with this queue's key).
      const port = emailStorePort({
        store,
        secrets: channelSecrets(db, io),
        log: (fields, message) => io.note(`${message}: ${String(fields.reason)}`),
      });
      const channel = (await port.runnableChannels()).find(
        (candidate) => candidate.tenantId === tenantId && candidate.channelId === channelId,
      );
      if (channel === undefined)
        throw new CliUsageError(
          `Tenant ${tenantId} has no enabled email channel "${channelId}" (channel list shows them).`,
        );
      const result = await testEmailChannel(channel, readMailCa(io.env));
      for (const line of describeTest(result)) io.out(line);
      return result.imap.ok && result.smtp.ok ? 0 : 1;
    });
  if (verb === 'remove')
    return withTenantStore(db, tenantId, async (store): Promise<0 | 1> => {
      const current = (await storedSettings(store, tenantId)).get(`channel/${channelId}`);
      if (current === undefined || current.deleted)
        throw new CliUsageError(`Tenant ${tenantId} has no channel "${channelId}".`);
      const result = await store.deleteSetting({ ...settingKey(tenantId, channelId), baseVersion: current.version });
      if (result.status !== 'stored')
        throw new CliUsageError(`Channel ${channelId} was not removed (${result.status}); run the command again.`);
      io.out(`Removed channel ${channelId} of tenant ${tenantId}; a running queue stops it within seconds.`);
      return 0;
    });
  throw new CliUsageError(`Unknown command "channel ${verb ?? ''}". ${CHANNEL_USAGE}`);
}

async function addChannel(args: readonly string[], io: ChannelIo): Promise<0 | 1> {
  const [type, ...rest] = args;
  if (type !== 'email')
    throw new CliUsageError(`Only email channels can be added: channel add email ... ${CHANNEL_USAGE}`);
  const flags = parseFlags(
    rest,
    stringFlags(
      'db',
      'tenant',
      'id',
      'name',
      'queue',
      'imap-url',
      'smtp-url',
      'from',
      'mailbox',
      'poll-seconds',
      'imap-password-env',
      'imap-password-file',
      'smtp-password-env',
      'smtp-password-file',
    ),
    CHANNEL_USAGE,
  );
  const db = required(flags.db, '--db FILE|postgres://URL');
  const tenantId = required(flags.tenant, '--tenant ID');
  const channelId = required(flags.id, '--id ID');
  if (!SETTING_ID_PATTERN.test(channelId)) throw new CliUsageError(`--id: ${SETTING_ID_RULE}`);
  const from = parseFromFlag(required(flags.from, '--from "Name <address>"'));
  const setting = channelSettingOf({
    name: flags.name?.trim() || from.name || channelId,
    queueId: required(flags.queue, '--queue ID'),
    config: {
      imapUrl: required(flags['imap-url'], '--imap-url imaps://USER@HOST'),
      smtpUrl: required(flags['smtp-url'], '--smtp-url smtps://USER@HOST'),
      fromAddress: from.address,
      fromName: from.name || flags.name?.trim() || channelId,
      mailbox: flags.mailbox ?? 'INBOX',
      pollSeconds: flags['poll-seconds'] === undefined ? 60 : Number(flags['poll-seconds']),
    },
  });
  const imapPassword = readPassword('imap', flags['imap-password-env'], flags['imap-password-file'], io.env);
  if (imapPassword === null)
    throw new CliUsageError(`Give the IMAP password with --imap-password-env VAR or --imap-password-file FILE.`);
  const smtpPassword = readPassword('smtp', flags['smtp-password-env'], flags['smtp-password-file'], io.env);
  const credentials = EmailCredentialsSchema.safeParse({ imapPassword, ...(smtpPassword ? { smtpPassword } : {}) });
  if (!credentials.success) throw new CliUsageError('A password must be 1 to 1000 characters.');
  const secrets = channelSecrets(db, io);

  return withTenantStore(db, tenantId, async (store): Promise<0 | 1> => {
    if (!(await store.listOwnerQueues(tenantId)).some((queue) => queue.id === setting.queueId))
      throw new CliUsageError(
        `Tenant ${tenantId} has no queue "${setting.queueId}"; create it with: npm run queue -- queue create --db DB --tenant ${tenantId} --id ${setting.queueId}`,
      );
    const current = (await storedSettings(store, tenantId)).get(`channel/${channelId}`);
    if (current !== undefined && !current.deleted)
      throw new CliUsageError(
        `Tenant ${tenantId} already has a channel "${channelId}"; remove it first (channel remove) or choose another --id.`,
      );
    const saved = await store.saveSetting({
      ...settingKey(tenantId, channelId),
      baseVersion: current?.version ?? 0,
      value: setting,
    });
    if (saved.status !== 'stored')
      throw new CliUsageError(
        `Channel ${channelId} was not saved: ${saved.status === 'refused' ? saved.message : saved.status}.`,
      );
    const stored = await saveChannelCredentials(store, secrets, {
      tenantId,
      channelId,
      credentials: credentials.data,
      actor: CHANNEL_CLI_ACTOR,
    });
    if (stored !== 'saved') throw new CliUsageError(`Channel ${channelId} was removed while its passwords were saved.`);
    io.out(
      `Added email channel ${channelId} (${setting.name}) of tenant ${tenantId}: mail to ${setting.config.fromAddress} becomes tickets in queue ${setting.queueId}; passwords stored encrypted. Check it with: npm run queue -- channel test --db DB --tenant ${tenantId} --id ${channelId}`,
    );
    return 0;
  });
}

/** The channel setting the flags describe, checked as the queue checks a save (its URLs too). */
function channelSettingOf(input: Pick<ChannelSetting, 'name' | 'queueId' | 'config'>): ChannelSetting {
  const setting = ChannelSettingSchema.safeParse({ type: 'email', enabled: true, ...input });
  if (!setting.success)
    throw new CliUsageError(setting.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join(' '));
  const config = emailConfigOf(setting.data);
  if (!config.ok) throw new CliUsageError(config.error);
  return { ...setting.data, config: config.value };
}

/** `"Support Team <support@example.com>"` or a bare address (the name then comes from --name). */
function parseFromFlag(text: string): { name: string; address: string } {
  const match = /^\s*(?:"?([^"<>]*?)"?\s*<([^<>\s]+@[^<>\s]+)>|([^<>\s"]+@[^<>\s"]+))\s*$/.exec(text);
  if (match === null) throw new CliUsageError(`--from must be "Name <address>" or an address, not "${text}".`);
  return { name: (match[1] ?? '').trim(), address: match[2] ?? match[3] ?? '' };
}

/** A password from the variable or the file the flags name (its first line); null when neither is given. */
function readPassword(
  protocol: 'imap' | 'smtp',
  variable: string | undefined,
  file: string | undefined,
  env: NodeJS.ProcessEnv,
): string | null {
  if (variable !== undefined && file !== undefined)
    throw new CliUsageError(`Give one of --${protocol}-password-env and --${protocol}-password-file.`);
  if (variable !== undefined) {
    const value = env[variable];
    if (!value) throw new CliUsageError(`The variable ${variable} (--${protocol}-password-env) is not set or empty.`);
    return value;
  }
  if (file === undefined) return null;
  let text: string;
  try {
    if (statSync(file).size > MAX_PASSWORD_FILE_BYTES)
      throw new Error(`larger than ${MAX_PASSWORD_FILE_BYTES} bytes; it should hold the password alone`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliUsageError(
      `cannot read --${protocol}-password-file ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const password = text.split(/\r?\n/)[0] ?? '';
  if (password === '') throw new CliUsageError(`--${protocol}-password-file ${file} is empty.`);
  return password;
}

/** One channel as a line: its settings and whether passwords are stored (never what they are). */
function describeChannel(channel: StoredChannel): string {
  const { setting } = channel;
  const config = setting.type === 'email' ? emailConfigOf(setting) : null;
  const where =
    config === null
      ? ''
      : config.ok
        ? ` imap=${config.value.imapUrl} smtp=${config.value.smtpUrl} mailbox=${config.value.mailbox} from="${config.value.fromName} <${config.value.fromAddress}>"`
        : ` (settings not usable: ${config.error})`;
  return `${channel.channelId}\t${setting.type}\t${setting.enabled ? 'enabled' : 'disabled'}\t"${setting.name}"\tqueue=${setting.queueId}${where}\tpasswords ${channel.sealedCredentials === null ? 'not set' : 'set'}`;
}

function describeTest(result: ChannelTestResult): string[] {
  return (['imap', 'smtp'] as const).map((side) => {
    const check = result[side];
    return `${side.toUpperCase()}: ${check.ok ? 'ok' : `FAILED (${check.code})`}: ${check.detail}`;
  });
}

function channelSecrets(db: string, io: ChannelIo): ChannelSecrets {
  const secrets = ChannelSecrets.load({ env: io.env, sqliteFile: isPostgresUrl(db) ? null : db, log: io.note });
  if (secrets.unavailable !== null) throw new CliUsageError(secrets.unavailable);
  return secrets;
}

function readMailCa(env: NodeJS.ProcessEnv): string | null {
  try {
    return readTrustedMailCa(env);
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
}

function settingKey(tenantId: string, channelId: string) {
  return {
    tenantId,
    kind: 'channel' as const,
    id: channelId,
    savedBy: CHANNEL_CLI_ACTOR.name,
    savedAt: new Date().toISOString(),
    actor: CHANNEL_CLI_ACTOR,
  };
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') throw new CliUsageError(`${flag} is required. ${CHANNEL_USAGE}`);
  return value;
}
