/**
 * `npm run bench -- triage [--json] [--tickets N] [--cache-dir DIR] [--tenant ID]`
 *
 * The built-in engine's throughput on one core: every demo ticket of a seed tenant (default: the first with demo
 * tickets and intent training data, the payments demo's, in 12 languages), repeated up to N, decided one after
 * another as new tickets. Its intent model is the one npm ci built ahead of time when the data matches (else trained
 * into --cache-dir first). Next to it, the time to write and read the same tickets (ticket row + message row, then
 * read both back and write the decision) in a SQLite file alone, with the local cache's settings (WAL,
 * synchronous=NORMAL).
 * ratioToSqlite = engine time per ticket / SQLite time per ticket: how many SQLite round trips one
 * AI decision costs. Node runs the engine on one thread, so this is a one-core figure.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { createBuiltinEngine } from '../engine/builtin-engine.js';
import { loadSeedEngineTenant } from '../engine/seed-tenant.js';
import { hasTrainingData } from '../engine/training-data.js';
import { seedTenantIds } from '../lib/tenant-config.js';
import { newTicketFromText } from '../engine/triage.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    tickets: { type: 'string', default: '2000' },
    'cache-dir': { type: 'string', default: join(root, '.data', 'model-cache') },
    tenant: { type: 'string' },
  },
  strict: true,
});
const n = Number(values.tickets);
if (!Number.isInteger(n) || n < 1) {
  process.stderr.write(`--tickets must be a positive integer, got "${values.tickets}".\n`);
  process.exit(2);
}

const resourcesDir = join(root, 'resources');
const demoTicketsFile = (tenantId: string) => join(resourcesDir, 'tenants', tenantId, 'demo-tickets.json');
const tenantId =
  values.tenant ??
  seedTenantIds(resourcesDir).find((id) => existsSync(demoTicketsFile(id)) && hasTrainingData(resourcesDir, id));
if (!tenantId) {
  process.stderr.write('No seed tenant has demo tickets and intent training data; give --tenant ID.\n');
  process.exit(2);
}
const { engineTenant: tenant } = loadSeedEngineTenant(resourcesDir, tenantId);
const demo = JSON.parse(readFileSync(demoTicketsFile(tenantId), 'utf8')) as Array<{
  text: string;
}>;
const texts = Array.from({ length: n }, (_, i) => demo[i % demo.length]!.text);

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const t0 = performance.now();
const engine = await createBuiltinEngine({ resourcesDir, cacheDir: resolve(values['cache-dir']), tenant });
const loadMs = performance.now() - t0;

// Warm-up: JIT and lazily built regexes, not counted.
for (let i = 0; i < Math.min(50, n); i++) await engine.decide(newTicketFromText(`w${i}`, texts[i]!, tenant.id));

const engineTimes: number[] = [];
const e0 = performance.now();
for (let i = 0; i < n; i++) {
  const s = performance.now();
  await engine.decide(newTicketFromText(`t${i}`, texts[i]!, tenant.id));
  engineTimes.push(performance.now() - s);
}
const engineTotal = performance.now() - e0;

const dir = mkdtempSync(join(tmpdir(), 'sb-bench-'));
const db = new Database(join(dir, 'bench.sqlite'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec(`CREATE TABLE tickets (id TEXT PRIMARY KEY, json TEXT NOT NULL, status TEXT NOT NULL, decision TEXT);
         CREATE TABLE messages (id TEXT PRIMARY KEY, ticket_id TEXT NOT NULL, json TEXT NOT NULL);
         CREATE INDEX messages_ticket ON messages(ticket_id);`);
const insertTicket = db.prepare('INSERT INTO tickets (id, json, status) VALUES (?, ?, ?)');
const insertMessage = db.prepare('INSERT INTO messages (id, ticket_id, json) VALUES (?, ?, ?)');
const readTicket = db.prepare('SELECT json FROM tickets WHERE id = ?');
const readMessages = db.prepare('SELECT json FROM messages WHERE ticket_id = ?');
const writeDecision = db.prepare('UPDATE tickets SET status = ?, decision = ? WHERE id = ?');
const sqliteTimes: number[] = [];
const s0 = performance.now();
for (let i = 0; i < n; i++) {
  const s = performance.now();
  const { ticket, messages } = newTicketFromText(`t${i}`, texts[i]!, tenant.id);
  insertTicket.run(ticket.id, JSON.stringify(ticket), ticket.status);
  insertMessage.run(messages[0]!.id, ticket.id, JSON.stringify(messages[0]));
  const read = JSON.parse((readTicket.get(ticket.id) as { json: string }).json) as { id: string };
  const thread = (readMessages.all(ticket.id) as Array<{ json: string }>).map((r) => JSON.parse(r.json) as unknown);
  writeDecision.run('escalated', JSON.stringify({ id: read.id, messages: thread.length }), ticket.id);
  sqliteTimes.push(performance.now() - s);
}
const sqliteTotal = performance.now() - s0;
db.close();
rmSync(dir, { recursive: true, force: true });

engineTimes.sort((a, b) => a - b);
sqliteTimes.sort((a, b) => a - b);
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
const report = {
  tickets: n,
  ticketsPerSecond: round(n / (engineTotal / 1000), 1),
  p50Ms: round(percentile(engineTimes, 50)),
  p99Ms: round(percentile(engineTimes, 99)),
  sqliteTicketsPerSecond: round(n / (sqliteTotal / 1000), 1),
  sqliteP99Ms: round(percentile(sqliteTimes, 99)),
  ratioToSqlite: round(engineTotal / sqliteTotal, 2),
  engineLoadMs: Math.round(loadMs),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version },
};
if (values.json) {
  process.stdout.write(`${JSON.stringify(report)}\n`);
} else {
  process.stdout.write(
    [
      `Built-in triage, ${n} tickets on one core (${report.machine.model}, ${report.machine.cpus} cores, Node ${report.machine.node})`,
      `  engine: ${report.ticketsPerSecond} tickets/s, p50 ${report.p50Ms} ms, p99 ${report.p99Ms} ms (engine load ${report.engineLoadMs} ms)`,
      `  SQLite alone (write ticket + message, read both, write decision): ${report.sqliteTicketsPerSecond} tickets/s, p99 ${report.sqliteP99Ms} ms`,
      `  ratio engine / SQLite: ${report.ratioToSqlite}`,
      '',
    ].join('\n'),
  );
}
