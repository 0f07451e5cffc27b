import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConsoleStores, wireConsole, type ConsoleCore } from '../../../electron/core/console-core.js';
import { openLocalDatabase } from '../../../electron/core/store/local-database.js';
import { QUEUE_API_PREFIX } from '../../../shared/api/queue-contract.js';
import { EMAIL_LIMITS } from '../../../shared/channels/email-records.js';
import type { EmailMeta, Message, MessageDelivery, Ticket } from '../../../shared/domain/ticket.js';
import { loopbackQueue } from '../../helpers/feed-server.js';
import { testMessage, testTicket } from '../../helpers/tickets.js';

/**
 * Issue 15, the console side of the email channel: the local cache keeps each message's delivery and mail record as
 * the changes feed brings them (a failed delivery comes again with a new seq), an older cache fills them in, and the
 * email methods (retry, attachment download, the admin's mailbox calls) ask the queue and say plainly when it
 * cannot be reached. The queue is a hand-written one on 127.0.0.1 answering as shared/api/channel-contract.ts says;
 * the caches are real SQLite files.
 */

const at = '2026-05-01T09:00:00.000Z';
const ticket: Ticket = { ...testTicket({ id: 'e1', channel: 'email' }), status: 'pending', seq: 3 };
const mail: EmailMeta = {
  messageId: '<c1@example.com>',
  from: 'dana@example.com',
  htmlOriginalId: null,
  attachments: [
    { id: 'a1', filename: 'receipt.pdf', contentType: 'application/pdf', size: 5, stored: true },
    { id: 'a2', filename: 'video.mp4', contentType: 'video/mp4', size: 30_000_000, stored: false },
  ],
  automatic: null,
};
const customerMail = testMessage('e1', 'Where is my refund?\n\nOn Monday Ana wrote:\n> Hello', {
  id: 'c1',
  seq: 1,
  email: mail,
});
const delivery = (state: MessageDelivery['state'], reason: string | null = null): MessageDelivery => ({
  state,
  to: 'dana@example.com',
  attempts: state === 'queued' ? 0 : 1,
  reason,
  at,
});
const reply = (seq: number, state: MessageDelivery['state'], reason: string | null = null): Message => ({
  ...testMessage('e1', 'Your refund left today.', { id: 'r1', author: 'agent', authorName: 'Ana', seq }),
  delivery: delivery(state, reason),
});
const BOUNCE = '550 5.1.1 <dana@example.com>: Recipient address rejected: User unknown';
const PDF = Buffer.from('%PDF-');

/** What the hand-written queue serves now: the feed's records, and how the channel endpoints answer. */
interface QueueScript {
  records: Array<Ticket | Message>;
  retry: { status: number; body: unknown };
  /** `cut`: the connection is dropped halfway through the bytes. */
  attachment: { status: number; bytes: Buffer; cut?: boolean };
  calls: string[];
}
let script: QueueScript;

function answer(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  return text;
}

