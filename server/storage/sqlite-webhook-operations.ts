import type Database from 'better-sqlite3';
import { MESSAGING_STATEMENTS } from './messaging-sql.js';
import { SIGNING_SECRET_STATEMENTS } from './signing-secret-sql.js';
import { sqliteStatementOperations } from './sql-statements.js';
import { CLAIMABLE_DELIVERY, DELIVERY_COLUMN_LIST, DELIVERY_STATEMENTS } from './webhook-delivery-sql.js';
import type { WebhookOperations } from './webhook-operations.js';
import type { DeliveryRow } from './webhook-rows.js';

/** The webhook operations in SQLite (inside the caller's immediate transaction, which holds the write lock). */
export function sqliteWebhookOperations(db: Database.Database): WebhookOperations {
  return {
    ...sqliteStatementOperations(db, SIGNING_SECRET_STATEMENTS),
    ...sqliteStatementOperations(db, DELIVERY_STATEMENTS),
    ...sqliteStatementOperations(db, MESSAGING_STATEMENTS),
    claimDeliveries(claim) {
      const rows = db
        .prepare(
          `SELECT ${DELIVERY_COLUMN_LIST} FROM webhook_deliveries WHERE ${CLAIMABLE_DELIVERY}
            ORDER BY next_attempt_at, rowid LIMIT ?`,
        )
        .all(claim.nowMs, claim.nowMs, claim.limit) as DeliveryRow[];
      const take = db.prepare('UPDATE webhook_deliveries SET lease_until = ? WHERE delivery_id = ?');
      for (const row of rows) take.run(claim.leaseUntil, row.delivery_id);
      return rows.map((row) => ({ ...row, lease_until: claim.leaseUntil }));
    },
  };
}
