import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EmailChannelPort } from '../../../channels/email/email-port.js';
import type { Mutation } from '../../../shared/api/mutations.js';
import { EMAIL_LIMITS } from '../../../shared/channels/email-records.js';
import { emailStorePort } from '../../../server/channels/email-store-port.js';
import { ONE_REPLY_PER_THREAD } from '../../../server/domain/email-reply-rule.js';
import { ChannelSecrets, saveChannelCredentials } from '../../../server/secrets/channel-secrets.js';
import { newSecretKeyText } from '../../../server/secrets/secret-key.js';
import type { QueueStore } from '../../../server/storage/queue-store.js';
import { agentReply, aiDecision, note } from '../queue/builders.js';
import { startTestPostgres, type TestPostgres } from '../queue/test-postgres.js';
import {
  CHANNEL,
  inboundMail,
  postgresEngine,
  sqliteEngine,
  tenantWithEmailChannel,
  type EngineUnderTest,
} from './email-store-engines.js';

const T0 = new Date('2026-03-01T10:00:00.000Z');
const at = (ms: number): Date => new Date(T0.getTime() + ms);
const position = (uid: number) => ({ uidValidity: 7, uid });
const WORKER = 'autopilot-1';

/** The email channel's store behaviour, the same on every queue engine. */
function describeEmailStore(engine: string, open: () => Promise<EngineUnderTest>): void {
  describe(`email channel store: ${engine}`, () => {
    let subject: EngineUnderTest;
    let store: QueueStore;
    let port: EmailChannelPort;
    let secrets: ChannelSecrets;
    const logged: string[] = [];
    let now = T0;

    beforeEach(async () => {
      subject = await open();
      store = subject.store;
      await tenantWithEmailChannel(store);
      secrets = new ChannelSecrets({ ok: true, key: Buffer.from(newSecretKeyText(), 'base64'), origin: 'test' });
      now = T0;
      logged.length = 0;
      port = emailStorePort({ store, secrets, log: (_fields, message) => logged.push(message), now: () => now });
    });
    afterEach(() => subject.cleanup());

    const push = (clientId: string, mutations: Mutation[], when = T0) =>
      store.applyMutations({
        tenantId: 'alpha',
        clientId,
        principal: `token:${clientId}`,
        mutations,
        gate: () => null,
        now: when,
      });
    /** The autopilot claims the ticket and answers it (resolve) with `reply`. */
    const aiAnswers = async (ticketId: string, id: number, reply: string, when = T0) => {
      await store.claimTickets({ tenantId: 'alpha', workerId: WORKER, limit: 10, leaseMs: 60_000, now: when });
      const decision = { ...aiDecision(id, ticketId).decision, reply } as const;
      return push(WORKER, [aiDecision(id, ticketId, decision)], when);
    };
    const ticketOf = async (ticketId: string) => {
      const found = await store.getTicket('alpha', ticketId);
      if (!found) throw new Error(`no ticket ${ticketId}`);
      return found;
    };
    const newTicketFrom = async (mail = inboundMail(), uid = 1) => {
      const outcome = await port.receive(CHANNEL, mail, position(uid));
      if (outcome.kind !== 'ticket') throw new Error(`expected a ticket, got ${outcome.kind}`);
      return { ticketId: outcome.ticketId, mail };
    };
    const outboxCount = async () =>
      Number((await subject.sql('SELECT COUNT(*) AS n FROM email_outbox'))[0]?.n ?? Number.NaN);

    it('makes a ticket of a new mail, owned by the channel queue, with its mail, attachments and HTML kept; the position moves with it', async () => {
      expect(await port.position(CHANNEL)).toBeNull();
      const mail = inboundMail({
        html: '<p>My card was <b>declined</b></p>',
        attachments: [
          { filename: 'receipt.pdf', contentType: 'application/pdf', size: 4, content: Buffer.from('%PDF') },
          { filename: 'huge.zip', contentType: 'application/zip', size: 30 * 1024 * 1024, content: null },
        ],
      });
      const { ticketId } = await newTicketFrom(mail, 41);
      expect(await port.position(CHANNEL)).toEqual(position(41));
      const { ticket, messages } = await ticketOf(ticketId);
      expect(ticket).toMatchObject({
        channel: 'email',
        status: 'new',
        ownerQueue: 'support',
        subject: 'My card was declined',
        customer: { id: 'ada@customer.example', name: 'Ada Lovelace', email: 'ada@customer.example' },
      });
      const email = messages[0]?.email;
      expect(email).toMatchObject({ messageId: mail.messageId, from: 'ada@customer.example', automatic: null });
      expect(email?.attachments).toMatchObject([
        { filename: 'receipt.pdf', contentType: 'application/pdf', size: 4, stored: true },
        { filename: 'huge.zip', size: 30 * 1024 * 1024, stored: false },
      ]);
      const receipt = await store.emailAttachment('alpha', ticketId, email?.attachments[0]?.id ?? '');
      expect(Buffer.from(receipt?.content ?? []).toString()).toBe('%PDF');
      const html = await store.emailAttachment('alpha', ticketId, email?.htmlOriginalId ?? '');
      expect(html).toMatchObject({ contentType: 'text/html; charset=utf-8' });
      expect(Buffer.from(html?.content ?? []).toString()).toBe('<p>My card was <b>declined</b></p>');
      // Another tenant, another ticket, or an attachment not kept: nothing.
      expect(await store.emailAttachment('beta', ticketId, email?.attachments[0]?.id ?? '')).toBeNull();
      expect(await store.emailAttachment('alpha', 'tkt_other', email?.attachments[0]?.id ?? '')).toBeNull();
      expect(await store.emailAttachment('alpha', ticketId, email?.attachments[1]?.id ?? '')).toBeNull();
      // A position never moves back within one UIDVALIDITY; a new UIDVALIDITY starts over.
      await port.setAside(CHANNEL, position(12), 'unreadable', 10);
      expect(await port.position(CHANNEL)).toEqual(position(41));
      await port.setAside(CHANNEL, { uidValidity: 8, uid: 3 }, 'unreadable', 10);
      expect(await port.position(CHANNEL)).toEqual({ uidValidity: 8, uid: 3 });
    });

    it('records a Message-ID once: the same mail again is a duplicate and writes nothing twice', async () => {
      const { ticketId, mail } = await newTicketFrom();
      const cursor = await store.currentCursor('alpha');
      expect(await port.receive(CHANNEL, mail, position(2))).toEqual({ kind: 'duplicate', ticketId });
      expect(await store.currentCursor('alpha')).toBe(cursor);
      expect(await store.listTickets('alpha', { limit: 10 })).toHaveLength(1);
      expect(await port.position(CHANNEL)).toEqual(position(2));
    });

    it('keys a Message-ID longer than an index row takes (996 four-byte characters) by its digest: once, threaded', async () => {
      // Characters that do not compress, so PostgreSQL cannot fit the id in its primary key as it is (2704 bytes).
      const id = `<${Array.from({ length: 996 }, (_, i) => String.fromCodePoint(0x20000 + ((i * 7919) % 40000))).join('')}>`;
      const { ticketId, mail } = await newTicketFrom(inboundMail({ messageId: id }));
      expect(await port.receive(CHANNEL, mail, position(2))).toEqual({ kind: 'duplicate', ticketId });
      const reply = inboundMail({ inReplyTo: id, subject: 'Re: whatever' });
      expect(await port.receive(CHANNEL, reply, position(3))).toEqual({ kind: 'reply', ticketId });
      const [row] = await subject.sql(
        `SELECT header_id FROM email_message_ids WHERE ticket_id = '${ticketId}' LIMIT 1`,
      );
      expect(String(row?.header_id)).toMatch(/^<[0-9a-f]{64}@long-message-id\.switchboard\.invalid>$/);
    });

    it('threads a reply by In-Reply-To, by References to our sent reply, and by [#id] in the subject only from the customer', async () => {
      const { ticketId, mail } = await newTicketFrom();
      await aiAnswers(ticketId, 1, 'Please retry the payment.');
      const sent = (await ticketOf(ticketId)).messages.find((message) => message.author === 'ai');
      const ourMessageId = sent?.email?.messageId ?? '';
      expect(ourMessageId).toBe(`<${sent?.id}@alpha.example>`);

      const byInReplyTo = await port.receive(CHANNEL, inboundMail({ inReplyTo: mail.messageId }), position(2));
      expect(byInReplyTo).toEqual({ kind: 'reply', ticketId });
      const byReferences = await port.receive(
        CHANNEL,
        inboundMail({ references: ['<unknown@x>', ourMessageId], subject: 'Re: whatever' }),
        position(3),
      );
      expect(byReferences).toEqual({ kind: 'reply', ticketId });
      const bySubject = await port.receive(CHANNEL, inboundMail({ subject: `Re: card [#${ticketId}]` }), position(4));
      expect(bySubject).toEqual({ kind: 'reply', ticketId });
      const stranger = inboundMail({
        subject: `Re: card [#${ticketId}]`,
        from: { address: 'eve@evil.example', name: 'Eve' },
      });
      expect(await port.receive(CHANNEL, stranger, position(5))).toMatchObject({ kind: 'ticket' });
      const { ticket, messages } = await ticketOf(ticketId);
      expect(messages.filter((message) => message.author === 'customer')).toHaveLength(4);
      expect(ticket.status).toBe('new'); // the AI's resolution reopened for the AI by the customer's reply
    });

    it('writes the outbox row with every public reply on an email ticket, in the same transaction; notes and other channels get none', async () => {
      const { ticketId, mail } = await newTicketFrom();
      await aiAnswers(ticketId, 1, 'Please retry the payment.');
      await port.receive(CHANNEL, inboundMail({ inReplyTo: mail.messageId }), position(2));
      await push('console-1', [note(2, ticketId), agentReply(3, ticketId, { text: 'We refunded you.' })]);
      const { messages } = await ticketOf(ticketId);
      const replies = messages.filter((message) => message.author !== 'customer' && message.kind === 'reply');
      expect(replies.map((message) => message.delivery)).toEqual([
        { state: 'queued', to: 'ada@customer.example', attempts: 0, reason: null, at: T0.toISOString() },
        { state: 'queued', to: 'ada@customer.example', attempts: 0, reason: null, at: T0.toISOString() },
      ]);
      expect(messages.find((message) => message.kind === 'note')?.delivery).toBeUndefined();
      const claimed = await port.claimOutgoing(CHANNEL, 10, 60_000, at(1));
      const first = claimed.find((row) => row.messageId === replies[0]?.id);
      const second = claimed.find((row) => row.messageId === replies[1]?.id);
      expect(first).toMatchObject({
        ticketId,
        to: { address: 'ada@customer.example', name: 'Ada Lovelace' },
        subject: `Re: My card was declined [#${ticketId}]`,
        text: 'Please retry the payment.',
        inReplyTo: mail.messageId,
        references: [mail.messageId],
        language: 'en',
        attempts: 0,
        author: 'ai',
      });
      // The agent's reply goes out without Auto-Submitted; the AI's carries it (composeReply reads `author`).
      expect(second?.author).toBe('agent');
      expect(second?.references).toEqual([mail.messageId, first?.headerMessageId, expect.stringContaining('@')]);
      expect(second?.inReplyTo).toBe(second?.references.at(-1));

      const api = await store.intakeTicket({
        tenantId: 'alpha',
        subject: 'By API',
        customer: { id: 'c', name: 'C', tier: 'standard' },
        channel: 'api',
        text: 'Hi',
        idempotencyKey: null,
        now: T0,
      });
      await push('console-1', [agentReply(4, api.ticket.id)]);
      expect((await ticketOf(api.ticket.id)).messages.at(-1)?.delivery).toBeUndefined();
      expect(await outboxCount()).toBe(2);
    });

    it('a reply on a ticket whose channel was removed fails at once with the reason, never queued unclaimed', async () => {
      const { ticketId } = await newTicketFrom();
      const removed = await store.deleteSetting({
        tenantId: 'alpha',
        kind: 'channel',
        id: CHANNEL.channelId,
        baseVersion: 1,
        savedBy: 'admin',
        savedAt: T0.toISOString(),
      });
      expect(removed.status).toBe('stored');
      await push('console-1', [agentReply(1, ticketId)]);
      expect((await ticketOf(ticketId)).messages.at(-1)?.delivery).toMatchObject({
        state: 'failed',
        attempts: 0,
        reason: expect.stringContaining(`"${CHANNEL.channelId}"`),
      });
      expect(await port.claimOutgoing(CHANNEL, 10, 60_000, at(1))).toEqual([]);
    });

    it('a crash before the reply commits leaves neither the message nor its outbox row', async () => {
      const { ticketId } = await newTicketFrom();
      await subject.failAuditWrites();
      await expect(push('console-1', [agentReply(1, ticketId, { text: 'Lost in the crash' })])).rejects.toThrow(
        /crash before commit/,
      );
      expect(await outboxCount()).toBe(0);
      expect((await ticketOf(ticketId)).messages.map((message) => message.text)).not.toContain('Lost in the crash');
      expect(await subject.sql("SELECT * FROM email_message_ids WHERE direction = 'out'")).toEqual([]);
    });

    it('claims a reply for a lease: not again while it lives, again after it lapses (a crashed worker), a retry at its time', async () => {
      const { ticketId } = await newTicketFrom();
      await push('console-1', [agentReply(1, ticketId)]);
      const [claimed] = await port.claimOutgoing(CHANNEL, 10, 60_000, at(0));
      expect(claimed).toBeDefined();
      expect(await port.claimOutgoing(CHANNEL, 10, 60_000, at(59_999))).toEqual([]);
      const [again] = await port.claimOutgoing(CHANNEL, 10, 60_000, at(60_000));
      expect(again).toMatchObject({ deliveryId: claimed?.deliveryId, headerMessageId: claimed?.headerMessageId });
      now = at(61_000);
      await port.recordDelivery(again?.deliveryId ?? '', {
        state: 'retry',
        reason: '421 try again later',
        retryAt: at(120_000).toISOString(),
      });
      const queued = (await ticketOf(ticketId)).messages.at(-1)?.delivery;
      expect(queued).toMatchObject({ state: 'queued', attempts: 1, reason: '421 try again later' });
      expect(await port.claimOutgoing(CHANNEL, 10, 60_000, at(119_999))).toEqual([]);
      const [retried] = await port.claimOutgoing(CHANNEL, 10, 60_000, at(120_000));
      expect(retried).toMatchObject({ attempts: 1, headerMessageId: claimed?.headerMessageId });
      // Another tenant's or channel's worker never sees it.
      expect(await port.claimOutgoing({ tenantId: 'beta', channelId: CHANNEL.channelId }, 10, 1, at(999_999))).toEqual(
        [],
      );
    });

    it('records delivery states on the message and moves it and its ticket in the feed; a sent reply stays sent', async () => {
      const { ticketId } = await newTicketFrom();
      await push('console-1', [agentReply(1, ticketId), agentReply(2, ticketId, { text: 'Second' })]);
      const claimed = await port.claimOutgoing(CHANNEL, 10, 60_000, at(0));
      const first = claimed.find((row) => row.text === 'We refunded you.');
      const second = claimed.find((row) => row.text === 'Second');
      const cursor = await store.currentCursor('alpha');
      now = at(5_000);
      await port.recordDelivery(first?.deliveryId ?? '', { state: 'sent', at: now.toISOString() });
      await port.recordDelivery(second?.deliveryId ?? '', {
        state: 'failed',
        reason: '550 5.1.1 mailbox unknown',
        at: now.toISOString(),
      });
      const feed = await store.changes('alpha', { since: cursor, limit: 100 });
      expect(feed.messages.map((message) => [message.text, message.delivery?.state])).toEqual([
        ['We refunded you.', 'sent'],
        ['Second', 'failed'],
      ]);
      expect(feed.messages[1]?.delivery).toMatchObject({ attempts: 1, reason: '550 5.1.1 mailbox unknown' });
      expect(feed.tickets.map((ticket) => ticket.id)).toEqual([ticketId]);
      // A late repeat of an attempt never turns a sent reply back.
      await port.recordDelivery(first?.deliveryId ?? '', { state: 'failed', reason: 'late', at: now.toISOString() });
      expect(
        (await ticketOf(ticketId)).messages.find((message) => message.id === first?.messageId)?.delivery?.state,
      ).toBe('sent');

      // A person sends the failed one again: queued with the same Message-ID, audited; a second time is refused.
      const actor = { name: 'Sam', role: 'agent' };
      const retried = await store.retryEmailDelivery({
        tenantId: 'alpha',
        ticketId,
        messageId: second?.messageId ?? '',
        actor,
        now: at(9_000),
      });
      expect(retried.status).toBe('queued');
      const [again] = await port.claimOutgoing(CHANNEL, 10, 60_000, at(9_000));
      expect(again).toMatchObject({ deliveryId: second?.deliveryId, headerMessageId: second?.headerMessageId });
      expect(
        await store.retryEmailDelivery({ tenantId: 'alpha', ticketId, messageId: second?.messageId ?? '', actor, now }),
      ).toEqual({ status: 'not_failed', state: 'sending' });
      expect(
        await store.retryEmailDelivery({ tenantId: 'beta', ticketId, messageId: second?.messageId ?? '', actor, now }),
      ).toEqual({ status: 'not_found' });
      const history = await store.ticketHistory('alpha', ticketId);
      expect(history?.map((record) => record.action)).toContain('delivery_retried');
    });

    it('a bounce marks the reply it reports failed with the report reason, and makes no ticket', async () => {
      const { ticketId } = await newTicketFrom();
      await push('console-1', [agentReply(1, ticketId)]);
      const [claimed] = await port.claimOutgoing(CHANNEL, 10, 60_000, at(0));
      await port.recordDelivery(claimed?.deliveryId ?? '', { state: 'sent', at: T0.toISOString() });
      const bounce = inboundMail({
        from: { address: 'MAILER-DAEMON@customer.example', name: 'Mail Delivery System' },
        subject: 'Undelivered Mail Returned to Sender',
        automatic: 'bounce',
        bounce: {
          originalMessageId: claimed?.headerMessageId ?? null,
          reason: '550 5.1.1 <ada@customer.example>: User unknown',
        },
      });
      expect(await port.receive(CHANNEL, bounce, position(2))).toEqual({
        kind: 'bounce',
        failedMessageId: claimed?.messageId,
      });
      const reply = (await ticketOf(ticketId)).messages.find((message) => message.id === claimed?.messageId);
      expect(reply?.delivery).toMatchObject({
        state: 'failed',
        reason: '550 5.1.1 <ada@customer.example>: User unknown',
      });
      const unknown = inboundMail({ automatic: 'bounce', bounce: { originalMessageId: '<nope@x>', reason: 'x' } });
      expect(await port.receive(CHANNEL, unknown, position(3))).toEqual({ kind: 'bounce', failedMessageId: null });
      expect(await store.listTickets('alpha', { limit: 10 })).toHaveLength(1);
    });

    it("threads a machine's mail onto its ticket without reopening it or waking the AI; on no ticket it is set aside", async () => {
      const { ticketId, mail } = await newTicketFrom();
      await aiAnswers(ticketId, 1, 'Please retry the payment.');
      const outOfOffice = inboundMail({ inReplyTo: mail.messageId, automatic: 'auto_reply', text: 'I am away.' });
      expect(await port.receive(CHANNEL, outOfOffice, position(2))).toEqual({ kind: 'reply', ticketId });
      const { ticket, messages } = await ticketOf(ticketId);
      expect(ticket.status).toBe('ai_resolved');
      expect(messages.at(-1)).toMatchObject({
        author: 'customer',
        text: 'I am away.',
        email: { automatic: 'auto_reply' },
      });
      const list = inboundMail({ automatic: 'mailing_list', subject: 'Newsletter' });
      expect(await port.receive(CHANNEL, list, position(3))).toMatchObject({ kind: 'set_aside' });
      expect(await port.receive(CHANNEL, list, position(4))).toEqual({ kind: 'duplicate', ticketId: null });
      expect(await store.listTickets('alpha', { limit: 10 })).toHaveLength(1);
      expect(await port.position(CHANNEL)).toEqual(position(4));
    });

    it('sends at most one AI reply per thread: a second one after only more mail back is held as a draft for a person', async () => {
      const { ticketId, mail } = await newTicketFrom();
      await aiAnswers(ticketId, 1, 'Please retry the payment.');
      // A mailbox that answers every mail without saying it is automatic: a "person's" reply each time.
      await port.receive(
        CHANNEL,
        inboundMail({ inReplyTo: mail.messageId, text: 'Thanks for your mail!' }),
        position(2),
      );
      const result = await aiAnswers(ticketId, 2, 'Please retry the payment again.', at(1_000));
      expect(result.results[0]).toMatchObject({ status: 'applied' });
      const { ticket, messages } = await ticketOf(ticketId);
      expect(ticket).toMatchObject({
        status: 'escalated',
        ownerQueue: 'support',
        aiDraft: 'Please retry the payment again.',
        escalation: ONE_REPLY_PER_THREAD,
      });
      expect(messages.filter((message) => message.author === 'ai')).toHaveLength(1);
      expect(await outboxCount()).toBe(1);

      // A person's answer in between lets the thread go on: their reply is delivered like any other.
      await push('console-1', [agentReply(3, ticketId)]);
      expect(await outboxCount()).toBe(2);
    });

    it('keeps channel passwords sealed: listed decrypted to the runtime only, refused when copied or altered', async () => {
      expect((await port.runnableChannels())[0]).toMatchObject({ ...CHANNEL, queueId: 'support', credentials: null });
      const credentials = { imapPassword: 'imap-secret-1', smtpPassword: 'smtp-secret-2' };
      expect(await saveChannelCredentials(store, secrets, { ...CHANNEL, credentials })).toBe('saved');
      expect(await saveChannelCredentials(store, secrets, { ...CHANNEL, channelId: 'nope', credentials })).toBe(
        'no_channel',
      );
      const [runnable] = await port.runnableChannels();
      expect(runnable).toMatchObject({ credentials, config: { fromAddress: 'support@alpha.example' } });
      const [row] = await subject.sql('SELECT sealed FROM channel_credentials');
      expect(String(row?.sealed)).not.toContain('secret');
      // Copied to another tenant's channel: it does not open there.
      const sealed = String(row?.sealed);
      await subject.sql(
        `INSERT INTO channel_credentials (tenant_id, channel_id, sealed, saved_at) VALUES ('beta', 'support-mail', '${sealed}', 'x')`,
      );
      expect(() => secrets.open({ tenantId: 'beta', channelId: 'support-mail' }, sealed)).toThrow(/does not open/);
      const altered = `${sealed.slice(0, -2)}${sealed.endsWith('AA') ? 'BB' : 'AA'}`;
      await subject.sql(`UPDATE channel_credentials SET sealed = '${altered}' WHERE tenant_id = 'alpha'`);
      expect((await port.runnableChannels())[0]).toMatchObject({ credentials: null });
      expect(logged).toContain('email channel does not run: its passwords do not open');
      const history = await store.auditPage(0, 1000);
      expect(JSON.stringify(history)).not.toContain('secret-1');
      expect(history.map((record) => record.action)).toContain('channel_credentials_saved');
    });

    it('counts outbox rows, received and set-aside mails per channel', async () => {
      const { ticketId } = await newTicketFrom();
      await push('console-1', [agentReply(1, ticketId)]);
      await port.setAside(CHANNEL, position(5), 'too big', EMAIL_LIMITS.maxMailBytes + 1);
      const counts = await store.emailCounts('alpha');
      expect(counts).toEqual(
        expect.arrayContaining([
          { tenantId: 'alpha', channelId: CHANNEL.channelId, measure: 'outbox', class: 'queued', count: 1 },
          { tenantId: 'alpha', channelId: CHANNEL.channelId, measure: 'received', class: 'in', count: 1 },
          { tenantId: 'alpha', channelId: CHANNEL.channelId, measure: 'set_aside', class: 'too_large', count: 1 },
        ]),
      );
      expect(await store.emailCounts('beta')).toEqual([]);
      expect(await store.emailCounts(null)).toHaveLength(3);
    });
  });
}

describeEmailStore('sqlite', sqliteEngine);

const started = await startTestPostgres();
const server: TestPostgres | null = started.ok ? started.pg : null;
afterAll(() => server?.stop());

describe.skipIf(!server)('PostgreSQL', () => {
  describeEmailStore('postgres', async () => {
    if (!server) throw new Error('no PostgreSQL');
    return postgresEngine(server);
  });
});
