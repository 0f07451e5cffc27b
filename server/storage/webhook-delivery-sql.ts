import type { Rows, Statements } from './sql-statements.js';
import { DELIVERY_COLUMNS, type DeliveryChange, type DeliveryRow } from './webhook-rows.js';

/** Whose log: a webhook's deliveries or a generic channel's replies. */
export type DeliveryOwner = { webhookId: string } | { channelId: string };

export interface DeliveryLogRequest {
  tenantId: string;
  owner: DeliveryOwner;
  /** The page after this delivery (older), or from the newest. */
  before: Pick<DeliveryRow, 'created_at' | 'delivery_id'> | null;
  limit: number;
}

export interface DeliveryClaim {
  nowMs: number;
  leaseUntil: number;
  limit: number;
}

/** The store operations of webhook deliveries (webhook-*-script.ts ask for them). */
export interface DeliveryOperations {
  insertDelivery(row: DeliveryRow): void;
  /** A delivery of any tenant by id; `lock` holds it until the transaction ends (an engine that locks rows). */
  deliveryRow(deliveryId: string, lock: boolean): DeliveryRow | null;
  /** The delivery of a generic channel's reply. */
  deliveryOfMessage(tenantId: string, messageId: string, lock: boolean): DeliveryRow | null;
  /** Whether any delivery is due and not leased: a read before the claim, which writes. */
  anyDeliveryDue(nowMs: number): boolean;
  /** Takes up to `limit` due deliveries of every tenant, due first, leased until `leaseUntil` (each engine's SQL). */
  claimDeliveries(claim: DeliveryClaim): DeliveryRow[];
  updateDelivery(deliveryId: string, change: DeliveryChange): void;
  deliveryLog(request: DeliveryLogRequest): DeliveryRow[];
}

const COLUMNS = DELIVERY_COLUMNS.join(', ');
const none = (): void => undefined;
const first = (rows: Rows): DeliveryRow | null => (rows[0] as DeliveryRow | undefined) ?? null;

/** Deliveries a claim may take: pending, due, not leased (or the lease lapsed). Parameters: now, now. */
export const CLAIMABLE_DELIVERY = `state = 'pending' AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?)`;
export { COLUMNS as DELIVERY_COLUMN_LIST };

export const DELIVERY_STATEMENTS: Statements<Omit<DeliveryOperations, 'claimDeliveries'>> = {
  insertDelivery: {
    statement: (row) => ({
      sql: `INSERT INTO webhook_deliveries (${COLUMNS}) VALUES (${DELIVERY_COLUMNS.map(() => '?').join(', ')})`,
      values: DELIVERY_COLUMNS.map((column) => row[column]),
    }),
    answer: none,
  },
  deliveryRow: {
    statement: (deliveryId, lock) => ({
      sql: `SELECT ${COLUMNS} FROM webhook_deliveries WHERE delivery_id = ?`,
      values: [deliveryId],
      lock,
    }),
    answer: first,
  },
  deliveryOfMessage: {
    statement: (tenantId, messageId, lock) => ({
      sql: `SELECT ${COLUMNS} FROM webhook_deliveries WHERE tenant_id = ? AND message_id = ?`,
      values: [tenantId, messageId],
      lock,
    }),
    answer: first,
  },
  anyDeliveryDue: {
    statement: (nowMs) => ({
      sql: `SELECT 1 AS due FROM webhook_deliveries WHERE ${CLAIMABLE_DELIVERY} LIMIT 1`,
      values: [nowMs, nowMs],
    }),
    answer: (rows) => rows.length > 0,
  },
  updateDelivery: {
    statement: (deliveryId, change) => ({
      sql: `UPDATE webhook_deliveries SET state = ?, attempt_count = ?, attempts_json = ?, next_attempt_at = ?,
        window_start = ?, lease_until = ?, delivered_at = ? WHERE delivery_id = ?`,
      values: [
        change.state,
        change.attempt_count,
        change.attempts_json,
        change.next_attempt_at,
        change.window_start,
        change.lease_until,
        change.delivered_at,
        deliveryId,
      ],
    }),
    answer: none,
  },
  deliveryLog: {
    statement: ({ tenantId, owner, before, limit }) => {
      const [column, ownerId] =
        'webhookId' in owner ? ['webhook_id', owner.webhookId] : ['channel_id', owner.channelId];
      const after = before ? 'AND (created_at < ? OR (created_at = ? AND delivery_id < ?))' : '';
      return {
        sql: `SELECT ${COLUMNS} FROM webhook_deliveries WHERE tenant_id = ? AND ${column} = ? ${after}
          ORDER BY created_at DESC, delivery_id DESC LIMIT ?`,
        values: [
          tenantId,
          ownerId,
          ...(before ? [before.created_at, before.created_at, before.delivery_id] : []),
          limit,
        ],
      };
    },
    answer: (rows) => rows as unknown[] as DeliveryRow[],
  },
};
