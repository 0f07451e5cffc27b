import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EscalationRule } from '../../../shared/domain/tenant.js';
import { Autopilot } from '../../../autopilot/autopilot.js';
import { QueueClient } from '../../../lib/queue-client/queue-client.js';
import { buildQueueApp } from '../../../server/app.js';
import { SqliteQueueStore } from '../../../server/storage/sqlite-queue-store.js';
import { decidedTicket } from '../../helpers/queue-decisions.js';
import { addTenantWithTokens, type RoleTokens } from '../../helpers/queue-server.js';
import { saveTenantToQueue } from '../../helpers/queue-tenant-settings.js';
import { fixtureEngine, fixtureKnowledgeBase, fixtureTenant } from '../../unit/ai/fixtures.js';

const tenant = fixtureTenant();
const LOST_CARD = 'I lost my card, please block it';
const ARRIVAL = 'Where is my card? It has not arrived yet';

/** The built-in engine (trained on the fixture tenant) in an autopilot against a real queue over HTTP. */
describe('an autopilot follows the rules a lead saves, without a restart', () => {
  let store: SqliteQueueStore;
  let app: FastifyInstance;
  let tokens: RoleTokens;
  let url: string;
  let autopilot: Autopilot | null = null;

  beforeEach(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-rules-autopilot-'));
    store = SqliteQueueStore.open(join(dir, 'queue.sqlite'));
    tokens = await addTenantWithTokens(store, tenant.id);
    app = buildQueueApp({ store });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    // The tenant as its admin and lead set it up: rules version 1.
    await saveTenantToQueue(client(tokens.admin), client(tokens.lead), tenant, fixtureKnowledgeBase());
  });
  afterEach(async () => {
    await autopilot?.stop();
    await app.close();
    await store.close();
  });

  const client = (token: string) => new QueueClient({ baseUrl: url, token });
  const decided = async (text: string) => (await decidedTicket(client(tokens.admin), text)).ticket;
  async function startAutopilot(): Promise<Autopilot> {
    const engine = await fixtureEngine(tenant);
    const started = new Autopilot({
      client: client(tokens.autopilot),
      engine,
      tenantId: tenant.id,
      idlePollMs: 100,
      batchSize: 1,
    });
    started.start();
    return started;
  }

  it('routes a new ticket of an intent to the queue the saved rules name, and forces escalation by a saved rule', async () => {
    autopilot = await startAutopilot();

    // As set up: lost cards go to security, card arrival questions are answered by the AI.
    expect(await decided(LOST_CARD)).toMatchObject({
      status: 'escalated',
      intent: 'lost_or_stolen_card',
      ownerQueue: 'security',
      escalation: { ruleId: 'security' },
    });
    expect(await decided(ARRIVAL)).toMatchObject({ status: 'ai_resolved', intent: 'card_arrival' });
    expect(autopilot.rulesVersion).toBe(1);

    const rules: EscalationRule[] = [
      { id: 'lost-cards-to-vip', ownerQueue: 'vip', when: { intents: ['lost_or_stolen_card'] } },
      { id: 'arrivals-by-people', ownerQueue: 'general', escalate: true, when: { intents: ['card_arrival'] } },
      { id: 'catch-all', ownerQueue: 'general', when: {} },
    ];
    const saved = await client(tokens.lead).saveRules(rules, 1);
    expect(saved.ok).toBe(true);

    expect(await decided(LOST_CARD)).toMatchObject({
      status: 'escalated',
      ownerQueue: 'vip',
      escalation: { ruleId: 'lost-cards-to-vip' },
    });
    expect(await decided(ARRIVAL)).toMatchObject({
      status: 'escalated',
      ownerQueue: 'general',
      escalation: { code: 'rule', ruleId: 'arrivals-by-people' },
    });
    expect(autopilot.rulesVersion).toBe(2);
  });
});
