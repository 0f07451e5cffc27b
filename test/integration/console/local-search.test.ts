import Database from 'better-sqlite3';
import * as nodeFs from 'node:fs';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLocalDatabase, openOrRebuildLocalDatabase } from '../../../electron/core/store/local-database.js';
import { MetaStore } from '../../../electron/core/store/meta-store.js';
import { LOCAL_MIGRATIONS } from '../../../electron/core/store/migrations.js';
import { Outbox } from '../../../electron/core/store/outbox.js';
import { TicketCache } from '../../../electron/core/store/ticket-cache.js';
import type { Message, Ticket } from '../../../shared/domain/ticket.js';
import { testMessage, testTicket } from '../../helpers/tickets.js';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'switchboard-search-')), 'console.sqlite');

const ticket = (id: string, fields: Partial<Ticket> = {}): Ticket =>
  testTicket({
    id,
    at: '2026-11-01T10:00:00.000Z',
    status: 'escalated',
    language: 'en',
    intent: 'card_arrival',
    confidence: 0.5,
    ownerQueue: 'cards',
    ...fields,
  });
const message = (ticketId: string, text: string, kind: Message['kind'] = 'reply'): Message =>
  testMessage(ticketId, text, { kind, createdAt: '2026-11-01T10:00:00.000Z' });

type SearchQuery = Parameters<TicketCache['search']>[0];
/** The ids of the tickets a search finds, sorted. */
const hitIds = (cache: TicketCache, query: SearchQuery) =>
  cache
    .search(query)
    .map((h) => h.ticket.id)
    .sort();

const SAMPLES: Array<{ language: string; text: string; query: string }> = [
  { language: 'en', text: 'My card was refunded twice, please check.', query: 'refund' },
  { language: 'de', text: 'Ich möchte eine Rückerstattung für die Zahlung.', query: 'ruckerstattung' },
  { language: 'fr', text: 'Je voudrais être remboursé pour ce paiement.', query: 'rembourse' },
  { language: 'es', text: 'Quiero un reembolso de la transferencia.', query: 'reembolso' },
  { language: 'ar', text: 'أريد استرداد المبلغ من فضلك', query: 'استرداد' },
  { language: 'ja', text: '私のカードがまだ届いていません。', query: '届いて' },
  { language: 'zh', text: '我想申请退款，卡被锁了', query: '退款' },
  { language: 'ko', text: '카드 환불은 언제 되나요', query: '환불' },
  { language: 'th', text: 'ฉันต้องการคืนเงินสำหรับการชำระเงินนี้', query: 'คืนเงิน' },
];

