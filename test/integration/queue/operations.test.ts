import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../../server/api-spec.js';
import { hashToken } from '../../../server/auth/tokens.js';
import { startTsProcess } from '../../helpers/child-process.js';
import { QUEUE_ENTRY, runEntrySync } from '../../helpers/entry-command.js';
import { intakeBody, startTestQueue } from '../../helpers/queue-server.js';
import { testQueueForEachTest } from '../../helpers/test-queue-hooks.js';
import { tempDirForEachTest } from '../../helpers/temp-dir.js';

describe('operations endpoints', () => {
  const metricsToken = 'operations-test-metrics-token';
  const queue = testQueueForEachTest(() => startTestQueue({ app: { metricsToken } }));

  it('serves an OpenAPI document listing every endpoint with its roles and request schemas', async () => {
    const doc = await queue.call<{
      openapi: string;
      paths: Record<string, Record<string, { 'x-roles': string[]; requestBody?: unknown }>>;
    }>('GET', '/v1/openapi.json', { token: null });
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\.1/);
    for (const endpoint of Object.values(ENDPOINTS)) {
      const operation = doc.body.paths[endpoint.path.replace(/:(\w+)/g, '{$1}')]?.[endpoint.method.toLowerCase()];
      expect(operation, endpoint.path).toBeDefined();
      expect(operation?.['x-roles']).toEqual(endpoint.roles ?? []);
      expect(Boolean(operation?.requestBody)).toBe('body' in endpoint);
    }
    const intake = doc.body.paths['/v1/tickets']?.post as {
      requestBody: {
        content: { 'application/json': { schema: { required: string[]; additionalProperties: boolean } } };
      };
    };
    expect(intake.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['subject', 'customer', 'text']),
    );
    expect(intake.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
  });

  it('counts requests, intake, claims and lease expiries in Prometheus format, and queue depth per tenant', async () => {
    await queue.call('POST', '/v1/tickets/batch', { body: { tickets: [intakeBody(), intakeBody(), intakeBody()] } });
    await queue.call('POST', '/v1/claims', {
      token: queue.tokens.autopilot,
      body: { workerId: 'w1', limit: 2, leaseMs: 1000 },
    });
    queue.clock.advance(2000);
    await queue.call('POST', '/v1/claims', {
      token: queue.tokens.autopilot,
      body: { workerId: 'w2', limit: 10, leaseMs: 1000 },
    });
    const response = await fetch(`${queue.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('switchboard_queue_tickets_created_total{tenant="payments"} 3');
    expect(text).toContain('switchboard_queue_claims_total{tenant="payments"} 5');
    expect(text).toContain('switchboard_queue_lease_expiries_total{tenant="payments"} 2');
    expect(text).toContain('switchboard_queue_depth{tenant="payments"} 3');
    expect(text).toMatch(/switchboard_queue_http_requests_total\{method="POST",route="\/v1\/claims",status="200"\} 2/);
    expect(text).toMatch(
      /switchboard_queue_http_request_duration_seconds_bucket\{le="[^"]+",method="POST",route="\/v1\/tickets\/batch"\} 1/,
    );
  });

  it('gives team leads counts per status and of AI decisions', async () => {
    await queue.call('POST', '/v1/tickets/batch', { body: { tickets: [intakeBody(), intakeBody()] } });
    const stats = await queue.call<{
      tickets: Record<string, number>;
      queueDepth: number;
      aiDecisions: { total: number };
    }>('GET', '/v1/stats', { token: queue.tokens.lead });
    expect(stats.status).toBe(200);
    expect(stats.body).toMatchObject({
      tickets: { new: 2, escalated: 0 },
      queueDepth: 2,
      aiDecisions: { total: 0 },
      ticketsDecidedMoreThanOnce: 0,
    });
  });

  it('/healthz answers with a store round trip', async () => {
    expect((await queue.call('GET', '/healthz', { token: null })).body).toEqual({ ok: true });
  });
});

describe('admin commands', () => {
  const dir = tempDirForEachTest('switchboard-admin-');

  const queueCli = (args: string[]) => runEntrySync(QUEUE_ENTRY, args);

  it('creates a tenant and a token stored only as its hash; the token then works against a running queue', async () => {
    const db = join(dir(), 'q.sqlite');
    const tenant = queueCli(['tenant', 'create', '--db', db, '--id', 'acme', '--name', 'Acme Support']);
    expect(tenant.status, tenant.stderr).toBe(0);
    expect(queueCli(['tenant', 'create', '--db', db, '--id', 'acme']).status).toBe(2);
    expect(queueCli(['token', 'create', '--db', db, '--tenant', 'nope', '--role', 'agent']).status).toBe(2);
    expect(queueCli(['token', 'create', '--db', db, '--tenant', 'acme', '--role', 'boss']).status).toBe(2);
    const cards = queueCli(['queue', 'create', '--db', db, '--tenant', 'acme', '--id', 'cards', '--name', 'Cards']);
    expect(cards.status, cards.stderr).toBe(0);
    expect(queueCli(['queue', 'create', '--db', db, '--tenant', 'acme', '--id', 'cards']).status).toBe(2);
    expect(queueCli(['queue', 'create', '--db', db, '--tenant', 'nope', '--id', 'cards']).status).toBe(2);
    const badId = queueCli(['queue', 'create', '--db', db, '--tenant', 'acme', '--id', 'Not OK!']);
    expect(badId.status).toBe(2);
    expect(badId.stderr).toContain('--id');

    const token = queueCli(['token', 'create', '--db', db, '--tenant', 'acme', '--role', 'lead']);
    expect(token.status, token.stderr).toBe(0);
    const plaintext = token.stdout.trim();
    expect(plaintext).toMatch(/^sbq_[\w-]{40,}$/);
    expect(token.stderr).toContain('only this once');

    const raw = new Database(db, { readonly: true });
    const rows = raw.prepare('SELECT token_hash, tenant_id, role FROM tokens').all();
    raw.close();
    expect(rows).toEqual([{ token_hash: hashToken(plaintext), tenant_id: 'acme', role: 'lead' }]);

    const running = startTsProcess(QUEUE_ENTRY, [
      '--db',
      db,
      '--port',
      '0',
      '--tokens-file',
      join(dir(), 'tokens.json'),
    ]);
    try {
      const url = (await running.waitForLine(/^Queue: (http:\/\/\S+)$/))[1];
      const stats = await fetch(`${url}/v1/stats`, { headers: { authorization: `Bearer ${plaintext}` } });
      expect(stats.status).toBe(200);
      expect(await stats.json()).toMatchObject({ queueDepth: 0 });
      const queues = await fetch(`${url}/v1/queues`, { headers: { authorization: `Bearer ${plaintext}` } });
      expect(await queues.json()).toEqual({ queues: [{ id: 'cards', name: 'Cards' }] });
      const intake = await fetch(`${url}/v1/tickets`, {
        method: 'POST',
        headers: { authorization: `Bearer ${plaintext}`, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(intake.status).toBe(403);
    } finally {
      await running.stop();
    }
    // Eleven CLI starts, each compiling the sources with tsx: ~3 s apiece on an idle machine, far more under load.
  }, 240_000);
});
