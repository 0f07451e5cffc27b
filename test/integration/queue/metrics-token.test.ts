import { afterAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../../shared/api/queue-contract.js';
import { intakeBody } from '../../helpers/queue-server.js';
import { queueEngines } from './engines.js';

/**
 * Finding 8 of issue 21: `/metrics` answered anyone, listing every tenant's id with its counts. It now
 * needs the operator's metrics token, and without one configured it serves nothing.
 */
const { engines, stop } = await queueEngines();
afterAll(stop);

const METRICS_TOKEN = 'metrics-token-for-the-test-scraper';

async function scrape(url: string, token?: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${url}/metrics`, {
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });
  return { status: response.status, text: await response.text() };
}

for (const engine of engines) {
  describe(`/metrics needs the metrics token (${engine.name})`, () => {
    it('refuses callers without it (tenant tokens included) and never shows tenant ids to them', async () => {
      const queue = await engine.start({ app: { metricsToken: METRICS_TOKEN } });
      try {
        await queue.call('POST', '/v1/tickets', { body: intakeBody() });
        for (const token of [undefined, 'wrong-token', queue.tokens.admin, `${METRICS_TOKEN}x`]) {
          const refused = await scrape(queue.url, token);
          expect(refused.status, String(token)).toBe(401);
          expect(ErrorBodySchema.parse(JSON.parse(refused.text)).error).toMatchObject({
            code: 'unauthorized',
            message: expect.stringContaining('metrics token'),
          });
          expect(refused.text).not.toContain('payments');
        }
        const served = await scrape(queue.url, METRICS_TOKEN);
        expect(served.status).toBe(200);
        expect(served.text).toContain('switchboard_queue_tickets_created_total{tenant="payments"} 1');
      } finally {
        await queue.close();
      }
    });

    it('serves nothing when the operator set no metrics token, and says how to set one', async () => {
      const queue = await engine.start();
      try {
        await queue.call('POST', '/v1/tickets', { body: intakeBody() });
        const off = await scrape(queue.url);
        expect(off.status).toBe(404);
        expect(ErrorBodySchema.parse(JSON.parse(off.text)).error).toMatchObject({
          code: 'metrics_disabled',
          message: expect.stringContaining('--metrics-token-file'),
        });
        expect(off.text).not.toContain('payments');
        expect((await scrape(queue.url, queue.tokens.admin)).status).toBe(404);
      } finally {
        await queue.close();
      }
    });
  });
}
