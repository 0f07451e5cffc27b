import { stringFlags } from '../lib/cli-support.js';
import { ApiTokenIdSchema, NewApiTokenSchema, type ApiToken } from '../shared/api/identity-contract.js';
import { withTenantStore } from './admin-cli.js';
import { isLive, issueApiToken, revokeApiToken, rotateApiToken } from './auth/api-token-admin.js';
import { CliUsageError, parseFlags } from './cli-args.js';
import { alignColumns, asUsageError, OPERATOR, zodMessage } from './operator-commands.js';

export const TOKEN_USAGE =
  'Usage: npm run queue -- token create --db DB --tenant ID --role agent|lead|autopilot|admin [--name NAME] [--expires-days DAYS]' +
  ' | token list --db DB --tenant ID | token rotate --db DB --tenant ID --id tok_… | token revoke --db DB --tenant ID --id tok_…' +
  '\n  A secret (create, rotate) is printed once on stdout; the queue keeps only its hash. Rotate and revoke are refused' +
  ' from the next request on by every queue process sharing the database.';

const VERBS = ['create', 'list', 'rotate', 'revoke'] as const;

/** `npm run queue -- token create|list|rotate|revoke ...`: the tenant's API tokens, as the admin screen shows them. */
export async function runTokenCommand(
  argv: readonly string[],
  out: (line: string) => void,
  note: (line: string) => void,
): Promise<void> {
  const [, verb, ...rest] = argv;
  if (!VERBS.some((known) => known === verb))
    throw new CliUsageError(`Unknown command "token ${verb ?? ''}". ${TOKEN_USAGE}`);
  const values = parseFlags(rest, stringFlags('db', 'tenant', 'role', 'name', 'expires-days', 'id'), TOKEN_USAGE);
  if (!values.db || !values.tenant) throw new CliUsageError(`--db and --tenant are required. ${TOKEN_USAGE}`);
  const tenantId = values.tenant;
  await withTenantStore(values.db, tenantId, async (store) => {
    const now = new Date();
    if (verb === 'list') {
      for (const line of tokenLines(await store.identity.listApiTokens(tenantId), now)) out(line);
      return;
    }
    if (verb === 'create') {
      const input = NewApiTokenSchema.safeParse({
        name: values.name ?? `${tenantId} ${values.role ?? ''}`.trim(),
        role: values.role,
        expiresInDays: values['expires-days'] === undefined ? null : Number(values['expires-days']),
      });
      if (!input.success) throw new CliUsageError(`${zodMessage(input.error, { expiresInDays: 'expires-days' })}`);
      const { token, secret } = await asUsageError(issueApiToken(store, tenantId, input.data, OPERATOR, now));
      out(secret);
      note(`Token ${token.id} "${token.name}" (${token.role}, ${expiry(token)}); the secret is shown only this once.`);
      return;
    }
    const id = ApiTokenIdSchema.safeParse(values.id);
    if (!id.success) throw new CliUsageError(`--id tok_… is required (see: token list). ${TOKEN_USAGE}`);
    if (verb === 'rotate') {
      const { token, secret } = await asUsageError(rotateApiToken(store, tenantId, id.data, OPERATOR, now));
      out(secret);
      note(
        `Token ${token.id} "${token.name}" has a new secret, shown only this once; the old one is refused from now on.`,
      );
      return;
    }
    const token = await asUsageError(revokeApiToken(store, tenantId, id.data, OPERATOR, now));
    out(`Revoked token ${token.id} (${token.role}, "${token.name}"); the queue refuses it from its next request on.`);
  });
}

/** One line per token, revoked and expired ones included: never a secret nor its hash. */
export function tokenLines(tokens: readonly ApiToken[], now: Date): string[] {
  const rows = tokens.map((token) => [
    token.id,
    token.role,
    token.userId ?? 'machine',
    token.createdAt,
    token.lastUsedAt ?? 'never',
    token.expiresAt ?? 'never',
    status(token, now),
    token.name,
  ]);
  return alignColumns([['ID', 'SCOPE', 'USER', 'CREATED', 'LAST USED', 'EXPIRES', 'STATUS', 'NAME'], ...rows]);
}

function status(token: ApiToken, now: Date): string {
  if (token.revokedAt !== null) return `revoked ${token.revokedAt}`;
  if (!isLive(token, now)) return 'expired';
  return token.rotatedAt === null ? 'active' : `active (rotated ${token.rotatedAt})`;
}

function expiry(token: ApiToken): string {
  return token.expiresAt === null ? 'no expiry' : `expires ${token.expiresAt}`;
}
