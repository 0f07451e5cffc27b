import { expect, it } from 'vitest';
import type { ChatMessageInput } from '../../../server/storage/chat-store.js';
import type { QueueStore } from '../../../server/storage/queue-store.js';

const T0 = new Date('2026-03-01T10:00:00.000Z');
const visitor = { tenantId: 'alpha', widgetId: 'site', customerId: 'visitor_1' };
const customer = { id: 'visitor_1', name: 'Website visitor', tier: 'standard' as const };

/**
 * The chat widget's part of the QueueStore contract (store-contract.ts calls it inside its describe, where tenants
 * alpha and beta exist). `store` returns the store of the running test.
 */
export function describeChatStoreContract(store: () => QueueStore): void {
  const receive = (fields: Partial<ChatMessageInput> & Pick<ChatMessageInput, 'clientMessageId' | 'text'>) =>
    store().chat.receiveChatMessage({
      visitor,
      customer,
      ownerQueue: 'web',
      language: 'pt',
      actor: { name: 'chat widget site', role: 'channel' },
      now: T0,
      ...fields,
    });

  it("files a visitor's messages once per client id: a new chat ticket, then replies on the latest one", async () => {
    const first = await receive({ clientMessageId: 'c-1', text: 'Hello' });
    expect(first.added).toBe(true);
    expect(await receive({ clientMessageId: 'c-1', text: 'Hello' })).toEqual({
      ticketId: first.ticketId,
      added: false,
    });
    expect(await receive({ clientMessageId: 'c-2', text: 'Anyone?' })).toEqual({
      ticketId: first.ticketId,
      added: true,
    });

    const read = await store().chat.chatConversation(visitor);
    expect(read.ticket).toMatchObject({
      id: first.ticketId,
      channel: 'chat',
      ownerQueue: 'web',
      language: 'pt',
      customer,
    });
    expect(read.messages.map((message) => message.text)).toEqual(['Hello', 'Anyone?']);
    expect([...read.clientIds.values()].sort()).toEqual(['c-1', 'c-2']);

    // Another widget of the tenant, and another tenant, have conversations of their own.
    expect((await store().chat.chatConversation({ ...visitor, widgetId: 'other' })).ticket).toBeNull();
    expect((await store().chat.chatConversation({ ...visitor, tenantId: 'beta' })).ticket).toBeNull();
    const elsewhere = await receive({ clientMessageId: 'c-1', text: 'Hi', visitor: { ...visitor, widgetId: 'other' } });
    expect(elsewhere.ticketId).not.toBe(first.ticketId);

    const changes = await store().chat.chatTicketChanges('alpha', 0, await store().currentCursor('alpha'));
    expect(new Set(changes.map((change) => change.ticketId))).toEqual(new Set([first.ticketId, elsewhere.ticketId]));
    expect(changes.every((change) => change.customerId === 'visitor_1')).toBe(true);
    expect(await store().chat.chatTicketChanges('beta', 0, 1_000)).toEqual([]);
  });

  it('keeps sessions by token hash and their last use', async () => {
    const row = {
      token_hash: 'a'.repeat(64),
      tenant_id: 'alpha',
      widget_id: 'site',
      customer_id: 'visitor_1',
      customer_name: 'Website visitor',
      customer_email: null,
      identity: 'anonymous' as const,
      language: 'de',
      created_at: T0.toISOString(),
      last_seen_at: T0.toISOString(),
    };
    await store().chat.insertWidgetSession(row);
    expect(await store().chat.widgetSession(row.token_hash)).toEqual(row);
    const later = new Date(T0.getTime() + 3_600_000);
    await store().chat.touchWidgetSession(row.token_hash, later);
    expect(await store().chat.widgetSession(row.token_hash)).toEqual({ ...row, last_seen_at: later.toISOString() });
    expect(await store().chat.widgetSession('b'.repeat(64))).toBeNull();

    const recent = {
      ...row,
      token_hash: 'c'.repeat(64),
      last_seen_at: new Date(T0.getTime() + 7_200_000).toISOString(),
    };
    await store().chat.insertWidgetSession(recent);
    await store().chat.deleteIdleWidgetSessions(new Date(T0.getTime() + 5_400_000));
    expect(await store().chat.widgetSession(row.token_hash)).toBeNull();
    expect(await store().chat.widgetSession(recent.token_hash)).toEqual(recent);
  });
}
