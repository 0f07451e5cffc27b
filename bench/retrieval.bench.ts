/**
 * `npm run bench -- retrieval [--json] [--copies N] [--queries N] [--embeddings] [--tenant ID]`
 *
 * Retrieval over the tenant's published articles (engine/grounding): the payments demo's articles (the first seed
 * tenant with labelled customer messages, or --tenant) copied N times
 * (default 10: about 5,000 passages), indexed in SQLite FTS5, then searched with the payments training texts
 * (customer messages in 8 languages, each in its language). Prints the index build time, the search p50/p95, the
 * index size in SQLite and the heap it added, how often the message's intent is among the top 3 articles, and the
 * grounding check's time per answer. With --embeddings the same run goes hybrid against the scripted
 * OpenAI-compatible server on 127.0.0.1 (hashed 64-dimension vectors: the fusion's cost, not a real model's).
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { checkGrounding, createArticleRetriever, passagesOfArticles } from '../engine/grounding/index.js';
import { createOpenAiClient } from '../engine/openai/client.js';
import { settingsFromSeedItems } from '../engine/seed-tenant.js';
import { hasTrainingData } from '../engine/training-data.js';
import { seedTenantIds } from '../lib/tenant-config.js';
import { startScriptedOpenAiServer } from '../lib/scripted-openai-server.js';
import { readTenantSeed } from '../lib/tenant-seed/tenant-seed.js';
import type { SettingEntry } from '../shared/settings/tenant-settings.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    copies: { type: 'string', default: '10' },
    queries: { type: 'string', default: '1000' },
    embeddings: { type: 'boolean', default: false },
    tenant: { type: 'string' },
  },
  strict: true,
});
const copies = Number(values.copies);
const queryCount = Number(values.queries);
for (const [flag, value] of [
  ['--copies', copies],
  ['--queries', queryCount],
] as const)
  if (!Number.isInteger(value) || value < 1 || value > 100_000) {
    process.stderr.write(`${flag} must be an integer from 1 to 100000.\n`);
    process.exit(2);
  }

// The demo tenant with labelled customer messages (the first seed folder that has them), or --tenant.
const resourcesDir = join(root, 'resources');
const tenantId = values.tenant ?? seedTenantIds(resourcesDir).find((id) => hasTrainingData(resourcesDir, id));
if (tenantId === undefined || !hasTrainingData(resourcesDir, tenantId)) {
  process.stderr.write(`--tenant ${tenantId ?? '(none)'}: no seed tenant with labelled customer messages.\n`);
  process.exit(2);
}
const seedDir = join(resourcesDir, 'tenants', tenantId);
const original = settingsFromSeedItems(readTenantSeed(seedDir).items).article;
const articles: SettingEntry<'article'>[] = Array.from({ length: copies }, (_, copy) =>
  original.map((article) => ({ ...article, id: `${article.id}~${copy}` })),
).flat();
const rows = parse(readFileSync(join(seedDir, 'training-multilingual.csv'), 'utf8'), {
  columns: true,
  skip_empty_lines: true,
}) as Array<{ text: string; category: string; language: string }>;
const published = new Set(original.map((article) => article.id));
const queries = rows.filter((row) => published.has(row.category));
const asked = Array.from({ length: queryCount }, (_, i) => queries[i % queries.length]!);

const server = values.embeddings ? await startScriptedOpenAiServer() : null;
const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const b0 = performance.now();
const retriever = createArticleRetriever({
  articles,
  ...(server
    ? {
        embeddings: {
          client: createOpenAiClient({ baseURL: server.baseURL, apiKey: 'bench' }),
          model: 'hashed-64',
        },
      }
    : {}),
});
const buildMs = performance.now() - b0;
const e0 = performance.now();
await retriever.prepare();
const embedMs = performance.now() - e0;
global.gc?.();
const heapAddedMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;

for (const query of asked.slice(0, 50)) await retriever.search(query.text, { language: query.language, limit: 5 });
const times: number[] = [];
for (const query of asked) {
  const s = performance.now();
  await retriever.search(query.text, { language: query.language, limit: 5 });
  times.push(performance.now() - s);
}
times.sort((a, b) => a - b);

// Ranking quality on the articles once (copies would fill the top 3 with one article).
const once = createArticleRetriever({ articles: original });
let hits = 0;
for (const query of queries) {
  const found = await once.search(query.text, { language: query.language, limit: 3 });
  if (found.some((passage) => passage.articleId === query.category)) hits++;
}
once.close();

const passages = passagesOfArticles(original);
const arrival = passages.filter((passage) => passage.articleId === 'card_arrival' && passage.language === 'en');
const answer =
  'Hi! Your card is delivered within 5 to 7 business days, or 2 business days with express delivery. If it has not arrived after 10 business days, tap Card > Report not received. Best regards';
const g0 = performance.now();
const checks = 2_000;
for (let i = 0; i < checks; i++) checkGrounding(answer, arrival, 'en');
const checkMs = (performance.now() - g0) / checks;

const report = {
  passages: retriever.passageCount,
  articles: articles.length,
  queries: asked.length,
  embeddings: retriever.usesEmbeddings,
  buildMs: Math.round(buildMs),
  embedMs: Math.round(embedMs),
  p50Ms: round(percentile(times, 50)),
  p95Ms: round(percentile(times, 95)),
  indexMb: round(retriever.indexBytes() / 1024 / 1024),
  heapAddedMb: round(heapAddedMb),
  intentInTop3: round(hits / queries.length, 3),
  labelledMessages: queries.length,
  groundingCheckMs: round(checkMs, 3),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version },
};
retriever.close();
await server?.close();

if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
else
  process.stdout.write(
    [
      `Retrieval over ${report.passages} passages (${report.articles} articles: the payments demo's ${copies} times), ${report.queries} customer messages, ${report.embeddings ? 'full text + embeddings (hashed, 64 dims)' : 'full text'} (${report.machine.model}, ${report.machine.cpus} cores, Node ${report.machine.node})`,
      `  index build: ${report.buildMs} ms${report.embeddings ? `, embedding the passages: ${report.embedMs} ms` : ''}; SQLite index ${report.indexMb} MB, heap added ${report.heapAddedMb} MB`,
      `  search: p50 ${report.p50Ms} ms, p95 ${report.p95Ms} ms`,
      `  ranking (full text, articles once): the message's intent among the top 3 passages for ${Math.round(report.intentInTop3 * 100)}% of ${report.labelledMessages} labelled messages`,
      `  grounding check: ${report.groundingCheckMs} ms per answer`,
      '',
    ].join('\n'),
  );
