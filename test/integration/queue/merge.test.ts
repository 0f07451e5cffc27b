import type { z } from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import { MERGE_UNDO_WINDOW_MS, MergeRecordSchema, type MergeRecord } from '../../../shared/api/merge-contract.js';
import type { ChangesResponse, ErrorBodySchema, TicketWithMessages } from '../../../shared/api/queue-contract.js';
import { TicketHistorySchema } from '../../../shared/api/ticket-history.js';
import { ticketIdInSubject } from '../../../shared/channels/ticket-reference.js';
import { emailStorePort } from '../../../server/channels/email-store-port.js';
import { ChannelSecrets } from '../../../server/secrets/channel-secrets.js';
import { newSecretKeyText } from '../../../server/secrets/secret-key.js';
import { addEmailChannel, EMAIL_CHANNEL_ID, inboundMail } from '../channels/email-store-engines.js';
import { postTicket, testQueueForAllTests } from '../../helpers/test-queue-hooks.js';
import { queueEngines } from './engines.js';

const { engines, stop } = await queueEngines();
afterAll(stop);

for (const engine of engines) {
  describe(`merging two tickets of one customer (${engine.name})`, () => {
    const queue = testQueueForAllTests(() => engine.start());

    const read = async (id: string): Promise<TicketWithMessages> =>
      (await queue.call<TicketWithMessages>('GET', `/v1/tickets/${id}`)).body;
    const merge = (id: string, into: string, token = queue.tokens.agent) =>
      queue.call<MergeRecord>('POST', `/v1/tickets/${id}/merge`, { token, body: { into } });
    const undo = (mergeId: string) =>
      queue.call<MergeRecord>('POST', `/v1/merges/${mergeId}/undo`, { token: queue.tokens.lead });
    const history = async (id: string) =>
      TicketHistorySchema.parse((await queue.call('GET', `/v1/tickets/${id}/history`)).body).events;
    /** The tenant's email channel (added at the first call) and the store port its runtime receives mail through. */
    let channel: Promise<void> | null = null;
    const emailChannel = async () => {
      channel ??= addEmailChannel(queue.store, queue.tenantId);
      await channel;
      const secrets = new ChannelSecrets({ ok: true, key: Buffer.from(newSecretKeyText(), 'base64'), origin: 'test' });
      return {
        key: { tenantId: queue.tenantId, channelId: EMAIL_CHANNEL_ID },
        port: emailStorePort({ store: queue.store, secrets, log: () => undefined, now: queue.clock.now }),
      };
    };
    /** Two tickets of one customer (a web form's: no channel to tell them on), the source written first. */
    const pair = async (customerId: string) => {
      const customer = { id: customerId, name: 'Ada Lovelace', email: 'ada@example.com' };
      const source = await postTicket(queue, { customer, channel: 'web', text: 'My card was declined.' });
      const target = await postTicket(queue, { customer, channel: 'web', text: 'Also my refund is late.' });
      await queue.call('POST', `/v1/tickets/${source}/messages`, { body: { text: 'I tried a second card too.' } });
      return { source, target };
    };

    it('one thread in time order on the target, the source resolved with its pointer, notes, the feed, audit on both; undone within the window', async () => {
      const { source, target } = await pair('cus_merge_1');
      const before = await read(target);
      const sourceBefore = await read(source);
      const cursor = Math.max(before.ticket.seq, sourceBefore.ticket.seq);

      const merged = await merge(source, target);
      expect(merged.status).toBe(200);
      const record = MergeRecordSchema.parse(merged.body);
      expect(record).toMatchObject({
        sourceTicketId: source,
        targetTicketId: target,
        movedMessages: 2,
        by: 'payments agent',
        undoneAt: null,
        customerToldBy: null,
      });
      expect(Date.parse(record.undoUntil) - Date.parse(record.at)).toBe(MERGE_UNDO_WINDOW_MS);

      const joined = await read(target);
      const texts = joined.messages.map((message) => message.text);
      expect(texts.slice(0, 3)).toEqual([
        'My card was declined.',
        'Also my refund is late.',
        'I tried a second card too.',
      ]);
      expect(joined.messages.at(-1)).toMatchObject({ kind: 'note', text: expect.stringContaining(source) });
      expect(joined.ticket.version).toBe(before.ticket.version + 1);
      const closed = await read(source);
      expect(closed.ticket).toMatchObject({ status: 'resolved', mergedInto: target });
      expect(closed.messages.map((message) => message.kind)).toEqual(['note']);
      expect(closed.messages[0]?.text).toContain(`Merged into ${target}`);

      // Every console's feed carries the moved messages on their new ticket, and both tickets.
      const feed = (await queue.call<ChangesResponse>('GET', `/v1/changes?since=${cursor}`)).body;
      const moved = sourceBefore.messages.map((message) => message.id);
      expect(feed.messages.filter((m) => moved.includes(m.id)).map((m) => m.ticketId)).toEqual([target, target]);
      expect(feed.tickets.map((ticket) => ticket.id).sort()).toEqual([source, target].sort());

      for (const id of [source, target])
        expect((await history(id)).at(-1)).toMatchObject({
          action: 'ticket_merged',
          actor: { name: 'payments agent', role: 'agent' },
          inputs: { mergeId: record.id, sourceTicketId: source, targetTicketId: target, movedMessages: 2 },
        });

      const undone = await undo(record.id);
      expect(undone.status).toBe(200);
      expect(undone.body.undoneAt).not.toBeNull();
      const back = await read(source);
      expect(back.ticket.status).toBe(sourceBefore.ticket.status);
      expect(back.ticket.mergedInto ?? null).toBeNull();
      expect(back.messages.map((message) => message.id).slice(0, 2)).toEqual(moved);
      expect(back.messages.map((m) => m.kind)).toEqual(['reply', 'reply', 'note', 'note']);
      expect((await read(target)).messages.map((m) => m.text)).not.toContain('My card was declined.');
      for (const id of [source, target])
        expect((await history(id)).at(-1)).toMatchObject({
          action: 'ticket_merge_undone',
          actor: { name: 'payments lead' },
        });
      expect(await undo(record.id)).toMatchObject({ status: 409, body: { error: { code: 'already_undone' } } });
    });

    it('refuses: the same ticket and another customer (422), a merged ticket (409), an unknown one (404), an undo after the window (409)', async () => {
      const { source, target } = await pair('cus_merge_2');
      const stranger = await postTicket(queue, {
        customer: { id: 'cus_other', name: 'Eve', email: 'eve@example.com' },
      });
      const refused = async (id: string, into: string) => {
        const answer = await queue.call<z.infer<typeof ErrorBodySchema>>('POST', `/v1/tickets/${id}/merge`, {
          token: queue.tokens.agent,
          body: { into },
        });
        return { status: answer.status, reason: answer.body.error };
      };
      expect(await refused(source, source)).toMatchObject({ status: 422, reason: { code: 'same_ticket' } });
      expect(await refused(source, stranger)).toMatchObject({
        status: 422,
        reason: { code: 'different_customers', details: { reason: 'different_customers' } },
      });
      expect((await merge(source, 'tkt_nobody')).status).toBe(404);
      expect((await merge(source, target, queue.tokens.autopilot)).status).toBe(403);

      const merged = MergeRecordSchema.parse((await merge(source, target)).body);
      expect(await refused(source, target)).toMatchObject({ status: 409, reason: { code: 'already_merged' } });
      expect(await refused(target, source)).toMatchObject({ status: 409, reason: { code: 'already_merged' } });
      // Nothing stored moved with the refusals.
      expect((await read(source)).ticket.mergedInto).toBe(target);

      queue.clock.advance(MERGE_UNDO_WINDOW_MS + 1_000);
      expect(await undo(merged.id)).toMatchObject({ status: 409, body: { error: { code: 'undo_window_over' } } });
      expect((await undo('mrg_nosuchmerge')).status).toBe(404);
    });

    it('a customer writing to the merged ticket afterwards lands on the target', async () => {
      const { source, target } = await pair('cus_merge_3');
      await merge(source, target);
      const written = await queue.call<TicketWithMessages>('POST', `/v1/tickets/${source}/messages`, {
        body: { text: 'Any news?' },
      });
      expect(written.body.ticket.id).toBe(target);
      expect((await read(target)).messages.at(-1)).toMatchObject({ author: 'customer', text: 'Any news?' });
      expect((await read(source)).messages.map((m) => m.text)).not.toContain('Any news?');
    });

    it('tells an email customer through the outbox, naming the target; their answer to that mail lands on the target', async () => {
      const { key, port } = await emailChannel();
      const position = { uidValidity: 7, uid: 1 };
      const first = await port.receive(key, inboundMail({ subject: 'Card declined' }), position);
      const second = await port.receive(key, inboundMail({ subject: 'Refund late' }), { ...position, uid: 2 });
      if (first.kind !== 'ticket' || second.kind !== 'ticket') throw new Error('the mails made no tickets');

      const record = MergeRecordSchema.parse((await merge(first.ticketId, second.ticketId)).body);
      expect(record.customerToldBy).toBe('email');
      const notice = (await read(first.ticketId)).messages.find((message) => message.kind === 'reply');
      expect(notice).toMatchObject({ author: 'agent', delivery: { state: 'queued' } });
      const [outgoing] = await queue.store.claimOutgoingEmail(key, 10, 60_000, queue.clock.now());
      expect(outgoing).toMatchObject({
        ticketId: first.ticketId,
        messageId: notice?.id,
        to: { address: 'ada@customer.example' },
      });
      expect(ticketIdInSubject(outgoing?.subject ?? '')).toBe(second.ticketId);
      expect(outgoing?.text).toContain('Refund late');

      const answer = inboundMail({ inReplyTo: outgoing?.headerMessageId ?? null, subject: outgoing?.subject ?? '' });
      expect(await port.receive(key, answer, { ...position, uid: 3 })).toEqual({
        kind: 'reply',
        ticketId: second.ticketId,
      });
    });

    it("a moved mail's stored attachment and original HTML download through the ticket it shows on, after the merge and after its undo", async () => {
      const { key, port } = await emailChannel();
      const position = { uidValidity: 8, uid: 1 };
      const receipt = {
        filename: 'receipt.pdf',
        contentType: 'application/pdf',
        size: 5,
        content: Buffer.from('%PDF-'),
      };
      const first = await port.receive(
        key,
        inboundMail({ subject: 'Receipt attached', html: '<p>See the receipt</p>', attachments: [receipt] }),
        position,
      );
      const second = await port.receive(key, inboundMail({ subject: 'Still waiting' }), { ...position, uid: 2 });
      if (first.kind !== 'ticket' || second.kind !== 'ticket') throw new Error('the mails made no tickets');
      const mail = (await read(first.ticketId)).messages[0]?.email;
      const ids = [mail?.attachments[0]?.id ?? '', mail?.htmlOriginalId ?? ''];
      const download = async (ticketId: string, id: string) =>
        (
          await fetch(`${queue.url}/v1/tickets/${ticketId}/attachments/${id}`, {
            headers: { authorization: `Bearer ${queue.tokens.agent}` },
          })
        ).status;

      const record = MergeRecordSchema.parse((await merge(first.ticketId, second.ticketId)).body);
      expect((await read(second.ticketId)).messages.some((m) => m.email?.attachments[0]?.id === ids[0])).toBe(true);
      for (const id of ids) {
        expect(await download(second.ticketId, id), id).toBe(200);
        expect(await download(first.ticketId, id), id).toBe(404);
      }
      expect((await undo(record.id)).status).toBe(200);
      for (const id of ids) {
        expect(await download(first.ticketId, id), id).toBe(200);
        expect(await download(second.ticketId, id), id).toBe(404);
      }
    });
  });
}
