import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAuditCli } from '../../../server/audit-cli.js';
import { auditRecordHash, GENESIS_HASH } from '../../../server/audit/audit-chain.js';
import { PostgresQueueStore } from '../../../server/storage/postgres-queue-store.js';
import type { QueueStore } from '../../../server/storage/queue-store.js';
import { SqliteQueueStore } from '../../../server/storage/sqlite-queue-store.js';
import type { AiDecision } from '../../../shared/domain/decision.js';
import { agentReply, aiDecision, escalateDecision, note } from './builders.js';
import { startTestPostgres, type TestPostgres } from './test-postgres.js';

const T0 = new Date('2026-03-01T10:00:00.000Z');
const at = (minutes: number): Date => new Date(T0.getTime() + minutes * 60_000);
const customer = { id: 'cus_1', name: 'Ada', tier: 'standard' as const };
const lead = { name: 'lead token', role: 'lead' };
const agent = { name: 'agent token', role: 'agent' };
const autopilot = { name: 'autopilot token', role: 'autopilot' };

const resolveWithUsage: AiDecision = {
  action: 'resolve',
  language: 'fr',
  intent: 'card_arrival',
  confidence: 0.98,
  reply: 'Votre carte arrive sous 5 jours.',
  summary: null,
  engine: 'openai',
  latencyMs: 840,
  usage: { model: 'gpt-4o-mini', calls: 2, promptTokens: 1200, completionTokens: 90, costUsd: 0.00042 },
};

/**
 * Fills a store with one of everything the audit trail records: intakes, AI decisions (one with model
 * usage), a reply, a note, a send-and-resolve, a rating, a lead's flag, a reopen, an agent's refused
 * review and a customer reply. Returns the ids of the two tickets.
 */
async function populate(store: QueueStore): Promise<{ resolvedByAi: string; escalated: string }> {
  await store.createTenant({ id: 'alpha', name: 'Alpha' }, []);
  await store.createTenant({ id: 'beta', name: 'Beta' }, []);
  const intake = (tenantId: string, minutes: number) =>
    store.intakeTicket({
      tenantId,
      subject: 'Carte',
      customer,
      channel: 'email',
      text: 'Où est ma carte ?',
      idempotencyKey: null,
      now: at(minutes),
      actor: { name: 'mail channel', role: 'admin' },
    });
  const push = (
    clientId: string,
    token: { name: string; role: string },
    mutations: Parameters<QueueStore['applyMutations']>[0]['mutations'],
    minutes: number,
  ) =>
    store.applyMutations({
      tenantId: 'alpha',
      clientId,
      principal: `token:${token.name}`,
      mutations,
      gate: (m) =>
        m.type === 'review' && token.role === 'agent' ? 'An agent token may not push review mutations.' : null,
      now: at(minutes),
      actor: token,
    });

  const first = (await intake('alpha', 0)).ticket.id;
  const second = (await intake('alpha', 1)).ticket.id;
  await intake('beta', 2);
  await store.claimTickets({ tenantId: 'alpha', workerId: 'bot-1', limit: 2, leaseMs: 600_000, now: at(3) });
  await push('bot-1', autopilot, [aiDecision(1, first, resolveWithUsage), aiDecision(2, second, escalateDecision)], 4);
  await push(
    'console-sam',
    agent,
    [
      note(1, second, { text: 'Checking the ledger.' }),
      agentReply(2, second, { resolve: true, agentName: 'Sam Agent' }),
    ],
    10,
  );
  await store.rateTicket({
    tenantId: 'alpha',
    ticketId: first,
    score: 2,
    comment: 'Still no card',
    now: at(20),
    actor: { name: 'survey', role: 'admin' },
  });
  await push(
    'console-lee',
    lead,
    [
      {
        id: 1,
        type: 'review',
        ticketId: first,
        createdAt: at(30).toISOString(),
        verdict: 'flag',
        reason: 'Promised 5 days; it is 10.',
        reviewerName: 'Lee Lead',
      },
    ],
    30,
  );
  await push(
    'console-lee',
    lead,
    [
      {
        id: 2,
        type: 'reopen',
        ticketId: first,
        createdAt: at(31).toISOString(),
        messageId: 'reopen-1',
        reason: 'Wrong delivery time.',
        agentName: 'Lee Lead',
        ownerQueue: 'general',
      },
    ],
    31,
  );
  await push(
    'console-sam',
    agent,
    [
      {
        id: 3,
        type: 'review',
        ticketId: second,
        createdAt: at(32).toISOString(),
        verdict: 'approve',
        reviewerName: 'Sam Agent',
      },
    ],
    32,
  );
  await store.appendCustomerReply({
    tenantId: 'alpha',
    ticketId: second,
    text: 'Merci !',
    now: at(40),
    actor: { name: 'mail channel', role: 'admin' },
  });
  const rules = [{ id: 'catch-all', ownerQueue: 'general', when: {} }];
  const saved = await store.saveRuleSet({
    tenantId: 'alpha',
    rules,
    baseVersion: 0,
    savedBy: 'Lee Lead',
    savedAt: at(50).toISOString(),
    actor: lead,
  });
  if (saved.status !== 'saved') throw new Error('the rule set was not saved');
  return { resolvedByAi: first, escalated: second };
}

