import { expect, it } from 'vitest';
import type { Mutation, TagMutation } from '../../../shared/api/mutations.js';
import type { TagSetting } from '../../../shared/settings/setting-values.js';
import type { QueueStore } from '../../../server/storage/queue-store.js';
import { aiDecision, escalateDecision, mutationMadeNow } from './builders.js';

const T0 = new Date('2026-05-04T09:00:00.000Z');
const customer = { id: 'cus_1', name: 'Ada', tier: 'standard' as const };

function tagChange(id: number, ticketId: string, add: string[], remove: string[] = []): TagMutation {
  const { messageId: _messageId, ...fields } = mutationMadeNow('tag', id, ticketId, 'tag');
  return { ...fields, agentName: 'Sam Agent', add, remove };
}

/**
 * Tags on tickets (issue 19), part of the QueueStore contract (store-contract.ts calls it inside its describe, where
 * tenants alpha and beta exist): kept on the ticket and in the feed, only the tenant's tags added, audited, and an
 * AI decision's tags kept only where the tenant lets the AI set them.
 */
export function describeTagsStoreContract(store: () => QueueStore): void {
  const saveTag = (tenantId: string, id: string, value: TagSetting) =>
    store().saveSetting({
      tenantId,
      kind: 'tag',
      id,
      baseVersion: 0,
      value,
      savedBy: 'Admin',
      savedAt: T0.toISOString(),
    });
  const newTicket = async (tenantId = 'alpha') =>
    (
      await store().intakeTicket({
        tenantId,
        subject: 'Help',
        customer,
        channel: 'api',
        text: 'Hi',
        idempotencyKey: null,
        now: T0,
      })
    ).ticket;
  const push = (clientId: string, mutations: Mutation[], tenantId = 'alpha') =>
    store().applyMutations({
      tenantId,
      clientId,
      principal: 'token:tok_alpha_admin',
      mutations,
      gate: () => null,
      now: T0,
    });

  it("keeps a ticket's tags in order through the feed, adds only the tenant's tags and audits each change", async () => {
    await saveTag('alpha', 'vip', { name: 'VIP' });
    await saveTag('alpha', 'refund', { name: 'Refund' });
    await saveTag('beta', 'beta_only', { name: 'Beta only' });
    const ticket = await newTicket();
    const before = await store().currentCursor('alpha');

    const tagged = await push('agent', [tagChange(1, ticket.id, ['refund', 'vip'])]);
    expect(tagged.results[0]).toMatchObject({ status: 'applied', ticket: { tags: ['refund', 'vip'], version: 2 } });
    const feed = await store().changes('alpha', { since: before, limit: 10 });
    expect(feed.tickets.map((t) => t.tags)).toEqual([['refund', 'vip']]);
    expect((await store().getTicket('alpha', ticket.id))?.ticket.tags).toEqual(['refund', 'vip']);

    // Another tenant's tag, or one never made, is refused by name; nothing of the ticket changes.
    const refused = await push('agent', [tagChange(2, ticket.id, ['vip', 'beta_only', 'urgent'])]);
    expect(refused.results[0]).toMatchObject({ status: 'rejected', ticket: { tags: ['refund', 'vip'], version: 2 } });
    expect(refused.results[0]?.error).toBe(
      'The tags "beta_only", "urgent" are not among this tenant\'s tags (an admin adds tags in Tenant settings, Tags).',
    );

    // A tag deleted from the settings can still be taken off; removing every tag leaves none.
    await store().deleteSetting({
      tenantId: 'alpha',
      kind: 'tag',
      id: 'refund',
      baseVersion: 1,
      savedBy: 'Admin',
      savedAt: T0.toISOString(),
    });
    const untagged = await push('agent', [tagChange(3, ticket.id, [], ['refund', 'vip'])]);
    expect(untagged.results[0]).toMatchObject({ status: 'applied', ticket: { version: 3 } });
    expect((await store().getTicket('alpha', ticket.id))?.ticket.tags).toBeUndefined();

    const history = (await store().ticketHistory('alpha', ticket.id)) ?? [];
    const tagRecords = history.filter((record) => record.action === 'tag');
    const inputs = tagRecords.map((record) => JSON.parse(record.inputsJson) as Record<string, unknown>);
    expect(inputs.map(({ outcome, add, remove }) => [outcome, add, remove])).toEqual([
      ['applied', ['refund', 'vip'], []],
      ['rejected', ['vip', 'beta_only', 'urgent'], []],
      ['applied', [], ['refund', 'vip']],
    ]);
    expect(tagRecords[1]?.reason).toContain('"urgent"');
  });

  it("keeps only the tags the tenant lets the AI set for the decision's intent and records the dropped ones", async () => {
    await saveTag('alpha', 'card', { name: 'Card', aiIntents: ['chargeback'] });
    await saveTag('alpha', 'vip', { name: 'VIP' });
    const ticket = await newTicket();
    await store().claimTickets({ tenantId: 'alpha', workerId: 'bot', limit: 1, leaseMs: 60_000, now: T0 });
    const decided = await push('bot', [
      { ...aiDecision(1, ticket.id, escalateDecision), tags: ['card', 'vip', 'gone'] },
    ]);
    expect(decided.results[0]).toMatchObject({ status: 'applied', ticket: { status: 'escalated', tags: ['card'] } });
    const record = (await store().ticketHistory('alpha', ticket.id))?.find((entry) => entry.action === 'ai_decision');
    expect(JSON.parse(record?.inputsJson ?? '{}')).toMatchObject({ tags: ['card'], droppedTags: ['vip', 'gone'] });
  });
}
