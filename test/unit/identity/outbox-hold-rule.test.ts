import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heldChanges, maySend, type SendingPerson } from '../../../electron/core/identity/outbox-hold-rule.js';
import { openLocalDatabase } from '../../../electron/core/store/local-database.js';
import { MetaStore } from '../../../electron/core/store/meta-store.js';
import { Outbox, type OutboxAuthor } from '../../../electron/core/store/outbox.js';

const ADA: OutboxAuthor = { tenantId: 't1', userId: 'usr_ada000', name: 'Ada Agent' };
const BEN: SendingPerson = { tenantId: 't1', userId: 'usr_ben000', role: 'agent' };
const LEE: SendingPerson = { tenantId: 't1', userId: 'usr_lee000', role: 'lead' };

const note = (text: string) => ({
  type: 'note' as const,
  ticketId: 'tkt_1',
  messageId: `m-${text}`,
  text,
  agentName: 'someone',
  createdAt: '2026-12-07T10:00:00.000Z',
});

describe('the hold rule', () => {
  it('sends a change of its author, of nobody, or for a lead of the same tenant; nothing while signed out', () => {
    expect(maySend(ADA, { ...BEN, userId: ADA.userId })).toBe(true);
    expect(maySend(null, BEN)).toBe(true);
    expect(maySend(ADA, BEN)).toBe(false);
    expect(maySend(ADA, LEE)).toBe(true);
    expect(maySend(ADA, { ...LEE, role: 'admin' })).toBe(true);
    expect(maySend(ADA, { ...LEE, tenantId: 't2' })).toBe(false);
    expect(maySend(null, null)).toBe(false);
    expect(maySend(ADA, null)).toBe(false);
  });

  it('puts held changes behind the sendable ones in the outbox, keeping their authors, and counts them by author', () => {
    const db = openLocalDatabase(join(mkdtempSync(join(tmpdir(), 'switchboard-hold-')), 'console.sqlite'));
    const outbox = new Outbox(db, new MetaStore(db));
    outbox.enqueue(note('ada 1'), ADA);
    outbox.enqueue(note('ben 1'), { tenantId: 't1', userId: BEN.userId, name: 'Ben Agent' });
    outbox.enqueue(note('ada 2'), ADA);
    outbox.enqueue(note('before sign-in'));
    const asBen = (entry: { author: OutboxAuthor | null }) => maySend(entry.author, BEN);

    expect(heldChanges(outbox.entries(), BEN)).toEqual({ count: 2, authors: ['Ada Agent'] });
    expect(heldChanges(outbox.entries(), null)).toEqual({ count: 4, authors: ['Ada Agent', 'Ben Agent'] });
    expect(outbox.sendableFirst(asBen)).toBe(2);
    expect(
      outbox.entries().map((entry) => [entry.mutation.id, entry.mutation.type === 'note' && entry.mutation.text]),
    ).toEqual([
      [1, 'ben 1'],
      [2, 'before sign-in'],
      [3, 'ada 1'],
      [4, 'ada 2'],
    ]);
    expect(outbox.entries()[2]?.author).toEqual(ADA);
    // Sent and acknowledged: Ada's changes wait, numbered above what the queue counted.
    outbox.acknowledge(2);
    expect(outbox.sendableFirst(asBen)).toBe(0);
    expect(outbox.peek(10).map((mutation) => mutation.id)).toEqual([3, 4]);
    expect(outbox.sendableFirst((entry) => maySend(entry.author, LEE))).toBe(2);
    db.close();
  });
});