/** Runs `npm run audit -- ...` in-process; returns exit code and printed lines. */
async function audit(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAuditCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

describe('audit trail contents (SQLite)', () => {
  let dir: string;
  let store: SqliteQueueStore;
  let ids: { resolvedByAi: string; escalated: string };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'switchboard-audit-'));
    store = SqliteQueueStore.open(join(dir, 'queue.sqlite'));
    ids = await populate(store);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("records every step of a ticket's life with actor, time, inputs and reason, in order", async () => {
    const history = await store.ticketHistory('alpha', ids.resolvedByAi);
    expect(history?.map((r) => r.action)).toEqual([
      'ticket_intake',
      'ai_decision',
      'customer_rating',
      'review',
      'reopen',
    ]);
    const [intake, decision, rating, review, reopen] = history ?? [];
    expect(intake).toMatchObject({ actorName: 'mail channel', actorRole: 'admin', at: at(0).toISOString() });
    expect(decision).toMatchObject({
      actorName: 'autopilot token',
      actorRole: 'autopilot',
      actorClientId: 'bot-1',
      at: at(4).toISOString(),
    });
    expect(JSON.parse(decision?.inputsJson ?? '{}')).toMatchObject({
      outcome: 'applied',
      decision: 'resolve',
      language: 'fr',
      intent: 'card_arrival',
      confidence: 0.98,
      engine: 'openai',
      model: 'gpt-4o-mini',
      promptTokens: 1200,
      completionTokens: 90,
      costUsd: 0.00042,
    });
    expect(decision?.reason).toMatch(/Resolved by the openai engine \(intent card_arrival, confidence 0.98\)/);
    expect(JSON.parse(rating?.inputsJson ?? '{}')).toMatchObject({ csat: { score: 2, comment: 'Still no card' } });
    // The actor is the caller that pushed; the name the console sent is nowhere (the queue names the caller instead).
    expect(review).toMatchObject({
      actorName: 'lead token',
      actorRole: 'lead',
      actorClientId: 'console-lee',
      reason: 'Promised 5 days; it is 10.',
    });
    expect(JSON.parse(review?.inputsJson ?? '{}')).toMatchObject({ outcome: 'applied', verdict: 'flag' });
    expect(review?.inputsJson).not.toContain('Lee Lead');
    expect(reopen).toMatchObject({ reason: 'Wrong delivery time.', actorName: 'lead token' });
    expect(JSON.parse(reopen?.inputsJson ?? '{}')).toMatchObject({
      outcome: 'applied',
      status: 'escalated',
      ownerQueue: 'general',
    });
    expect(reopen?.inputsJson).not.toContain('Lee Lead');
  });

  it('records the escalation rule and reason, human actions, refused attempts and customer replies', async () => {
    const history = (await store.ticketHistory('alpha', ids.escalated)) ?? [];
    expect(history.map((r) => r.action)).toEqual([
      'ticket_intake',
      'ai_decision',
      'note',
      'send_and_resolve',
      'review',
      'customer_reply',
    ]);
    expect(JSON.parse(history[1]?.inputsJson ?? '{}')).toMatchObject({
      decision: 'escalate',
      ruleId: 'disputes-rule',
      reasonCode: 'low_confidence',
      ownerQueue: 'disputes',
      costUsd: null,
    });
    expect(history[1]?.reason).toBe('Confidence below threshold.');
    expect(history[3]).toMatchObject({ actorName: 'agent token', actorRole: 'agent' });
    expect(JSON.parse(history[3]?.inputsJson ?? '{}')).toMatchObject({
      text: 'We refunded you.',
      resolve: true,
      status: 'resolved',
    });
    expect(history[3]?.inputsJson).not.toContain('Sam Agent');
    expect(history[4]).toMatchObject({ reason: 'An agent token may not push review mutations.' });
    expect(JSON.parse(history[4]?.inputsJson ?? '{}')).toMatchObject({ outcome: 'rejected' });
    expect(history[5]?.reason).toBe('The customer wrote again: resolved -> escalated.');
  });

  it('records a saved rule set with who saved it and the whole rules', async () => {
    const last = (await store.auditPage(0, 1000)).at(-1);
    expect(last).toMatchObject({
      action: 'rules_saved',
      ticketId: null,
      actorName: 'lead token',
      actorRole: 'lead',
      tenantId: 'alpha',
    });
    expect(JSON.parse(last?.inputsJson ?? '{}')).toEqual({
      version: 1,
      baseVersion: 0,
      rules: [{ id: 'catch-all', ownerQueue: 'general', when: {} }],
      claimedName: 'Lee Lead',
    });
  });

  it("keeps tenants apart: another tenant's ticket has no history here", async () => {
    expect(await store.ticketHistory('beta', ids.resolvedByAi)).toBeNull();
    expect(await store.ticketHistory('alpha', 'tkt_missing')).toBeNull();
  });

  it('refuses updates and deletes of audit rows in the database itself', () => {
    const db = new Database(join(dir, 'queue.sqlite'));
    try {
      expect(() => db.prepare("UPDATE audit_events SET reason = 'x' WHERE seq = 1").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_events WHERE seq = 1').run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });

  it('verify: OK with the count; export: JSON Lines for a time range and tenant', async () => {
    const records = (await store.auditPage(0, 1000)).length;
    expect(records).toBe(13);
    const ok = await audit('verify', '--db', join(dir, 'queue.sqlite'));
    expect(ok.code).toBe(0);
    expect(ok.out[0]).toMatch(new RegExp(`^OK ${records} records \\(head [0-9a-f]{64}\\)$`));

    const exported = await audit(
      'export',
      '--db',
      join(dir, 'queue.sqlite'),
      '--from',
      at(4).toISOString(),
      '--to',
      at(31).toISOString(),
      '--tenant',
      'alpha',
    );
    expect(exported.code).toBe(0);
    const rows = exported.out.map(
      (line) =>
        JSON.parse(line) as { action: string; at: string; tenantId: string; inputs: unknown; actor: { name: string } },
    );
    expect(rows.map((r) => r.action)).toEqual([
      'ai_decision',
      'ai_decision',
      'note',
      'send_and_resolve',
      'customer_rating',
      'review',
    ]);
    expect(
      rows.every((r) => r.tenantId === 'alpha' && r.at >= at(4).toISOString() && r.at < at(31).toISOString()),
    ).toBe(true);
    expect(rows[5]?.actor.name).toBe('lead token');
    const beta = await audit(
      'export',
      '--db',
      join(dir, 'queue.sqlite'),
      '--from',
      '2026-03-01',
      '--to',
      '2026-03-02',
      '--tenant',
      'beta',
    );
    expect(beta.out.map((line) => (JSON.parse(line) as { action: string }).action)).toEqual(['ticket_intake']);
  });

  it('refuses bad arguments with usage (exit 2) and a missing file without creating it', async () => {
    expect(
      (await audit('export', '--db', join(dir, 'queue.sqlite'), '--from', 'yesterday', '--to', '2026-03-02')).code,
    ).toBe(2);
    expect(
      (await audit('export', '--db', join(dir, 'queue.sqlite'), '--from', '2026-03-02', '--to', '2026-03-01')).err[0],
    ).toMatch(/must be before/);
    expect((await audit('check', '--db', 'x')).code).toBe(2);
    const missing = await audit('verify', '--db', join(dir, 'nope.sqlite'));
    expect(missing).toMatchObject({ code: 2, err: [expect.stringMatching(/no queue database/)] });
  });

  it('npm run audit -- verify works as a command', () => {
    const result = spawnSync('npm', ['run', '--silent', 'audit', '--', 'verify', '--db', join(dir, 'queue.sqlite')], {
      cwd: process.cwd(),
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^OK 13 records/);
  });
});

/** A tampering, as SQL run by someone with write access to the database (triggers dropped first). */
interface Tampering {
  name: string;
  sql: (n: number) => string[];
  /** The record verify must name, given the number of records n; and the kind of problem. */
  expect: (n: number) => { seq: number; kind: string };
}

const forgedRow = (seq: number): string =>
  `INSERT INTO audit_events (seq, tenant_id, ticket_id, actor_name, actor_role, actor_client_id, at, action, inputs_json, reason, prev_hash, hash)
   VALUES (${seq}, 'alpha', NULL, 'Mallory', 'lead', NULL, '2026-03-01T10:05:00.000Z', 'review', '{}', 'forged', '${GENESIS_HASH}', '${'f'.repeat(64)}')`;

const TAMPERINGS: Tampering[] = [
  {
    name: 'edit a field (the reason of record 8)',
    sql: () => ["UPDATE audit_events SET reason = 'Looks fine.' WHERE seq = 8"],
    expect: () => ({ seq: 8, kind: 'edited' }),
  },
  {
    name: 'edit the inputs (cost of record 4)',
    sql: () => ["UPDATE audit_events SET inputs_json = replace(inputs_json, '0.00042', '0.00001') WHERE seq = 4"],
    expect: () => ({ seq: 4, kind: 'edited' }),
  },
  {
    name: 'delete a row in the middle (record 6)',
    sql: () => ['DELETE FROM audit_events WHERE seq = 6'],
    expect: () => ({ seq: 7, kind: 'missing' }),
  },
  {
    name: 'delete the last row',
    sql: (n) => [`DELETE FROM audit_events WHERE seq = ${n}`],
    expect: (n) => ({ seq: n, kind: 'head_mismatch' }),
  },
  {
    name: 'swap two rows (records 5 and 6 exchange places)',
    sql: () => [
      'UPDATE audit_events SET seq = -5 WHERE seq = 5',
      'UPDATE audit_events SET seq = 5 WHERE seq = 6',
      'UPDATE audit_events SET seq = 6 WHERE seq = -5',
    ],
    expect: () => ({ seq: 5, kind: 'edited' }),
  },
  {
    name: 'insert a forged row in the middle (after record 3, later ones renumbered)',
    sql: (n) => [
      ...Array.from({ length: n - 3 }, (_, i) => `UPDATE audit_events SET seq = seq + 1 WHERE seq = ${n - i}`),
      forgedRow(4),
    ],
    expect: () => ({ seq: 4, kind: 'edited' }),
  },
  {
    name: 'append a forged row at the end',
    sql: (n) => [forgedRow(n + 1)],
    expect: (n) => ({ seq: n + 1, kind: 'edited' }),
  },
];

describe('tampering is reported by verify with the first bad record (SQLite file)', () => {
  let dir: string;
  let pristine: string;
  let records: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'switchboard-audit-tamper-'));
    pristine = join(dir, 'pristine.sqlite');
    const store = SqliteQueueStore.open(pristine);
    await populate(store);
    records = (await store.auditPage(0, 1000)).length;
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the untouched chain verifies, and every stored hash is what the algorithm gives', async () => {
    expect(await audit('verify', '--db', pristine)).toMatchObject({
      code: 0,
      out: [expect.stringMatching(`^OK ${records} records`)],
    });
    const store = SqliteQueueStore.open(pristine);
    try {
      let prev = GENESIS_HASH;
      for (const record of await store.auditPage(0, 1000)) {
        const { hash, ...content } = record;
        expect(content.prevHash).toBe(prev);
        expect(auditRecordHash(content)).toBe(hash);
        prev = hash;
      }
      expect((await store.auditHead()).hash).toBe(prev);
    } finally {
      await store.close();
    }
  });

  for (const tampering of TAMPERINGS) {
    it(tampering.name, async () => {
      const file = join(dir, `${tampering.name.replace(/\W+/g, '-')}.sqlite`);
      copyFileSync(pristine, file);
      const db = new Database(file);
      db.exec('DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;');
      for (const statement of tampering.sql(records)) db.exec(statement);
      db.close();
      const result = await audit('verify', '--db', file);
      const { seq, kind } = tampering.expect(records);
      expect(result.code).toBe(1);
      expect(result.out[0]).toMatch(new RegExp(`^FAILED at record ${seq} \\(${kind}\\): `));
    });
  }
});

