import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SQLITE_MIGRATIONS } from '../../../server/storage/sqlite-migrations.js';
import { SqliteQueueStore } from '../../../server/storage/sqlite-queue-store.js';
import { describeQueueStoreContract, sqliteStoreUnderTest } from './store-contract.js';
import { tempDirForEachTest } from '../../helpers/temp-dir.js';

describeQueueStoreContract('sqlite', sqliteStoreUnderTest);

describe('SqliteQueueStore file handling', () => {
  const dir = tempDirForEachTest('switchboard-store-');

  it('migrates a new file to the current schema in WAL mode and keeps data across reopen', async () => {
    const path = join(dir(), 'q.sqlite');
    const store = SqliteQueueStore.open(path);
    await store.createTenant({ id: 't', name: 'T' }, []);
    const { ticket } = await store.intakeTicket({
      tenantId: 't',
      subject: 's',
      customer: { id: 'c', name: 'C', tier: 'vip' },
      channel: 'api',
      text: 'hi',
      idempotencyKey: null,
      now: new Date(),
    });
    await store.close();

    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(SQLITE_MIGRATIONS.length);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = raw
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((row) => row.name);
    expect(tables).toEqual([
      'ai_decisions',
      'ai_health_events',
      'audit_events',
      'audit_head',
      'channel_credentials',
      'chat_client_messages',
      'chat_conversations',
      'client_mutations',
      'email_blobs',
      'email_message_ids',
      'email_outbox',
      'email_positions',
      'email_set_aside',
      'email_threads',
      'escalation_rule_sets',
      'imported_tickets',
      'intake_keys',
      'messages',
      'messaging_conversations',
      'messaging_message_ids',
      'sessions',
      'sign_in_attempts',
      'signing_secrets',
      'tenant_sequences',
      'tenant_setting_sequences',
      'tenant_settings',
      'tenants',
      'ticket_merges',
      'tickets',
      'tokens',
      'users',
      'webhook_deliveries',
      'widget_sessions',
    ]);
    raw.close();

    const reopened = SqliteQueueStore.open(path);
    expect((await reopened.getTicket('t', ticket.id))?.ticket).toEqual(ticket);
    await reopened.close();
  });

  it('refuses a database from a newer server', () => {
    const path = join(dir(), 'future.sqlite');
    const raw = new Database(path);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => SqliteQueueStore.open(path)).toThrow(/version 99, newer/);
  });
});
