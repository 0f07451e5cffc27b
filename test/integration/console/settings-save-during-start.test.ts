import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ROUTING_POLICY, ROUTING_POLICY_ID } from '../../../shared/settings/routing-policy.js';
import { routingPolicy } from '../../../shared/settings/tenant-settings.js';
import { startHoldingHttpProxy, type HoldingHttpProxy } from '../../helpers/holding-http-proxy.js';
import { startTestQueue, type TestQueue } from '../../helpers/queue-server.js';
import { consolesOverFreshQueue } from '../../helpers/test-consoles.js';

/** The routing policy with a monthly model budget of `monthlyUsd`. */
const policyWithBudget = (monthlyUsd: number) => ({
  ...DEFAULT_ROUTING_POLICY,
  budget: { ...DEFAULT_ROUTING_POLICY.budget, monthlyUsd },
});

/**
 * The regression of the AI health e2e (its spend line showed the old budget): a policy saved over the queue API while a
 * starting console was reading its settings was announced on the console's event stream, but the read under way
 * cleared the sign when it ended, so the console kept the old policy until its 30-second settings poll.
 */
describe('a settings save while a console reads its settings', () => {
  let queue: TestQueue;
  const consoles = consolesOverFreshQueue(async () => (queue = await startTestQueue()));
  let proxy: HoldingHttpProxy | null = null;
  afterEach(async () => {
    await proxy?.close();
    proxy = null;
  });

  it("is read into the console's settings at once, and the console tells its windows", async () => {
    const saved = await queue.call('PUT', `/v1/settings/routing/${ROUTING_POLICY_ID}`, {
      body: { baseVersion: 0, value: policyWithBudget(50) },
    });
    expect(saved.status).toBe(200);
    proxy = await startHoldingHttpProxy(queue.url);
    // The console's first settings read reaches the queue; its answer (the $50 policy) is kept back meanwhile.
    const firstRead = proxy.holdNext('GET', '/v1/settings');
    const core = consoles.open('lead.sqlite', { token: queue.tokens.lead, queueUrl: proxy.url });
    // The budget in the console's settings each time it tells its windows they changed.
    const toldBudgets: Array<number | null> = [];
    core.service.subscribe((event) => {
      if (event.type === 'settings_changed') toldBudgets.push(routingPolicy(core.settings.current()).budget.monthlyUsd);
    });
    core.sync.start();
    await firstRead.reached;
    // Its event stream is open: the queue told it the feed's cursor.
    await proxy.streamedEvents(1);

    const resaved = await queue.call('PUT', `/v1/settings/routing/${ROUTING_POLICY_ID}`, {
      body: { baseVersion: 1, value: policyWithBudget(10) },
    });
    expect(resaved.status).toBe(200);
    // The save's announcement reached the console while its read was under way; then the read's answer comes.
    await proxy.streamedEvents(2);
    firstRead.release();

    await expect.poll(() => routingPolicy(core.settings.current()).budget.monthlyUsd, { timeout: 5_000 }).toBe(10);
    const view = await core.service.getTenantSettings({});
    expect(view.ok && routingPolicy(view.value.settings).budget.monthlyUsd).toBe(10);
    expect(toldBudgets.at(-1)).toBe(10);
  });
});
