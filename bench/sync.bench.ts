import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { cpus, tmpdir } from 'node:os';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openLocalDatabase } from '../electron/core/store/local-database.js';
import { MetaStore } from '../electron/core/store/meta-store.js';
import { Outbox } from '../electron/core/store/outbox.js';
import { searchableText } from '../electron/core/store/search-text.js';
import { TicketCache } from '../electron/core/store/ticket-cache.js';
import { QueueClient } from '../lib/queue-client/queue-client.js';
import { SyncEngine } from '../electron/core/sync/sync-engine.js';
import { RESOURCES_DIR } from '../lib/paths.js';
import { ensureDemoTenants } from '../server/demo-tenants.js';
import { SqliteQueueStore } from '../server/storage/sqlite-queue-store.js';
import type { Message, Ticket } from '../shared/domain/ticket.js';
import { freePort } from '../test/helpers/child-process.js';

/**
 * `npm run bench -- sync [--tickets N] [--messages N] [--json]`
 *
 * Builds a queue with N tickets and M messages (written straight into the queue's SQLite file: going
 * through HTTP would only measure the seeding), starts the real queue process, syncs a fresh console
 * through the real changes feed, and compares its rows/s with a bare better-sqlite3 batched insert of
 * the same rows into the same local schema (tables, indexes and full-text index; no HTTP, no JSON, no
 * validation). Then times 100 varied full-text searches over that cache next to the same words as a
 * LIKE scan of the messages.
 */
