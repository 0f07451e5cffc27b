import { afterAll, describe, expect, it } from 'vitest';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import { WIDGET_LIMITS, type WidgetSession } from '../../../shared/api/widget-contract.js';
import type { SigningSecret } from '../../../shared/api/webhook-contract.js';
import { identitySignature } from '../../../lib/request-signing.js';
import { testQueueForEachTest } from '../../helpers/test-queue-hooks.js';
import { queueEngines } from '../queue/engines.js';
import { testSecrets } from '../webhooks/webhook-fixtures.js';
import { newVisitor, sendMessage, visitorCall, WIDGET_KEY, withWidget } from './widget-visitor.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

describe.each(engines)('chat widget sessions ($name)', (engine) => {
  const queue = testQueueForEachTest(() => engine.start({ app: { secrets: testSecrets() } }));
  const sessions = (): string => `/v1/widget/${queue.tenantId}/sessions`;

  it('a kept session token resumes the same visitor and conversation; an unknown one starts a new visitor', async () => {
    await withWidget(queue);
    const first = await newVisitor(queue);
    await sendMessage(queue, first.sessionToken, 'Hello?', 'c-1');
    const resumed = await visitorCall<WidgetSession>(queue, 'POST', sessions(), {
      body: { key: WIDGET_KEY, sessionToken: first.sessionToken },
    });
    expect(resumed.status).toBe(200);
    expect(resumed.body).toMatchObject({ sessionToken: first.sessionToken, customerId: first.customerId });
    expect(resumed.body.conversation.messages).toMatchObject([{ text: 'Hello?', clientMessageId: 'c-1' }]);

    const unknown = await visitorCall<WidgetSession>(queue, 'POST', sessions(), {
      body: { key: WIDGET_KEY, sessionToken: 'vs_not-a-session' },
    });
    expect(unknown.status).toBe(201);
    expect(unknown.body.customerId).not.toBe(first.customerId);
    expect(unknown.body.conversation.state).toBe('empty');

    // Unused for longer than WIDGET_LIMITS.sessionIdleDays, a session has expired; the page starts a new one.
    queue.clock.advance((WIDGET_LIMITS.sessionIdleDays + 1) * 86_400_000);
    const expired = await visitorCall(queue, 'GET', '/v1/widget/conversation', { session: first.sessionToken });
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ error: { code: 'session_expired' } });
    const restarted = await visitorCall<WidgetSession>(queue, 'POST', sessions(), {
      body: { key: WIDGET_KEY, sessionToken: first.sessionToken },
    });
    expect(restarted.status).toBe(201);
    expect(restarted.body.customerId).not.toBe(first.customerId);
  });

  it('a signed identity files the ticket under that customer; a bad signature or none where required is refused', async () => {
    await withWidget(queue, { requireIdentity: true });
    const made = await queue.call<SigningSecret>('POST', '/v1/secrets/widget/site');
    expect(made.status).toBe(201);
    const identity = {
      customerId: 'cus_42',
      name: 'Grace Hopper',
      email: 'grace@example.com',
      signature: identitySignature(made.body.secret, 'cus_42'),
    };
    const signedIn = await visitorCall<WidgetSession>(queue, 'POST', sessions(), {
      body: { key: WIDGET_KEY, identity },
    });
    expect(signedIn.status).toBe(201);
    expect(signedIn.body.customerId).toBe('cus_42');
    const sent = await sendMessage(queue, signedIn.body.sessionToken, 'Where is my order?', 'c-1');
    const ticket = await queue.call<TicketWithMessages>('GET', `/v1/tickets/${sent.body.ticketId}`);
    expect(ticket.body.ticket.customer).toMatchObject({
      id: 'cus_42',
      name: 'Grace Hopper',
      email: 'grace@example.com',
    });

    // Another device of the same customer sees the same conversation.
    const otherDevice = await visitorCall<WidgetSession>(queue, 'POST', sessions(), {
      body: { key: WIDGET_KEY, identity },
    });
    expect(otherDevice.body.conversation.ticketId).toBe(sent.body.ticketId);

    const forged = { ...identity, customerId: 'cus_43' };
    const refused = await visitorCall(queue, 'POST', sessions(), { body: { key: WIDGET_KEY, identity: forged } });
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ error: { code: 'identity_invalid' } });
    const anonymous = await visitorCall(queue, 'POST', sessions(), { body: { key: WIDGET_KEY } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ error: { code: 'identity_required' } });
  });

  it('a visitor token opens no tenant endpoint and a tenant token no widget endpoint', async () => {
    await withWidget(queue);
    const visitor = await newVisitor(queue);
    const tenantCall = await queue.call('GET', '/v1/tickets', { token: visitor.sessionToken });
    expect(tenantCall.status).toBe(401);
    const widgetCall = await visitorCall(queue, 'GET', '/v1/widget/conversation', { token: queue.tokens.admin });
    expect(widgetCall.status).toBe(401);
    expect(widgetCall.body).toMatchObject({ error: { code: 'session_required' } });
  });
});
