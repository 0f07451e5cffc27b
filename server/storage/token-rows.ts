import type { Role } from '../../shared/api/queue-contract.js';
import type { TokenListing, TokenRecord } from './queue-store.js';

/** A row of `tokens` as both engines read it to authenticate a request. */
export interface TokenRow {
  tenant_id: string;
  role: Role;
  name: string;
}

export function tokenRecordFromRow(row: TokenRow): TokenRecord {
  return { tenantId: row.tenant_id, role: row.role, name: row.name };
}

/** A row of `tokens` as both engines read it for `token list`. */
export interface TokenListingRow {
  token_hash: string;
  role: Role;
  name: string;
  created_at: string;
  revoked_at: string | null;
}

export function tokenListingFromRow(row: TokenListingRow): TokenListing {
  return {
    tokenHash: row.token_hash,
    role: row.role,
    name: row.name,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}