const { values } = parseArgs({
  options: {
    tickets: { type: 'string', default: '100000' },
    messages: { type: 'string', default: '1000000' },
    queries: { type: 'string', default: '100' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const TICKETS = Number(values.tickets);
const MESSAGES = Number(values.messages);
const QUERIES = Number(values.queries);
const log = (line: string) => {
  if (!values.json) process.stdout.write(`${line}\n`);
  else process.stderr.write(`${line}\n`);
};

// Deterministic text in the console's languages, with shared and rare words so queries vary in selectivity.
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const VOCAB: Record<string, string[]> = {
  en: [
    'card',
    'payment',
    'refund',
    'blocked',
    'transfer',
    'limit',
    'statement',
    'fee',
    'account',
    'arrived',
    'charged',
    'twice',
    'merchant',
    'cash',
    'pin',
    'contactless',
    'dispute',
    'exchange',
    'salary',
    'overdraft',
  ],
  de: [
    'Karte',
    'Zahlung',
    'Rückerstattung',
    'gesperrt',
    'Überweisung',
    'Limit',
    'Gebühr',
    'Konto',
    'angekommen',
    'doppelt',
    'Händler',
    'Bargeld',
    'Wechselkurs',
  ],
  fr: [
    'carte',
    'paiement',
    'remboursement',
    'bloquée',
    'virement',
    'plafond',
    'frais',
    'compte',
    'arrivée',
    'débité',
    'commerçant',
    'espèces',
  ],
  es: [
    'tarjeta',
    'pago',
    'reembolso',
    'bloqueada',
    'transferencia',
    'límite',
    'comisión',
    'cuenta',
    'llegado',
    'cobrado',
    'comercio',
    'efectivo',
  ],
  ar: ['البطاقة', 'الدفع', 'استرداد', 'محظورة', 'تحويل', 'الحد', 'رسوم', 'الحساب', 'وصلت', 'مرتين', 'التاجر'],
  ja: ['カード', '支払い', '返金', '停止', '振込', '限度額', '手数料', '口座', '届いて', '二重', '加盟店', '現金'],
  zh: ['银行卡', '付款', '退款', '冻结', '转账', '额度', '手续费', '账户', '收到', '重复', '商户', '现金'],
  th: ['บัตร', 'การชำระเงิน', 'คืนเงิน', 'ถูกระงับ', 'โอนเงิน', 'วงเงิน', 'ค่าธรรมเนียม', 'บัญชี', 'ได้รับ', 'สองครั้ง', 'ร้านค้า'],
};
const LANGUAGES = Object.keys(VOCAB);
const INTENTS = [
  'card_arrival',
  'refund_not_showing_up',
  'card_payment_fee_charged',
  'transfer_not_received_by_recipient',
  'pin_blocked',
  'exchange_rate',
];
const spaced = (lang: string) => lang !== 'ja' && lang !== 'zh' && lang !== 'th';
const sentence = (lang: string, words: number) => {
  const parts = Array.from({ length: words }, () =>
    random() < 0.02 ? `ref${Math.floor(random() * 100_000)}` : pick(VOCAB[lang] ?? []),
  );
  return parts.join(spaced(lang) ? ' ' : '');
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-sync-'));
const queueFile = join(dir, 'queue.sqlite');
const tokensFile = join(dir, 'tokens.json');

// 1. The queue, seeded directly.
let started = performance.now();
const store = SqliteQueueStore.open(queueFile);
/** The default demo tenant (the first seed folder), whose console the bench syncs. */
const DEMO_TENANT_ID = (await ensureDemoTenants(store, tokensFile, RESOURCES_DIR))[0]?.tenantId ?? '';
await store.close();
const queueDb = new Database(queueFile);
queueDb.pragma('journal_mode = WAL');
queueDb.pragma('synchronous = OFF');
// Each ticket's row is written after its messages so its seq follows theirs, as in a live queue.
queueDb.pragma('foreign_keys = OFF');
const insertTicket = queueDb.prepare(
  `INSERT INTO tickets (id, tenant_id, subject, customer_json, channel, status, language, intent, confidence, owner_queue,
     escalation_json, ai_draft, summary, human_touched, version, created_at, updated_at, seq)
   VALUES (?, ?, ?, ?, 'chat', ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?, ?)`,
);
const insertMessage = queueDb.prepare(
  'INSERT INTO messages (tenant_id, id, ticket_id, author, author_name, kind, text, created_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
);
let seq = 0;
const base = Date.parse('2026-01-01T00:00:00.000Z');
queueDb.transaction(() => {
  for (let t = 0; t < TICKETS; t++) {
    const id = `tkt_${t.toString(36).padStart(6, '0')}`;
    const lang = LANGUAGES[t % LANGUAGES.length] ?? 'en';
    const count = Math.floor(MESSAGES / TICKETS) + (t < MESSAGES % TICKETS ? 1 : 0);
    const created = new Date(base + t * 60_000).toISOString();
    for (let m = 0; m < count; m++) {
      const author = m % 2 === 0 ? 'customer' : random() < 0.5 ? 'ai' : 'agent';
      const kind = author === 'agent' && random() < 0.3 ? 'note' : 'reply';
      insertMessage.run(
        DEMO_TENANT_ID,
        `msg_${t.toString(36)}_${m}`,
        id,
        author,
        author === 'agent' ? 'Agent' : null,
        kind,
        sentence(lang, 8 + Math.floor(random() * 12)),
        created,
        ++seq,
      );
    }
    const human = random() < 0.4;
    const status = human ? pick(['pending', 'resolved'] as const) : pick(['ai_resolved', 'escalated'] as const);
    insertTicket.run(
      id,
      DEMO_TENANT_ID,
      sentence(lang, 4),
      JSON.stringify({ id: `cus_${t % 5000}`, name: 'Bench Customer', tier: 'standard' }),
      status,
      lang,
      pick(INTENTS),
      0.5 + random() / 2,
      status === 'ai_resolved' ? null : 'cards',
      `Summary ${t}`,
      human ? 1 : 0,
      2,
      created,
      created,
      ++seq,
    );
  }
  queueDb.prepare('UPDATE tenant_sequences SET value = ? WHERE tenant_id = ?').run(seq, DEMO_TENANT_ID);
})();
queueDb.close();
const rows = TICKETS + MESSAGES;
log(
  `Seeded the queue with ${TICKETS} tickets and ${MESSAGES} messages in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);

// 2. The real queue process, and a fresh console synced through its HTTP feed.
const port = await freePort();
const queue = spawn(
  process.execPath,
  ['--import', 'tsx', 'server/cli.ts', '--db', queueFile, '--port', String(port), '--tokens-file', tokensFile],
  {
    cwd: join(import.meta.dirname, '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
await new Promise<void>((resolve, reject) => {
  queue.once('exit', (code) => reject(new Error(`The queue exited (${code}).`)));
  queue.stdout?.on('data', (chunk: Buffer) => {
    if (chunk.toString().includes('Queue: ')) resolve();
  });
});
const tokens = JSON.parse(readFileSync(tokensFile, 'utf8')) as { tokens: { agent: string } };

let syncRate = 0;
let baselineRate = 0;
let plainRate = 0;
const searchTimes: number[] = [];
const likeTimes: number[] = [];
try {
  const consoleDb = openLocalDatabase(join(dir, 'console.sqlite'));
  const meta = new MetaStore(consoleDb);
  const cache = new TicketCache(consoleDb);
  const outbox = new Outbox(consoleDb, meta);
  const sync = new SyncEngine({
    client: new QueueClient({ baseUrl: `http://127.0.0.1:${port}`, token: tokens.tokens.agent, timeoutMs: 300_000 }),
    cache,
    outbox,
    meta,
    clientId: 'bench-console',
    onTicketsChanged: () => undefined,
    onStateChanged: () => undefined,
  });
  started = performance.now();
  const synced = await sync.syncNow();
  const syncSeconds = (performance.now() - started) / 1000;
  if (!synced.ok) throw new Error(`Sync failed: ${synced.error.message}`);
  const cached = cache.countTickets();
  if (cached !== TICKETS) throw new Error(`The console cached ${cached} tickets, expected ${TICKETS}.`);
  syncRate = rows / syncSeconds;
  log(
    `Sync of a fresh console through the HTTP feed: ${rows} rows in ${syncSeconds.toFixed(1)} s = ${Math.round(syncRate)} rows/s.`,
  );

  // 3. Baselines: the same rows, read back from the queue file beforehand (untimed), inserted in batches.
  const source = new Database(queueFile, { readonly: true });
  const baseline = (file: string, withSearch: boolean): number => {
    const db = withSearch ? openLocalDatabase(file) : new Database(file);
    if (!withSearch) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.exec(`CREATE TABLE tickets (id TEXT PRIMARY KEY, status TEXT, created_at TEXT, updated_at TEXT, seq INTEGER, json TEXT, language TEXT, intent TEXT, human_touched INTEGER);
               CREATE TABLE messages (id TEXT PRIMARY KEY, ticket_id TEXT, created_at TEXT, seq INTEGER, pending INTEGER, json TEXT);`);
    }
    const ticketInsert = db.prepare(
      'INSERT INTO tickets (id, status, created_at, updated_at, seq, json, language, intent, human_touched) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const messageInsert = db.prepare(
      'INSERT INTO messages (id, ticket_id, created_at, seq, pending, json) VALUES (?, ?, ?, ?, 0, ?)',
    );
    const subjectIndex = withSearch ? db.prepare('INSERT INTO subject_search (rowid, body) VALUES (?, ?)') : null;
    const messageIndex = withSearch ? db.prepare('INSERT INTO message_search (rowid, body) VALUES (?, ?)') : null;
    let elapsed = 0;
    const BATCH = 50_000;
    const readTickets = source.prepare('SELECT * FROM tickets WHERE tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?');
    const readMessages = source.prepare('SELECT * FROM messages WHERE tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?');
    for (let after = 0; ;) {
      // Read (untimed) the rows of the next stretch of the feed, then time only their insert.
      const messageRows = readMessages.all(DEMO_TENANT_ID, after, BATCH) as Array<
        Record<string, string | number | null>
      >;
      const upTo = messageRows.length === BATCH ? Number(messageRows.at(-1)?.seq) : Number.MAX_SAFE_INTEGER;
      const ticketRows = (
        readTickets.all(DEMO_TENANT_ID, after, BATCH) as Array<Record<string, string | number | null>>
      ).filter((r) => Number(r.seq) <= upTo);
      if (ticketRows.length === 0 && messageRows.length === 0) break;
      after = Math.max(Number(messageRows.at(-1)?.seq ?? 0), Number(ticketRows.at(-1)?.seq ?? 0));
      const ticketValues = ticketRows.map((r) => {
        const ticket = {
          id: r.id,
          subject: r.subject,
          status: r.status,
          language: r.language,
          intent: r.intent,
          createdAt: r.created_at,
          updatedAt: r.updated_at,
          seq: r.seq,
        } as unknown as Ticket;
        return [
          r.id,
          r.status,
          r.created_at,
          r.updated_at,
          r.seq,
          JSON.stringify({ ...r, ...ticket }),
          r.language,
          r.intent,
          r.human_touched,
          String(r.subject),
        ] as const;
      });
      const messageValues = messageRows.map((r) => {
        const message = {
          id: r.id,
          ticketId: r.ticket_id,
          author: r.author,
          authorName: r.author_name,
          kind: r.kind,
          text: r.text,
          createdAt: r.created_at,
          seq: r.seq,
        } as unknown as Message;
        return [r.id, r.ticket_id, r.created_at, r.seq, JSON.stringify(message), String(r.text)] as const;
      });
      const start = performance.now();
      db.transaction(() => {
        for (const v of ticketValues) {
          const info = ticketInsert.run(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
          subjectIndex?.run(info.lastInsertRowid, searchableText(v[9]));
        }
        for (const v of messageValues) {
          const info = messageInsert.run(v[0], v[1], v[2], v[3], v[4]);
          messageIndex?.run(info.lastInsertRowid, searchableText(v[5]));
        }
      })();
      elapsed += performance.now() - start;
    }
    db.close();
    return rows / (elapsed / 1000);
  };
  baselineRate = baseline(join(dir, 'baseline.sqlite'), true);
  log(
    `Bare better-sqlite3 batched insert of the same rows into the same local schema (with the search index): ${Math.round(baselineRate)} rows/s.`,
  );
  plainRate = baseline(join(dir, 'baseline-plain.sqlite'), false);
  log(`For reference, the same insert into plain tables without a search index: ${Math.round(plainRate)} rows/s.`);
  source.close();

  // 4. Search: 100 varied queries (single words in each language, two-word queries, rare references,
  //    some with filters) over the synced cache, and the same words as a LIKE scan of the messages.
  const queries: Array<{ text: string; language?: string; handledBy?: 'ai' | 'human' }> = [];
  for (let i = 0; queries.length < QUERIES; i++) {
    const lang = LANGUAGES[i % LANGUAGES.length] ?? 'en';
    const kind = i % 5;
    if (kind === 0) queries.push({ text: pick(VOCAB[lang] ?? []) });
    else if (kind === 1) queries.push({ text: `${pick(VOCAB[lang] ?? [])} ${pick(VOCAB[lang] ?? [])}` });
    else if (kind === 2) queries.push({ text: `ref${Math.floor(random() * 100_000)}` });
    else if (kind === 3) queries.push({ text: pick(VOCAB[lang] ?? []), language: lang });
    else queries.push({ text: pick(VOCAB[lang] ?? []), handledBy: random() < 0.5 ? 'ai' : 'human' });
  }
  for (const q of queries.slice(0, 5)) cache.search({ ...q, limit: 50 }); // warm the page cache
  for (const q of queries) {
    const start = performance.now();
    cache.search({ ...q, limit: 50 });
    searchTimes.push(performance.now() - start);
  }
  const like = consoleDb.prepare('SELECT DISTINCT ticket_id FROM messages WHERE json LIKE ? LIMIT 50');
  for (const q of queries) {
    const start = performance.now();
    like.all(`%${q.text.split(' ')[0] ?? ''}%`);
    likeTimes.push(performance.now() - start);
  }
  consoleDb.close();
} finally {
  queue.kill('SIGTERM');
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

searchTimes.sort((a, b) => a - b);
likeTimes.sort((a, b) => a - b);
const result = {
  tickets: TICKETS,
  messages: MESSAGES,
  syncRowsPerSecond: Math.round(syncRate),
  baselineRowsPerSecond: Math.round(baselineRate),
  plainInsertRowsPerSecond: Math.round(plainRate),
  syncRatio: Number((syncRate / baselineRate).toFixed(3)),
  searchP50Ms: Number(percentile(searchTimes, 50).toFixed(2)),
  searchP95Ms: Number(percentile(searchTimes, 95).toFixed(2)),
  likeP50Ms: Number(percentile(likeTimes, 50).toFixed(2)),
  likeP95Ms: Number(percentile(likeTimes, 95).toFixed(2)),
  queries: searchTimes.length,
  machine: `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
};
if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
else {
  log(`Sync ratio (sync / bare insert, same schema): ${result.syncRatio} (goal >= 0.5)`);
  log(
    `Full-text search over ${result.queries} queries: p50 ${result.searchP50Ms} ms, p95 ${result.searchP95Ms} ms (goal p95 < 20 ms)`,
  );
  log(`Same words as a LIKE scan: p50 ${result.likeP50Ms} ms, p95 ${result.likeP95Ms} ms`);
  log(`Machine: ${result.machine}`);
}
