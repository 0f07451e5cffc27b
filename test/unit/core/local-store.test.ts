import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewerDatabaseError, openLocalDatabase } from '../../../electron/core/store/local-database.js';
import { MetaStore } from '../../../electron/core/store/meta-store.js';
import { LOCAL_MIGRATIONS } from '../../../electron/core/store/migrations.js';
import { Outbox } from '../../../electron/core/store/outbox.js';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'switchboard-store-')), 'console.sqlite');

const note = (ticketId: string, text: string) => ({
  type: 'note' as const,
  ticketId,
  messageId: `m-${text}`,
  text,
  agentName: 'Ana',
  createdAt: '2026-11-25T10:00:00.000Z',
});

describe('local cache store', () => {
  it('migrates a new file to the latest schema in WAL mode', () => {
    const db = openLocalDatabase(tempFile());
    expect(db.pragma('user_version', { simple: true })).toBe(LOCAL_MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('refuses a database written by a newer version with a clear message', () => {
    const file = tempFile();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LOCAL_MIGRATIONS.length + 1}`);
    raw.close();
    expect(() => openLocalDatabase(file)).toThrow(NewerDatabaseError);
    expect(() => openLocalDatabase(file)).toThrow(/newer Switchboard/);
  });

  it('numbers outbox mutations 1, 2, 3 and keeps them and the numbering across a reopen', () => {
    const file = tempFile();
    let db = openLocalDatabase(file);
    let outbox = new Outbox(db, new MetaStore(db));
    expect(outbox.enqueue(note('t1', 'a')).id).toBe(1);
    expect(outbox.enqueue(note('t1', 'b')).id).toBe(2);
    db.close();

    db = openLocalDatabase(file);
    outbox = new Outbox(db, new MetaStore(db));
    expect(outbox.peek(10).map((m) => m.id)).toEqual([1, 2]);
    outbox.acknowledge(1);
    expect(outbox.peek(10).map((m) => m.id)).toEqual([2]);
    expect(outbox.enqueue(note('t2', 'c')).id).toBe(3);
    outbox.acknowledge(3);
    expect(outbox.count()).toBe(0);
    // Acknowledged ids are never reused, even with the outbox empty.
    expect(outbox.enqueue(note('t2', 'd')).id).toBe(4);
    db.close();
  });

  it('rejects an invalid mutation before storing it', () => {
    const db = openLocalDatabase(tempFile());
    const outbox = new Outbox(db, new MetaStore(db));
    expect(() => outbox.enqueue({ ...note('t1', 'x'), text: '   ' })).toThrow();
    expect(outbox.count()).toBe(0);
    db.close();
  });
});
