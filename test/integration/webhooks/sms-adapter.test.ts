import type { Server } from 'node:http';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import type { SigningSecret } from '../../../shared/api/webhook-contract.js';
import { createSmsAdapter } from '../../../examples/sms-adapter.js';
import { waitForValue } from '../../helpers/child-process.js';
import { agentReply } from '../queue/builders.js';
import { queueEngines } from '../queue/engines.js';
import { genericChannelValue, saveNewSetting } from './webhook-fixtures.js';
import { startWebhookQueue, type WebhookQueue } from './webhook-queue.js';
import { WebhookReceiver } from './webhook-receiver.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

describe("README's SMS adapter example against a real queue", () => {
  let world: WebhookQueue;
  let adapter: Server;
  let adapterUrl: string;
  const texted: { to: string; text: string }[] = [];

  beforeEach(async () => {
    world = await startWebhookQueue(engines[0]!);
    const { queue } = world;
    const port = (await WebhookReceiver.reserve(() => 200)).port;
    adapterUrl = `http://127.0.0.1:${port}`;
    await saveNewSetting(queue.store, queue.tenantId, 'channel', 'sms', genericChannelValue(`${adapterUrl}/replies`));
    // The operator makes the channel's secret and hands it to the adapter.
    const secret = (await queue.call<SigningSecret>('POST', '/v1/secrets/channel/sms')).body.secret;
    adapter = createSmsAdapter({
      queueUrl: queue.url,
      tenantId: queue.tenantId,
      channelId: 'sms',
      secret,
      sendSms: async (to, text) => void texted.push({ to, text }),
      isFromProvider: (_request, form) => form.get('AccountSid') === 'AC-test',
    });
    await new Promise<void>((resolve) => adapter.listen(port, '127.0.0.1', resolve));
  });
  afterEach(async () => {
    await world.close();
    await new Promise((resolve) => adapter.close(resolve));
  });

  it("turns the provider's form post into a ticket and texts the agent's reply back", async () => {
    const { queue } = world;
    const form = (fields: Record<string, string>) =>
      fetch(`${adapterUrl}/sms`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      });
    expect((await form({ From: '+15550100', Body: 'Hi', MessageSid: 'SM1' })).status).toBe(403);
    expect(
      (await form({ AccountSid: 'AC-test', From: '+15550100', Body: 'My order is late', MessageSid: 'SM1' })).status,
    ).toBe(200);
    const [ticket] = (await queue.call<{ tickets: { id: string; channel: string }[] }>('GET', '/v1/tickets')).body
      .tickets;
    expect(ticket?.channel).toBe('messaging');
    await queue.push('agent-1', [agentReply(1, ticket?.id ?? '', { text: 'It ships today.' })], queue.tokens.agent);
    await waitForValue(
      async () => (await queue.call<TicketWithMessages>('GET', `/v1/tickets/${ticket?.id}`)).body.messages,
      (messages) => messages.some((message) => message.delivery?.state === 'sent'),
      10_000,
      'the reply texted',
    );
    expect(texted).toEqual([{ to: '+15550100', text: 'It ships today.' }]);
    // A forged reply (not signed with the channel's secret) is refused.
    const forged = await fetch(`${adapterUrl}/replies`, { method: 'POST', body: '{}' });
    expect(forged.status).toBe(401);
  });
});
