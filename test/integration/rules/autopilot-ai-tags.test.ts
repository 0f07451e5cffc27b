import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TagSetting } from '../../../shared/settings/setting-values.js';
import { Autopilot } from '../../../autopilot/autopilot.js';
import { QueueClient } from '../../../lib/queue-client/queue-client.js';
import { buildQueueApp } from '../../../server/app.js';
import { SqliteQueueStore } from '../../../server/storage/sqlite-queue-store.js';
import { decidedTicket } from '../../helpers/queue-decisions.js';
import { addTenantWithTokens, type RoleTokens } from '../../helpers/queue-server.js';
import { saveTenantToQueue } from '../../helpers/queue-tenant-settings.js';
import { fixtureEngine, fixtureKnowledgeBase, fixtureTenant } from '../../unit/ai/fixtures.js';
import { aiDecision, escalateDecision } from '../queue/builders.js';

const tenant = fixtureTenant();
const LOST_CARD = 'I lost my card, please block it';

/**
 * Issue 19, AI tags: the built-in engine in an autopilot against a real queue over HTTP. The autopilot tags a ticket it
 * classified with the tenant's tags whose aiIntents name the intent; the queue keeps only such tags from any AI
 * decision and records the ones it dropped.
 */
describe('the AI sets the tags the tenant allows it', () => {
  let dir: string;
  let store: SqliteQueueStore;
  let app: FastifyInstance;
  let tokens: RoleTokens;
  let url: string;
  let autopilot: Autopilot | null = null;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'switchboard-ai-tags-'));
    store = SqliteQueueStore.open(join(dir, 'queue.sqlite'));
    tokens = await addTenantWithTokens(store, tenant.id);
    app = buildQueueApp({ store });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    await saveTenantToQueue(client(tokens.admin), client(tokens.lead), tenant, fixtureKnowledgeBase());
    const tags: Record<string, TagSetting> = {
      'card-security': { name: 'Card security', aiIntents: ['lost_or_stolen_card', 'compromised_card'] },
      delivery: { name: 'Delivery', aiIntents: ['card_arrival'] },
      vip: { name: 'VIP' },
    };
    for (const [id, value] of Object.entries(tags))
      expect((await client(tokens.admin).saveSetting('tag', id, 0, value)).ok).toBe(true);
  });
  afterEach(async () => {
    await autopilot?.stop();
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const client = (token: string) => new QueueClient({ baseUrl: url, token });

  it('tags a classified ticket with the tags of its intent, and the queue drops any other tag an AI decision names', async () => {
    autopilot = new Autopilot({
      client: client(tokens.autopilot),
      engine: await fixtureEngine(tenant),
      tenantId: tenant.id,
      idlePollMs: 100,
      batchSize: 1,
    });
    autopilot.start();
    const lost = await decidedTicket(client(tokens.admin), LOST_CARD);
    expect(lost.ticket).toMatchObject({ intent: 'lost_or_stolen_card', tags: ['card-security'] });
    const history = await client(tokens.admin).getTicketHistory(lost.ticket.id);
    if (!history.ok) throw new Error(history.error.message);
    const record = history.value.events.find((event) => event.action === 'ai_decision');
    expect(record?.inputs.tags).toEqual(['card-security']);
    expect(record?.inputs.droppedTags).toBeUndefined();
    await autopilot.stop();
    autopilot = null;

    // A decision naming tags the tenant does not let the AI set for its intent (an older or faulty worker).
    const created = await client(tokens.admin).createTicket({
      subject: 'Card',
      text: 'My card was charged twice',
      customer: { id: 'c2', name: 'Ola Berg', tier: 'standard' },
    });
    if (!created.ok) throw new Error(created.error.message);
    const ticketId = created.value.ticket.id;
    const worker = client(tokens.autopilot);
    const claimed = await worker.claim('faulty-worker', 1, 30_000);
    expect(claimed.ok && claimed.value.claims.map((claim) => claim.ticket.id)).toEqual([ticketId]);
    const pushed = await worker.push({
      clientId: 'faulty-worker',
      mutations: [
        {
          ...aiDecision(1, ticketId, { ...escalateDecision, intent: 'card_arrival' }),
          tags: ['vip', 'delivery', 'card-security'],
        },
      ],
    });
    if (!pushed.ok) throw new Error(pushed.error.message);
    // Only `delivery` names the decision's intent: it is kept, the others dropped, and the decision applies.
    expect(pushed.value.results[0]).toMatchObject({
      status: 'applied',
      ticket: { status: 'escalated', tags: ['delivery'] },
    });
    const dropped = await client(tokens.admin).getTicketHistory(ticketId);
    if (!dropped.ok) throw new Error(dropped.error.message);
    expect(dropped.value.events.find((event) => event.action === 'ai_decision')?.inputs).toMatchObject({
      tags: ['delivery'],
      droppedTags: ['vip', 'card-security'],
    });
  });
});
