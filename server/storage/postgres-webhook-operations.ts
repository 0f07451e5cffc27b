import type pg from 'pg';
import { MESSAGING_STATEMENTS } from './messaging-sql.js';
import { numberedParameters } from './setting-sql.js';
import { SIGNING_SECRET_STATEMENTS } from './signing-secret-sql.js';
import { postgresStatementOperations } from './sql-statements.js';
import type { Async } from './store-operations.js';
import { CLAIMABLE_DELIVERY, DELIVERY_COLUMN_LIST, DELIVERY_STATEMENTS } from './webhook-delivery-sql.js';
import type { WebhookOperations } from './webhook-operations.js';
import type { DeliveryRow } from './webhook-rows.js';

// FOR UPDATE SKIP LOCKED: queue processes sharing the database claim at once without waiting on each other, and a
// row one of them leased is never handed to another until its lease lapses.
const CLAIM = numberedParameters(`WITH picked AS (
    SELECT delivery_id FROM webhook_deliveries WHERE ${CLAIMABLE_DELIVERY} ORDER BY next_attempt_at, delivery_id LIMIT ?
    FOR UPDATE SKIP LOCKED
  )
  UPDATE webhook_deliveries d SET lease_until = ? FROM picked WHERE d.delivery_id = picked.delivery_id
  RETURNING ${DELIVERY_COLUMN_LIST.split(',')
    .map((column) => `d.${column.trim()}`)
    .join(', ')}`);

/** The webhook operations in PostgreSQL, on a pooled client inside a transaction (or on the pool). */
export function postgresWebhookOperations(db: pg.Pool | pg.PoolClient): Async<WebhookOperations> {
  return {
    ...postgresStatementOperations(db, SIGNING_SECRET_STATEMENTS),
    ...postgresStatementOperations(db, DELIVERY_STATEMENTS),
    ...postgresStatementOperations(db, MESSAGING_STATEMENTS),
    claimDeliveries: async (claim) =>
      (await db.query<DeliveryRow>(CLAIM, [claim.nowMs, claim.nowMs, claim.limit, claim.leaseUntil])).rows.sort(
        (a, b) => a.next_attempt_at - b.next_attempt_at,
      ),
  };
}
