import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/api/queue-contract.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { DEFAULT_ROUTING_POLICY } from '../../../shared/settings/routing-policy.js';
import { emptyTenantSettings } from '../../../shared/settings/tenant-settings.js';
import { QueueClient } from '../../../lib/queue-client/queue-client.js';
import { routingHandlers } from '../../../electron/core/routing/routing-handlers.js';

const NOW = new Date('2026-12-10T12:00:00.000Z');

/** A loopback address nothing listens on: a port taken and given back. */
async function closedAddress(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

const ticket = (fields: Partial<Ticket>): Ticket => ({
  id: 'tkt_1',
  tenantId: 'payments',
  subject: 'Where is my card?',
  customer: { id: 'c1', name: 'Ana', tier: 'standard' },
  channel: 'email',
  status: 'escalated',
  language: 'en',
  intent: 'card_arrival',
  confidence: 0.4,
  ownerQueue: 'cards',
  escalation: { code: 'low_confidence', ruleId: 'catch-all', detail: '' },
  aiDraft: null,
  summary: null,
  humanTouched: false,
  csat: null,
  review: null,
  modelCostUsd: 0.03,
  version: 1,
  createdAt: '2026-12-10T10:00:00.000Z',
  updatedAt: '2026-12-10T10:00:00.000Z',
  seq: 1,
  ...fields,
});

async function handlers(role: Role | null, tickets: Ticket[] = []) {
  return routingHandlers({
    queue: new QueueClient({ baseUrl: await closedAddress(), token: 'sbt_test', timeoutMs: 2_000 }),
    ticketsSince: (fromIso) => tickets.filter((t) => t.createdAt >= fromIso).map((t) => ({ ticket: t, messages: [] })),
    settings: emptyTenantSettings,
    rules: () => [{ id: 'catch-all', ownerQueue: 'cards', when: {} }],
    role: () => role,
    now: () => NOW,
  });
}

describe('the routing console methods', () => {
  it('previews over the cached tickets offline, with the month spend from the cache', async () => {
    const { previewRouting } = await handlers('lead', [ticket({})]);
    const model = { ...DEFAULT_ROUTING_POLICY.model, enabled: true };
    const policy = { ...DEFAULT_ROUTING_POLICY, model, budget: { ...DEFAULT_ROUTING_POLICY.budget, monthlyUsd: 10 } };
    const answer = await previewRouting({ policy });
    expect(answer.ok && answer.value).toMatchObject({
      compared: 1,
      changed: 1,
      moves: [{ from: 'person', to: 'model', count: 1 }],
      cost: { spentUsd: 0.03, spentFrom: 'cache', averageModelCostUsd: 0.03, budgetUsd: 10 },
    });
    // The outage switch: the policy's rule for a model that is down (people) takes the ticket back.
    const down = await previewRouting({ policy, modelDown: true });
    expect(down.ok && down.value.routes.edited).toEqual({ builtin: 0, model: 0, person: 1 });
  });

  it('says the health and the spend need the network when the queue is out of reach', async () => {
    const { listAiHealth, getAiSpend } = await handlers('lead');
    for (const answer of [await listAiHealth({}), await getAiSpend({})]) {
      expect(answer.ok).toBe(false);
      if (!answer.ok) expect(answer.error.code).toBe('needs_network');
    }
  });

  it("refuses an agent's console", async () => {
    const { previewRouting, listAiHealth } = await handlers('agent');
    for (const answer of [await previewRouting({ policy: DEFAULT_ROUTING_POLICY }), await listAiHealth({})]) {
      expect(answer.ok).toBe(false);
      if (!answer.ok) expect(answer.error.code).toBe('forbidden');
    }
  });
});
