import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConsoleStores, wireConsole, type ConsoleCore } from '../../../electron/core/console-core.js';
import { openLocalDatabase } from '../../../electron/core/store/local-database.js';
import { emailStorePort } from '../../../server/channels/email-store-port.js';
import { ChannelSecrets } from '../../../server/secrets/channel-secrets.js';
import { newSecretKeyText } from '../../../server/secrets/secret-key.js';
import type { Message } from '../../../shared/domain/ticket.js';
import { startTestQueue, type TestQueue } from '../../helpers/queue-server.js';
import { addEmailChannel, EMAIL_CHANNEL_ID, inboundMail } from '../channels/email-store-engines.js';

const REPLY = 'We blocked the card.';
const BOUNCE = '550 5.1.1 <ada@customer.example>: Recipient address rejected: User unknown';

/**
 * The console's email side against the real queue (in-process, SQLite) with the email store behind it: a mail the
 * channel received syncs into a console's SQLite cache with its mail record, its attachment downloads through the
 * console, the agent's reply follows its delivery through the changes feed (queued, then failed as the channel
 * records it) and Retry puts it back in the queue's outbox once.
 */
describe('the console over the queue that runs the email channel', () => {
  const secrets = new ChannelSecrets({ ok: true, key: Buffer.from(newSecretKeyText(), 'base64'), origin: 'test' });
  let queue: TestQueue;
  let dir: string;
  let core: ConsoleCore;
  const port = () => emailStorePort({ store: queue.store, secrets, log: () => undefined });
  const key = () => ({ tenantId: queue.tenantId, channelId: EMAIL_CHANNEL_ID });

  beforeEach(async () => {
    queue = await startTestQueue({ app: { secrets } });
    await addEmailChannel(queue.store, queue.tenantId);
    dir = mkdtempSync(join(tmpdir(), 'sb-email-real-queue-'));
    core = wireConsole(openConsoleStores(openLocalDatabase(join(dir, 'console.db'))), {
      queueUrl: queue.url,
      token: queue.tokens.agent,
      agentName: 'Ana',
      queueTimeoutMs: 2_000,
      pollIntervalMs: 60_000,
    });
  });
  afterEach(async () => {
    await core.sync.stop();
    core.db.close();
    rmSync(dir, { recursive: true, force: true });
    await queue.close();
  });

  const messages = async (ticketId: string): Promise<Message[]> => {
    const detail = await core.service.getTicket({ ticketId });
    if (!detail.ok) throw new Error(detail.error.message);
    return detail.value.messages;
  };
  const replyOf = async (ticketId: string) => (await messages(ticketId)).find((message) => message.text === REPLY);

  it('keeps the mail record, downloads its attachment, follows the reply to failed and retries it once', async () => {
    const received = await port().receive(
      key(),
      inboundMail({
        text: 'My card is lost.\n\n> Earlier mail',
        attachments: [
          { filename: 'Karte.pdf', contentType: 'application/pdf', size: 5, content: Buffer.from('%PDF-') },
        ],
      }),
      { uidValidity: 1, uid: 1 },
    );
    if (received.kind !== 'ticket') throw new Error(received.kind);
    const ticketId = received.ticketId;
    expect((await core.sync.syncNow()).ok).toBe(true);
    const [mail] = await messages(ticketId);
    expect(mail?.email?.attachments).toEqual([
      expect.objectContaining({ filename: 'Karte.pdf', contentType: 'application/pdf', size: 5, stored: true }),
    ]);
    // Attachments are never in a message's text, so nothing of them reaches a model that reads the thread.
    expect(mail?.text).not.toMatch(/%PDF-|Karte\.pdf/);
    const download = await core.service.downloadAttachment({
      ticketId,
      attachmentId: mail?.email?.attachments[0]?.id ?? '',
    });
    expect(download.ok ? Buffer.from(download.value.base64, 'base64').toString() : download.error).toBe('%PDF-');

    expect((await core.service.sendReply({ ticketId, text: REPLY, resolve: false })).ok).toBe(true);
    expect((await core.sync.syncNow()).ok).toBe(true);
    expect((await replyOf(ticketId))?.delivery).toMatchObject({ state: 'queued', to: 'ada@customer.example' });

    const [claimed] = await port().claimOutgoing(key(), 1, 60_000, new Date());
    if (!claimed) throw new Error('nothing to claim');
    await port().recordDelivery(claimed.deliveryId, { state: 'failed', reason: BOUNCE, at: new Date().toISOString() });
    expect((await core.sync.syncNow()).ok).toBe(true);
    expect((await replyOf(ticketId))?.delivery).toMatchObject({ state: 'failed', reason: BOUNCE, attempts: 1 });

    const retried = await core.service.retryDelivery({ ticketId, messageId: claimed.messageId });
    expect(retried.ok ? retried.value.delivery?.state : retried.error).toBe('queued');
    expect((await replyOf(ticketId))?.delivery?.state).toBe('queued');
    const again = await core.service.retryDelivery({ ticketId, messageId: claimed.messageId });
    expect(again.ok ? null : again.error.code).toBe('not_failed');
    const [reclaimed] = await port().claimOutgoing(key(), 1, 60_000, new Date());
    expect(reclaimed?.headerMessageId).toBe(claimed.headerMessageId);
  });
});