describe('local full-text search and review filters', () => {
  it('finds words in messages, notes and subjects in every supported script, including CJK and Thai', () => {
    const db = openLocalDatabase(tempFile());
    const cache = new TicketCache(db);
    cache.transaction(() => {
      SAMPLES.forEach((sample, i) => {
        cache.putTicket(ticket(`t-${sample.language}`, { language: sample.language, seq: i + 1 }));
        cache.putMessage(message(`t-${sample.language}`, sample.text));
      });
      cache.putTicket(ticket('t-note', { subject: 'Chargeback dispute' }));
      cache.putMessage(message('t-note', 'Customer called twice about the Lisbon shop.', 'note'));
    });
    for (const sample of SAMPLES) {
      const hits = cache.search({ text: sample.query });
      expect(
        hits.map((h) => h.ticket.id),
        `${sample.language}: ${sample.query}`,
      ).toEqual([`t-${sample.language}`]);
      expect(hits[0]?.excerpt).toContain(sample.text.slice(0, 4));
    }
    // a two-character Chinese word inside a longer run, and a word that is not there
    expect(cache.search({ text: '申请' }).map((h) => h.ticket.id)).toEqual(['t-zh']);
    expect(cache.search({ text: '退货' })).toEqual([]);
    expect(cache.search({ text: 'Lisbon' }).map((h) => h.ticket.id)).toEqual(['t-note']);
    expect(cache.search({ text: 'chargeback' }).map((h) => h.ticket.id)).toEqual(['t-note']);
    // every word must match
    expect(cache.search({ text: 'card refunded' }).map((h) => h.ticket.id)).toEqual(['t-en']);
    expect(cache.search({ text: 'card Lisbon' })).toEqual([]);
    db.close();
  });

  it('filters by language, intent, AI-resolved or human, and creation date, alone and with text', () => {
    const db = openLocalDatabase(tempFile());
    const cache = new TicketCache(db);
    cache.transaction(() => {
      cache.putTicket(
        ticket('a', {
          status: 'ai_resolved',
          language: 'de',
          intent: 'change_pin',
          createdAt: '2026-10-01T09:00:00.000Z',
        }),
      );
      cache.putTicket(
        ticket('b', {
          status: 'resolved',
          humanTouched: true,
          language: 'de',
          intent: 'card_arrival',
          createdAt: '2026-11-02T09:00:00.000Z',
        }),
      );
      cache.putTicket(
        ticket('c', {
          status: 'ai_resolved',
          language: 'ja',
          intent: 'change_pin',
          createdAt: '2026-11-03T09:00:00.000Z',
        }),
      );
      cache.putMessage(message('a', 'PIN ändern bitte'));
      cache.putMessage(message('b', 'Karte nicht angekommen, PIN?'));
      cache.putMessage(message('c', 'PINを変更したい'));
    });
    const ids = (query: SearchQuery) => hitIds(cache, query);
    expect(ids({ language: 'de' })).toEqual(['a', 'b']);
    expect(ids({ intent: 'change_pin' })).toEqual(['a', 'c']);
    expect(ids({ handledBy: 'ai' })).toEqual(['a', 'c']);
    expect(ids({ handledBy: 'human' })).toEqual(['b']);
    expect(ids({ from: '2026-11-02', to: '2026-11-02' })).toEqual(['b']);
    expect(ids({ from: '2026-11-01' })).toEqual(['b', 'c']);
    expect(ids({ text: 'pin', language: 'de', handledBy: 'ai' })).toEqual(['a']);
    expect(cache.facets()).toEqual({ languages: ['de', 'ja'], intents: ['card_arrival', 'change_pin'] });
    db.close();
  });

  it('filters by the customer rating (4-5, 1-3, unrated), also a rating that arrives later and JSON cached before ratings existed', () => {
    const db = openLocalDatabase(tempFile());
    const cache = new TicketCache(db);
    const rated = (score: number) => ({ score, at: '2026-11-03T10:00:00.000Z' });
    cache.transaction(() => {
      cache.putTicket(ticket('happy', { status: 'resolved', csat: rated(5) }));
      cache.putTicket(ticket('fine', { status: 'ai_resolved', csat: { ...rated(4), comment: 'ok' } }));
      cache.putTicket(ticket('unhappy', { status: 'resolved', csat: rated(1) }));
      cache.putTicket(ticket('meh', { status: 'ai_resolved', csat: rated(3) }));
      cache.putTicket(ticket('open', { status: 'escalated' }));
      cache.putMessage(message('unhappy', 'refund took weeks'));
      cache.putMessage(message('meh', 'refund arrived'));
    });
    // A ticket cached before ratings existed: its JSON has no csat at all.
    const { csat: _dropped, ...legacy } = ticket('legacy', { status: 'resolved' });
    db.prepare('INSERT INTO tickets (id, status, created_at, updated_at, seq, json) VALUES (?, ?, ?, ?, ?, ?)').run(
      'legacy',
      'resolved',
      legacy.createdAt,
      legacy.updatedAt,
      1,
      JSON.stringify(legacy),
    );
    const ids = (query: SearchQuery) => hitIds(cache, query);
    expect(ids({ csat: 'high' })).toEqual(['fine', 'happy']);
    expect(ids({ csat: 'low' })).toEqual(['meh', 'unhappy']);
    expect(ids({ csat: 'unrated' })).toEqual(['legacy', 'open']);
    expect(ids({ csat: 'low', text: 'weeks' })).toEqual(['unhappy']);
    expect(ids({ csat: 'high', handledBy: 'ai' })).toEqual(['fine']);
    expect(cache.getTicket('legacy')?.csat).toBeNull();
    // The customer rates later: the pulled ticket replaces the cached one and moves between the filters.
    cache.putTicket(ticket('open', { status: 'resolved', csat: rated(2), version: 3 }));
    expect(ids({ csat: 'unrated' })).toEqual(['legacy']);
    expect(ids({ csat: 'low' })).toEqual(['meh', 'open', 'unhappy']);
    db.close();
  });

  it('indexes what an older schema already cached when it migrates', () => {
    const file = tempFile();
    const raw = new Database(file);
    raw.exec(LOCAL_MIGRATIONS[0] ?? '');
    raw.pragma('user_version = 1');
    const old = ticket('old', { subject: 'Vieux billet', language: 'fr', humanTouched: true });
    raw
      .prepare('INSERT INTO tickets (id, status, created_at, updated_at, seq, json) VALUES (?, ?, ?, ?, ?, ?)')
      .run(old.id, old.status, old.createdAt, old.updatedAt, 1, JSON.stringify(old));
    const m = message('old', '退款申请已经提交');
    raw
      .prepare('INSERT INTO messages (id, ticket_id, created_at, seq, json) VALUES (?, ?, ?, ?, ?)')
      .run(m.id, m.ticketId, m.createdAt, m.seq, JSON.stringify(m));
    raw.close();

    const db = openLocalDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LOCAL_MIGRATIONS.length);
    const cache = new TicketCache(db);
    expect(cache.search({ text: '申请' }).map((h) => h.ticket.id)).toEqual(['old']);
    expect(cache.search({ text: 'billet', language: 'fr', handledBy: 'human' }).map((h) => h.ticket.id)).toEqual([
      'old',
    ]);
    db.close();
  });

  it('retention removes closed tickets older than the cutoff with their messages, keeping open and unsent ones', () => {
    const db = openLocalDatabase(tempFile());
    const meta = new MetaStore(db);
    const cache = new TicketCache(db);
    const outbox = new Outbox(db, meta);
    cache.transaction(() => {
      cache.putTicket(ticket('old-closed', { status: 'ai_resolved', updatedAt: '2026-01-01T00:00:00.000Z' }));
      cache.putTicket(ticket('old-open', { status: 'escalated', updatedAt: '2026-01-01T00:00:00.000Z' }));
      cache.putTicket(ticket('old-unsent', { status: 'resolved', updatedAt: '2026-01-01T00:00:00.000Z' }));
      cache.putTicket(ticket('new-closed', { status: 'resolved', updatedAt: '2026-11-20T00:00:00.000Z' }));
      cache.putMessage(message('old-closed', 'findme retention'));
      outbox.enqueue({
        type: 'note',
        ticketId: 'old-unsent',
        messageId: 'n1',
        text: 'x',
        agentName: 'A',
        createdAt: '2026-11-25T00:00:00.000Z',
      });
    });
    expect(cache.search({ text: 'findme' })).toHaveLength(1);
    expect(cache.applyRetention(new Date('2026-06-01T00:00:00.000Z'))).toBe(1);
    expect(cache.getTicket('old-closed')).toBeNull();
    expect(cache.listMessages('old-closed')).toEqual([]);
    expect(cache.search({ text: 'findme' })).toEqual([]);
    expect(['old-open', 'old-unsent', 'new-closed'].map((id) => cache.getTicket(id)?.id)).toEqual([
      'old-open',
      'old-unsent',
      'new-closed',
    ]);
    expect(cache.takePurged(['old-closed', 'old-open'])).toEqual(['old-closed']);
    db.close();
  });

  it('moves a damaged cache file aside and starts a fresh one, keeping the client id and readable unsent changes', () => {
    const garbage = tempFile();
    writeFileSync(garbage, Buffer.alloc(8192, 7));
    const opened = openOrRebuildLocalDatabase(garbage);
    expect(opened.rebuilt?.reason).toMatch(/not a database/i);
    expect(existsSync(opened.rebuilt?.movedTo ?? '')).toBe(true);
    expect(new TicketCache(opened.db).countTickets()).toBe(0);
    opened.db.close();
    // A second start opens the rebuilt file normally: no loop.
    const again = openOrRebuildLocalDatabase(garbage);
    expect(again.rebuilt).toBeNull();
    again.db.close();

    // Corrupt pages in a real cache: the meta and outbox pages are still readable and carried over.
    const file = tempFile();
    const db = openLocalDatabase(file);
    const meta = new MetaStore(db);
    meta.set('clientId', 'console-keep');
    const outbox = new Outbox(db, meta);
    const ben = { tenantId: 'payments', userId: 'usr_ben_agent', name: 'Ben Agent' };
    outbox.enqueue(
      {
        type: 'note',
        ticketId: 't1',
        messageId: 'n1',
        text: 'keep me',
        agentName: 'A',
        createdAt: '2026-11-25T00:00:00.000Z',
      },
      ben,
    );
    const cache = new TicketCache(db);
    cache.transaction(() => {
      for (let i = 0; i < 400; i++) {
        cache.putTicket(ticket(`t${i}`, { subject: `subject ${'x'.repeat(200)} ${i}` }));
        cache.putMessage(message(`t${i}`, `text ${'y'.repeat(500)} ${i}`));
      }
    });
    db.pragma('wal_checkpoint(TRUNCATE)');
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const rootPage = (
      db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'messages'").get() as { rootpage: number }
    ).rootpage;
    db.close();
    const fd = Buffer.alloc(pageSize, 0xff);
    const fs = nodeFs;
    const handle = fs.openSync(file, 'r+');
    fs.writeSync(handle, fd, 0, pageSize, (rootPage - 1) * pageSize);
    fs.closeSync(handle);

    const rebuilt = openOrRebuildLocalDatabase(file);
    expect(rebuilt.rebuilt).not.toBeNull();
    expect(rebuilt.rebuilt?.clientId).toBe('console-keep');
    // Each change keeps its author: after the rebuild it still goes out only as the person who wrote it.
    expect(
      rebuilt.rebuilt?.salvagedOutbox.map(({ json, author }) => [(JSON.parse(json) as { text: string }).text, author]),
    ).toEqual([['keep me', ben]]);
    expect(readdirSync(dirname(file)).some((name) => name.startsWith('console.sqlite.damaged-'))).toBe(true);
    rebuilt.db.close();
  });
});
