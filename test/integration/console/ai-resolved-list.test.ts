import { beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleCore } from '../../../electron/core/console-core.js';
import { AI_RESOLVED_LIST_LIMIT } from '../../../shared/api/console-contract.js';
import { newTicket, type Ticket } from '../../../shared/domain/ticket.js';
import { consoleFilePerTest } from '../../helpers/test-consoles.js';

const START = Date.parse('2026-05-01T08:00:00.000Z');

function ticket(i: number, status: Ticket['status']): Ticket {
  return {
    ...newTicket({
      id: `t${String(i).padStart(5, '0')}`,
      tenantId: 'payments',
      subject: `Subject ${i}`,
      customer: { id: `c${i}`, name: `Customer ${i}`, tier: 'standard' },
      channel: 'chat',
      at: new Date(START + i * 60_000).toISOString(),
      seq: i + 1,
    }),
    status,
    language: 'en',
    intent: 'card_arrival',
  };
}

/** The AI-resolved list over a console's real SQLite cache, when the AI has resolved more than the list holds. */
describe('the AI-resolved list', () => {
  const file = consoleFilePerTest();
  let core: ConsoleCore;

  beforeEach(() => {
    core = file.console();
  });

  it('holds the newest AI resolutions, newest first, and nothing else, when there are more than it lists', async () => {
    const resolvedCount = AI_RESOLVED_LIST_LIMIT + 500;
    core.cache.transaction(() => {
      for (let i = 0; i < resolvedCount; i++) core.cache.putTicket(ticket(i, 'ai_resolved'));
      // Other states, the newest of all among them: never in this list.
      for (let i = resolvedCount; i < resolvedCount + 30; i++)
        core.cache.putTicket(ticket(i, i % 2 ? 'escalated' : 'resolved'));
    });

    const result = await core.service.listAiResolved({});
    if (!result.ok) throw new Error(result.error.message);
    const ids = result.value.map((t) => t.id);
    expect(ids).toHaveLength(AI_RESOLVED_LIST_LIMIT);
    expect(result.value.every((t) => t.status === 'ai_resolved')).toBe(true);
    // The last one the AI resolved comes first; the oldest 500 are left to the review search.
    expect(ids[0]).toBe(ticket(resolvedCount - 1, 'ai_resolved').id);
    expect(ids.at(-1)).toBe(ticket(resolvedCount - AI_RESOLVED_LIST_LIMIT, 'ai_resolved').id);
    const created = result.value.map((t) => Date.parse(t.createdAt));
    expect(created.every((at, i) => i === 0 || at < (created[i - 1] ?? Infinity))).toBe(true);
  });

  it('lists every AI resolution, newest first, while there are fewer than it holds', async () => {
    core.cache.transaction(() => {
      for (let i = 0; i < 12; i++) core.cache.putTicket(ticket(i, i % 4 === 3 ? 'escalated' : 'ai_resolved'));
    });
    const result = await core.service.listAiResolved({});
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.map((t) => t.id)).toEqual([
      't00010',
      't00009',
      't00008',
      't00006',
      't00005',
      't00004',
      't00002',
      't00001',
      't00000',
    ]);
  });
});
