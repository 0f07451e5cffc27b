import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { InboundMail } from '../../../shared/channels/email-records.js';
import { PostgresQueueStore } from '../../../server/storage/postgres-queue-store.js';
import type { QueueStore } from '../../../server/storage/queue-store.js';
import { SqliteQueueStore } from '../../../server/storage/sqlite-queue-store.js';
import type { TestPostgres } from '../queue/test-postgres.js';

/** A migrated store of one engine, with a second connection for what a test checks or breaks underneath it. */
export interface EngineUnderTest {
  store: QueueStore;
  /** The SQLite file (null on PostgreSQL). */
  sqliteFile: string | null;
  /** Runs one statement on the raw database; a SELECT answers its rows. */
  sql(statement: string): Promise<Record<string, unknown>[]>;
  /** Makes every later write of an audit record fail: a crash before the transaction commits. */
  failAuditWrites(): Promise<void>;
  cleanup(): Promise<void>;
}

export async function sqliteEngine(): Promise<EngineUnderTest> {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-email-store-'));
  const file = join(dir, 'queue.sqlite');
  const store = SqliteQueueStore.open(file);
  const raw = new Database(file);
  const sql = async (statement: string) =>
    /^\s*select/i.test(statement)
      ? (raw.prepare(statement).all() as Record<string, unknown>[])
      : (raw.exec(statement), []);
  return {
    store,
    sqliteFile: file,
    sql,
    failAuditWrites: async () => {
      await sql(
        "CREATE TRIGGER crash BEFORE INSERT ON audit_events BEGIN SELECT RAISE(ABORT, 'crash before commit'); END",
      );
    },
    async cleanup() {
      raw.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function postgresEngine(server: TestPostgres): Promise<EngineUnderTest> {
  const db = await server.createDatabase();
  const store = await PostgresQueueStore.open(db.url, { maxConnections: 5 });
  const raw = new pg.Client({ connectionString: db.url });
  await raw.connect();
  const sql = async (statement: string) => (await raw.query<Record<string, unknown>>(statement)).rows;
  return {
    store,
    sqliteFile: null,
    sql,
    failAuditWrites: async () => {
      await sql(`CREATE FUNCTION crash() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'crash before commit'; END $$;
        CREATE TRIGGER crash BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION crash();`);
    },
    async cleanup() {
      await raw.end();
      await store.close();
      await db.drop();
    },
  };
}

export const EMAIL_CHANNEL_ID = 'support-mail';
export const CHANNEL = { tenantId: 'alpha', channelId: EMAIL_CHANNEL_ID };

/** Tenants alpha (with the email channel below) and beta. */
export async function tenantWithEmailChannel(store: QueueStore): Promise<void> {
  await store.createTenant({ id: 'alpha', name: 'Alpha' }, []);
  await store.createTenant({ id: 'beta', name: 'Beta' }, []);
  await addEmailChannel(store, 'alpha');
}

/** Queue `support` and an enabled email channel `support-mail` sending from support@<tenant>.example. */
export async function addEmailChannel(store: QueueStore, tenantId: string): Promise<void> {
  await store.createOwnerQueue(tenantId, { id: 'support', name: 'Support' });
  const saved = await store.saveSetting({
    tenantId,
    kind: 'channel',
    id: EMAIL_CHANNEL_ID,
    baseVersion: 0,
    value: {
      type: 'email',
      name: 'Support mailbox',
      queueId: 'support',
      enabled: true,
      config: {
        imapUrl: 'imap://support@127.0.0.1:1143?security=none',
        smtpUrl: 'smtp://support@127.0.0.1:1587?security=none',
        fromAddress: `support@${tenantId}.example`,
        fromName: 'Support',
        mailbox: 'INBOX',
        pollSeconds: 30,
      },
    },
    savedBy: 'admin',
    savedAt: new Date().toISOString(),
  });
  if (saved.status !== 'stored') throw new Error(`channel not stored: ${saved.status}`);
}

let mailNumber = 0;

/** A person's mail from Ada to the support mailbox, a new Message-ID each time. */
export function inboundMail(overrides: Partial<InboundMail> = {}): InboundMail {
  mailNumber += 1;
  return {
    messageId: `<mail-${mailNumber}-${Date.now()}@customer.example>`,
    inReplyTo: null,
    references: [],
    from: { address: 'Ada@Customer.Example', name: 'Ada Lovelace' },
    subject: 'My card was declined',
    date: null,
    text: 'My card was declined at checkout. What now?',
    html: null,
    attachments: [],
    automatic: null,
    bounce: null,
    ...overrides,
  };
}