const started = await startTestPostgres();
const postgres: TestPostgres | null = started.ok ? started.pg : null;

describe.skipIf(!postgres)('tampering is reported by verify with the first bad record (PostgreSQL)', () => {
  afterAll(async () => postgres?.stop());

  const prepared = async (): Promise<{ url: string; records: number; drop: () => Promise<void> }> => {
    if (!postgres) throw new Error('no PostgreSQL');
    const db = await postgres.createDatabase();
    const store = await PostgresQueueStore.open(db.url);
    try {
      await populate(store);
      return { url: db.url, records: (await store.auditPage(0, 1000)).length, drop: db.drop };
    } finally {
      await store.close();
    }
  };

  it('the untouched chain verifies; the database refuses edits while its triggers stand', async () => {
    const { url, records, drop } = await prepared();
    try {
      expect(records).toBe(13);
      expect(await audit('verify', '--db', url)).toMatchObject({
        code: 0,
        out: [expect.stringMatching(`^OK ${records} records`)],
      });
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await expect(client.query("UPDATE audit_events SET reason = 'x' WHERE seq = 1")).rejects.toThrow(/append-only/);
        await expect(client.query('DELETE FROM audit_events WHERE seq = 1')).rejects.toThrow(/append-only/);
      } finally {
        await client.end();
      }
    } finally {
      await drop();
    }
  });

  for (const tampering of TAMPERINGS) {
    it(tampering.name, async () => {
      const { url, records, drop } = await prepared();
      try {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          await client.query('ALTER TABLE audit_events DISABLE TRIGGER USER');
          for (const statement of tampering.sql(records)) await client.query(statement);
        } finally {
          await client.end();
        }
        const result = await audit('verify', '--db', url);
        const { seq, kind } = tampering.expect(records);
        expect(result.code).toBe(1);
        expect(result.out[0]).toMatch(new RegExp(`^FAILED at record ${seq} \\(${kind}\\): `));
      } finally {
        await drop();
      }
    });
  }
});
