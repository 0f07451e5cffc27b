import { describe, expect, it } from 'vitest';
import { startDemoRater } from '../../../electron/core/demo-ratings.js';
import { loadDemoTickets, seedDemoTickets } from '../../../electron/core/demo-seeder.js';
import { RESOURCES_DIR } from '../../../lib/paths.js';
import { QueueClient } from '../../../lib/queue-client/queue-client.js';
import { waitFor } from '../../helpers/child-process.js';
import { testQueueForEachTest } from '../../helpers/test-queue-hooks.js';
import { agentReply } from '../queue/builders.js';

describe('demo ratings (the demo customers rate resolved tickets)', () => {
  const queue = testQueueForEachTest();

  it('the payments demo gives most tickets a rating, posted only once the ticket is closed', async () => {
    const demo = loadDemoTickets(RESOURCES_DIR, 'payments');
    const rated = demo.filter((ticket) => ticket.rating);
    expect(rated.length).toBeGreaterThan(demo.length / 2);
    expect(new Set(rated.map((ticket) => ticket.rating?.score)).size).toBeGreaterThanOrEqual(4);

    const admin = new QueueClient({ baseUrl: queue.url, token: queue.tokens.admin });
    const pending = await seedDemoTickets(admin, rated.slice(0, 3));
    expect(pending).toHaveLength(3);
    const [closed, open] = pending;
    if (!closed || !open) throw new Error('seeding returned too few tickets');
    const pushed = await queue.call<{ results: Array<{ status: string }> }>('POST', '/v1/mutations', {
      token: queue.tokens.agent,
      body: { clientId: 'agent-console', mutations: [agentReply(1, closed.ticketId, { resolve: true })] },
    });
    expect(pushed.body.results[0]?.status).toBe('applied');

    const rater = startDemoRater(admin, pending, { intervalMs: 50 });
    try {
      const csatOf = async (id: string) => {
        const read = await admin.getTicket(id);
        return read.ok ? read.value.ticket.csat : 'unreadable';
      };
      await waitFor(
        async () => ((await csatOf(closed.ticketId)) ? true : null),
        10_000,
        'the rating of the resolved demo ticket',
      );
      expect(await csatOf(closed.ticketId)).toMatchObject({ score: closed.rating.score });
      // The others are still new (no AI runs here): nobody rates an open ticket.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await csatOf(open.ticketId)).toBeNull();
    } finally {
      await rater.stop();
    }
  });
});
