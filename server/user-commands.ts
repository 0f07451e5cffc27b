import { readFileSync } from 'node:fs';
import { stringFlags } from '../lib/cli-support.js';
import {
  EmailSchema,
  NewUserSchema,
  UserPatchSchema,
  type User,
  type UserPatch,
} from '../shared/api/identity-contract.js';
import { withTenantStore } from './admin-cli.js';
import { addUser, changeUser } from './auth/user-admin.js';
import { CliUsageError, parseFlags } from './cli-args.js';
import { alignColumns, asUsageError, OPERATOR, zodMessage } from './operator-commands.js';
import type { QueueStore } from './storage/queue-store.js';

export const USER_USAGE =
  'Usage: npm run queue -- user add --db DB --tenant ID --email EMAIL --name NAME --role agent|lead|admin [--queues Q1,Q2] [--language CODE] [--password-file FILE]' +
  ' | user list --db DB --tenant ID | user update --db DB --tenant ID --email EMAIL [--name NAME] [--role ROLE] [--queues Q1,Q2] [--language CODE|none]' +
  ' | user disable|enable --db DB --tenant ID --email EMAIL | user password --db DB --tenant ID --email EMAIL --password-file FILE' +
  "\n  A password is read from the first line of a file (never a flag: it would show in the process list). Disabling ends the user's" +
  ' sessions and revokes their tokens at once; a new password ends their sessions.';

const VERBS = ['add', 'list', 'update', 'disable', 'enable', 'password'] as const;
type Verb = (typeof VERBS)[number];
const FLAGS = stringFlags('db', 'tenant', 'email', 'name', 'role', 'queues', 'language', 'password-file');

/** `npm run queue -- user add|list|update|disable|enable|password ...`: the tenant's people, audited as `operator`. */
export async function runUserCommand(argv: readonly string[], out: (line: string) => void): Promise<void> {
  const [, verb, ...rest] = argv;
  const known = VERBS.find((candidate) => candidate === verb);
  if (!known) throw new CliUsageError(`Unknown command "user ${verb ?? ''}". ${USER_USAGE}`);
  const values = parseFlags(rest, FLAGS, USER_USAGE);
  if (!values.db || !values.tenant) throw new CliUsageError(`--db and --tenant are required. ${USER_USAGE}`);
  const tenantId = values.tenant;
  await withTenantStore(values.db, tenantId, async (store) => {
    if (known === 'list') {
      for (const line of userLines(await store.identity.listUsers(tenantId))) out(line);
      return;
    }
    if (known === 'add') {
      const input = NewUserSchema.safeParse({
        email: values.email,
        name: values.name,
        role: values.role,
        queues: listFlag(values.queues) ?? [],
        language: languageFlag(values.language) ?? null,
        ...(values['password-file'] === undefined ? {} : { password: readPassword(values['password-file']) }),
      });
      if (!input.success) throw new CliUsageError(zodMessage(input.error, { password: 'password-file' }));
      const user = await asUsageError(addUser(store, tenantId, input.data, OPERATOR, new Date()));
      out(`Added ${describe(user)}.`);
      return;
    }
    const user = await asUsageError(change(store, tenantId, known, values));
    out(`${PAST[known]} ${describe(user)}.`);
  });
}

const PAST: Record<Exclude<Verb, 'add' | 'list'>, string> = {
  update: 'Updated',
  disable: 'Disabled (their sessions ended and their tokens were revoked)',
  enable: 'Enabled (they sign in again)',
  password: 'Set a new password for (their sessions ended)',
};

async function change(
  store: QueueStore,
  tenantId: string,
  verb: Exclude<Verb, 'add' | 'list'>,
  values: Partial<Record<keyof typeof FLAGS, string>>,
): Promise<User> {
  const email = EmailSchema.safeParse(values.email);
  if (!email.success) throw new CliUsageError(`--email: ${email.error.issues[0]?.message ?? 'required'}`);
  const current = await store.identity.findUserByEmail(tenantId, email.data);
  if (!current)
    throw new CliUsageError(`Tenant ${tenantId} has no user with the email ${email.data} (see: user list).`);
  const fields: Omit<UserPatch, 'baseVersion'> =
    verb === 'disable'
      ? { disabled: true }
      : verb === 'enable'
        ? { disabled: false }
        : verb === 'password'
          ? { password: readPassword(values['password-file']) }
          : {
              ...(values.name === undefined ? {} : { name: values.name }),
              ...(values.role === undefined ? {} : { role: values.role as UserPatch['role'] }),
              ...(values.queues === undefined ? {} : { queues: listFlag(values.queues) }),
              ...(values.language === undefined ? {} : { language: languageFlag(values.language) }),
            };
  if (Object.keys(fields).length === 0)
    throw new CliUsageError(`Say what to change: --name, --role, --queues or --language. ${USER_USAGE}`);
  const patch = UserPatchSchema.safeParse({ baseVersion: current.version, ...fields });
  if (!patch.success) throw new CliUsageError(zodMessage(patch.error, { password: 'password-file' }));
  return changeUser(store, tenantId, current.id, patch.data, { actor: OPERATOR, callerRole: null, now: new Date() });
}

/** One line per user, disabled ones included: never a password hash. */
export function userLines(users: readonly User[]): string[] {
  const rows = users.map((user) => [
    user.id,
    user.email,
    user.role,
    user.disabledAt === null ? 'active' : `disabled ${user.disabledAt}`,
    [user.hasPassword ? 'password' : '', user.ssoLinked ? 'sso' : ''].filter(Boolean).join('+') || 'none',
    user.lastSignInAt ?? 'never',
    user.name,
  ]);
  return alignColumns([['ID', 'EMAIL', 'ROLE', 'STATUS', 'SIGN-IN', 'LAST SIGN-IN', 'NAME'], ...rows]);
}

function describe(user: User): string {
  return `${user.name} <${user.email}> (${user.id}, ${user.role})`;
}

function listFlag(value: string | undefined): string[] | undefined {
  return value
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** `none` clears the user's language (the console's own choice). */
function languageFlag(value: string | undefined): string | null | undefined {
  return value === 'none' ? null : value;
}

function readPassword(file: string | undefined): string {
  if (file === undefined) throw new CliUsageError(`--password-file FILE is required. ${USER_USAGE}`);
  try {
    return readFileSync(file, 'utf8').split(/\r?\n/)[0] ?? '';
  } catch (error) {
    throw new CliUsageError(
      `cannot read --password-file ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
