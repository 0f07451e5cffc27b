import type { SecretOwnerKind } from '../../shared/channels/request-signature.js';
import type { Rows, Statements } from './sql-statements.js';

/** A sealed signing secret as stored (schema-steps.ts: signing_secrets). */
export interface SigningSecretRow {
  tenant_id: string;
  kind: SecretOwnerKind;
  owner_id: string;
  /** Sealed by server/secrets (never the secret itself). */
  sealed: string;
  created_at: string;
}

/** Which owners have a secret, and since when (never the sealed value). */
export type SigningSecretListingRow = Pick<SigningSecretRow, 'kind' | 'owner_id' | 'created_at'>;

/** The store operations of signing secrets, one statement each for both engines (sql-statements.ts). */
export interface SigningSecretOperations {
  /** Stores the owner's secret, replacing the one it had. */
  saveSigningSecret(row: SigningSecretRow): void;
  signingSecretRow(tenantId: string, kind: SecretOwnerKind, ownerId: string): SigningSecretRow | null;
  signingSecretListing(tenantId: string): SigningSecretListingRow[];
}

const COLUMNS = 'tenant_id, kind, owner_id, sealed, created_at';
const none = (): void => undefined;

export const SIGNING_SECRET_STATEMENTS: Statements<SigningSecretOperations> = {
  saveSigningSecret: {
    statement: (row) => ({
      sql: `INSERT INTO signing_secrets (${COLUMNS}) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (tenant_id, kind, owner_id) DO UPDATE SET sealed = excluded.sealed, created_at = excluded.created_at`,
      values: [row.tenant_id, row.kind, row.owner_id, row.sealed, row.created_at],
    }),
    answer: none,
  },
  signingSecretRow: {
    statement: (tenantId, kind, ownerId) => ({
      sql: `SELECT ${COLUMNS} FROM signing_secrets WHERE tenant_id = ? AND kind = ? AND owner_id = ?`,
      values: [tenantId, kind, ownerId],
    }),
    answer: (rows: Rows) => (rows[0] as SigningSecretRow | undefined) ?? null,
  },
  signingSecretListing: {
    statement: (tenantId) => ({
      sql: 'SELECT kind, owner_id, created_at FROM signing_secrets WHERE tenant_id = ? ORDER BY kind, owner_id',
      values: [tenantId],
    }),
    answer: (rows: Rows) => rows as SigningSecretListingRow[],
  },
};
