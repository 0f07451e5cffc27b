import { CliUsageError } from './cli-args.js';
import type { QueueStore, TokenListing } from './storage/queue-store.js';

/** How many hex digits of a token's stored SHA-256 `token list` shows: enough to tell tokens apart, useless as a token. */
export const FINGERPRINT_LENGTH = 12;
/** The shortest fingerprint prefix `token revoke` accepts. */
const MIN_FINGERPRINT_PREFIX = 8;

export function tokenFingerprint(tokenHash: string): string {
  return tokenHash.slice(0, FINGERPRINT_LENGTH);
}

/** `token list`: one line per token of the tenant, revoked ones included; never the token nor its whole hash. */
export async function listTokenLines(store: QueueStore, tenantId: string): Promise<string[]> {
  const rows = (await store.listTokens(tenantId)).map((token) => [
    tokenFingerprint(token.tokenHash),
    token.role,
    token.createdAt,
    token.revokedAt === null ? 'active' : `revoked ${token.revokedAt}`,
    token.name,
  ]);
  return alignColumns([['FINGERPRINT', 'ROLE', 'CREATED', 'STATUS', 'NAME'], ...rows]);
}

/** `token revoke`: the one live token of the tenant whose fingerprint starts with `prefix`; it is refused from its next request on. */
export async function revokeByFingerprint(
  store: QueueStore,
  tenantId: string,
  prefix: string,
  now: Date,
): Promise<TokenListing> {
  const wanted = prefix.trim().toLowerCase();
  if (!new RegExp(`^[0-9a-f]{${MIN_FINGERPRINT_PREFIX},64}$`).test(wanted)) {
    throw new CliUsageError(
      `--fingerprint must be at least ${MIN_FINGERPRINT_PREFIX} hex digits of a fingerprint that \`token list\` shows.`,
    );
  }
  const matches = (await store.listTokens(tenantId)).filter(
    (token) => token.revokedAt === null && token.tokenHash.startsWith(wanted),
  );
  const listHint = `see: npm run queue -- token list --db DB --tenant ${tenantId}`;
  const [token, ...others] = matches;
  if (!token) throw new CliUsageError(`Tenant ${tenantId} has no live token with fingerprint ${wanted}; ${listHint}`);
  if (others.length > 0)
    throw new CliUsageError(
      `${matches.length} tokens of tenant ${tenantId} start with ${wanted}; give more of the fingerprint (${listHint}).`,
    );
  if (!(await store.identity.revokeApiToken(tenantId, token.id, now, { name: 'operator', role: 'system' })))
    throw new CliUsageError(`The token ${wanted} was revoked meanwhile; ${listHint}`);
  return token;
}

/** Pads every column but the last to its widest cell, two spaces apart. */
function alignColumns(rows: readonly string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) =>
    row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  '),
  );
}