const queueUrl = loopbackQueue(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://queue');
  const path = url.pathname.slice(QUEUE_API_PREFIX.length);
  script.calls.push(`${request.method} ${path}${url.search} ${await readBody(request)}`.trim());
  if (path === '/changes') {
    const since = Number(url.searchParams.get('since'));
    const page = script.records.filter((record) => record.seq > since);
    const cursor = Math.max(since, ...page.map((record) => record.seq));
    return answer(response, 200, {
      tickets: page.filter((record): record is Ticket => 'status' in record),
      messages: page.filter((record): record is Message => 'author' in record),
      cursor,
      hasMore: false,
      lastMutationId: null,
    });
  }
  if (path === '/whoami')
    return answer(response, 200, { tenantId: 'payments', role: 'admin', name: 'admin', userId: null, email: null });
  if (path === '/settings') return answer(response, 200, { items: [], cursor: 0, hasMore: false });
  if (path === '/tickets/e1/messages/r1/retry-delivery')
    return answer(response, script.retry.status, script.retry.body);
  if (path.startsWith('/tickets/e1/attachments/')) {
    const { status, bytes, cut } = script.attachment;
    if (status !== 200) return answer(response, status, { error: { code: 'not_found', message: 'Not stored.' } });
    if (cut) {
      response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(bytes.byteLength) });
      response.write(bytes.subarray(0, bytes.byteLength / 2), () => response.destroy());
      return;
    }
    return response
      .writeHead(200, {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename*=UTF-8''re%C3%A7u.pdf`,
      })
      .end(bytes);
  }
  if (path === '/channels/status')
    return answer(response, 200, {
      channels: [
        {
          id: 'support',
          type: 'email',
          name: 'Support',
          enabled: true,
          credentialsSet: true,
          running: true,
          imapOkAt: at,
          smtpOkAt: at,
          lastMailAt: at,
          error: null,
          queued: 2,
          failed: 1,
          setAside: 0,
        },
      ],
    });
  if (path === '/channels/support/credentials') return response.writeHead(204).end();
  if (path === '/channels/support/test')
    return answer(response, 200, {
      imap: { ok: true, detail: 'Logged in; INBOX has 3 messages', code: 'ok' },
      smtp: { ok: false, detail: '535 Authentication failed', code: 'auth' },
    });
  answer(response, 404, { error: { code: 'not_found', message: `No route ${path}` } });
});

let dir: string;
const opened: ConsoleCore[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sb-email-console-'));
  script = {
    records: [ticket, customerMail, reply(2, 'queued')],
    retry: { status: 200, body: { ticket: { ...ticket, seq: 9 }, messages: [customerMail, reply(9, 'queued')] } },
    attachment: { status: 200, bytes: PDF },
    calls: [],
  };
});
afterEach(async () => {
  for (const core of opened.splice(0)) {
    await core.sync.stop();
    core.db.close();
  }
  rmSync(dir, { recursive: true, force: true });
});

function openConsole(options: { queueUrl?: string; file?: string } = {}): ConsoleCore {
  const core = wireConsole(openConsoleStores(openLocalDatabase(join(dir, options.file ?? 'console.db'))), {
    queueUrl: options.queueUrl ?? queueUrl(),
    token: 'admin-token',
    agentName: 'Ana',
    queueTimeoutMs: 2_000,
    pollIntervalMs: 60_000,
  });
  opened.push(core);
  return core;
}

async function messagesOf(core: ConsoleCore): Promise<Message[]> {
  const detail = await core.service.getTicket({ ticketId: 'e1' });
  if (!detail.ok) throw new Error(detail.error.message);
  return detail.value.messages;
}

describe('the local cache keeps the delivery and the mail of each message', () => {
  it('stores them from the feed and follows a delivery that failed later (the message comes again with a new seq)', async () => {
    const core = openConsole();
    expect((await core.sync.syncNow()).ok).toBe(true);
    let [customer, agent] = await messagesOf(core);
    expect(customer?.email).toEqual(mail);
    expect(agent?.delivery).toEqual(delivery('queued'));

    script.records = [...script.records.filter((record) => record.id !== 'r1'), reply(4, 'failed', BOUNCE)];
    expect((await core.sync.syncNow()).ok).toBe(true);
    [customer, agent] = await messagesOf(core);
    expect(agent?.delivery).toEqual(delivery('failed', BOUNCE));
    expect(customer?.email).toEqual(mail);
    // Read again from the file: the cache kept it, not the memory of this run.
    await core.sync.stop();
    core.db.close();
    opened.splice(opened.indexOf(core), 1);
    const reopened = openConsole({ queueUrl: 'http://127.0.0.1:9' });
    expect((await messagesOf(reopened))[1]?.delivery?.reason).toBe(BOUNCE);
  });

  it('fills them in on a cache an older console made, which left the fields it did not know out', async () => {
    const older = openConsole();
    // An older console: its feed schema did not know a message's delivery or email; it recorded them as dropped.
    older.meta.set('feedFieldsDropped', JSON.stringify(['messages.delivery', 'messages.email']));
    older.cache.putTicket(ticket);
    older.cache.putMessage({ ...customerMail, email: undefined });
    older.cache.putMessage({ ...reply(2, 'queued'), delivery: undefined });
    older.meta.set('feedCursor', '3');
    await older.sync.stop();
    older.db.close();
    opened.splice(0);

    const upgraded = openConsole();
    expect((await upgraded.sync.syncNow()).ok).toBe(true);
    const [customer, agent] = await messagesOf(upgraded);
    expect(customer?.email).toEqual(mail);
    expect(agent?.delivery).toEqual(delivery('queued'));
    expect(script.calls.some((call) => call.startsWith('GET /changes') && call.includes('since=0'))).toBe(true);
  });
});

describe('retrying a failed delivery', () => {
  it('asks the queue, stores the ticket and messages it answers, and says the reply is queued again', async () => {
    script.records = [ticket, customerMail, reply(2, 'failed', BOUNCE)];
    const core = openConsole();
    await core.sync.syncNow();
    let changed = 0;
    core.service.subscribe((event) => {
      if (event.type === 'tickets_changed') changed++;
    });
    const retried = await core.service.retryDelivery({ ticketId: 'e1', messageId: 'r1' });
    expect(retried).toEqual({ ok: true, value: { delivery: delivery('queued') } });
    expect(script.calls).toContain('POST /tickets/e1/messages/r1/retry-delivery {}');
    expect((await messagesOf(core))[1]?.delivery?.state).toBe('queued');
    expect(changed).toBe(1);
  });

  it('says when the reply is not failed any more (409), and that the queue is needed when it cannot be reached', async () => {
    script.retry = { status: 409, body: { error: { code: 'not_failed', message: 'It is queued.' } } };
    const core = openConsole();
    const refused = await core.service.retryDelivery({ ticketId: 'e1', messageId: 'r1' });
    expect(refused.ok ? null : refused.error.code).toBe('not_failed');

    const offline = openConsole({ queueUrl: 'http://127.0.0.1:9', file: 'offline.db' });
    const unreachable = await offline.service.retryDelivery({ ticketId: 'e1', messageId: 'r1' });
    expect(unreachable.ok ? null : unreachable.error).toMatchObject({ code: 'needs_network' });
    expect(unreachable.ok ? '' : unreachable.error.message).toMatch(/central queue.*cannot be reached/);
  });
});

describe('downloading an attachment', () => {
  it('hands over the stored bytes under the name the mail gave, and says why one not kept cannot be had', async () => {
    const core = openConsole();
    await core.sync.syncNow();
    const stored = await core.service.downloadAttachment({ ticketId: 'e1', attachmentId: 'a1' });
    expect(stored).toEqual({
      ok: true,
      value: { filename: 'receipt.pdf', contentType: 'application/pdf', size: 5, base64: PDF.toString('base64') },
    });

    const calls = script.calls.length;
    const notKept = await core.service.downloadAttachment({ ticketId: 'e1', attachmentId: 'a2' });
    expect(notKept.ok ? null : notKept.error.code).toBe('not_stored');
    expect(notKept.ok ? '' : notKept.error.message).toContain('video.mp4');
    expect(script.calls.length).toBe(calls);
  });

  it('takes the name from the queue for one the cache does not know, and refuses more bytes than an attachment may have', async () => {
    const core = openConsole();
    const unknown = await core.service.downloadAttachment({ ticketId: 'e1', attachmentId: 'a9' });
    expect(unknown.ok ? unknown.value.filename : null).toBe('reçu.pdf');

    script.attachment = { status: 200, bytes: Buffer.alloc(EMAIL_LIMITS.maxStoredAttachmentBytes + 1) };
    const tooBig = await core.service.downloadAttachment({ ticketId: 'e1', attachmentId: 'a9' });
    expect(tooBig.ok ? null : tooBig.error.code).toBe('queue_bad_response');

    script.attachment = { status: 200, bytes: Buffer.alloc(64 * 1024), cut: true };
    const cutOff = await core.service.downloadAttachment({ ticketId: 'e1', attachmentId: 'a9' });
    expect(cutOff.ok ? null : cutOff.error).toMatchObject({
      code: 'needs_network',
      message: expect.stringMatching(/Attachments are kept by the central queue/),
    });

    script.attachment = { status: 404, bytes: Buffer.alloc(0) };
    const gone = await core.service.downloadAttachment({ ticketId: 'e1', attachmentId: 'a9' });
    expect(gone.ok ? null : gone.error.code).toBe('not_stored');

    const offline = openConsole({ queueUrl: 'http://127.0.0.1:9', file: 'offline.db' });
    const unreachable = await offline.service.downloadAttachment({ ticketId: 'e1', attachmentId: 'a1' });
    expect(unreachable.ok ? '' : unreachable.error.message).toMatch(/Attachments are kept by the central queue/);
  });
});

describe("the admin's mailbox calls", () => {
  it('reads the status, stores passwords without reading them back, and tests both directions', async () => {
    const core = openConsole();
    const status = await core.service.listChannelStatus({});
    expect(status.ok ? status.value.channels.map((channel) => [channel.id, channel.credentialsSet]) : null).toEqual([
      ['support', true],
    ]);
    const stored = await core.service.setChannelCredentials({
      channelId: 'support',
      credentials: { imapPassword: 'secret-1' },
    });
    expect(stored).toEqual({ ok: true, value: { set: true } });
    expect(script.calls).toContain('PUT /channels/support/credentials {"imapPassword":"secret-1"}');
    const tested = await core.service.testChannel({ channelId: 'support' });
    expect(tested.ok ? [tested.value.imap.ok, tested.value.smtp.code] : null).toEqual([true, 'auth']);

    const offline = openConsole({ queueUrl: 'http://127.0.0.1:9', file: 'offline.db' });
    const unreachable = await offline.service.testChannel({ channelId: 'support' });
    expect(unreachable.ok ? null : unreachable.error.code).toBe('needs_network');
  });
});
