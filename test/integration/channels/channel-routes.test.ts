import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EmailChannelControl, EmailRuntimeHealth } from '../../../channels/email/email-control.js';
import type { ChannelTestResult } from '../../../shared/api/channel-contract.js';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import type { ChannelKey } from '../../../shared/channels/email-records.js';
import { emailStorePort } from '../../../server/channels/email-store-port.js';
import { buildOpenApiDocument } from '../../../server/openapi-document.js';
import { ChannelSecrets } from '../../../server/secrets/channel-secrets.js';
import { newSecretKeyText } from '../../../server/secrets/secret-key.js';
import { startTestQueue, type TestQueue } from '../../helpers/queue-server.js';
import { agentReply } from '../queue/builders.js';
import { addEmailChannel, EMAIL_CHANNEL_ID, inboundMail } from './email-store-engines.js';

const PASSWORDS = { imapPassword: 'imap-pw-7c1e9a', smtpPassword: 'smtp-pw-4b2f0d' };
const METRICS_TOKEN = 'metrics-token-for-email-routes';
const HEALTH: EmailRuntimeHealth = {
  running: true,
  imapOkAt: '2026-03-01T10:00:00.000Z',
  smtpOkAt: null,
  lastMailAt: null,
  error: 'SMTP: 535 authentication failed',
};
const TEST_RESULT: ChannelTestResult = {
  imap: { ok: true, detail: 'Logged in; INBOX has 0 messages', code: 'ok' },
  smtp: { ok: false, detail: '535 authentication failed', code: 'auth' },
};

/** The routes' view of a running channel runtime: what they ask of it, answered as a runtime would. */
function recordingControl(): EmailChannelControl & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    health: (key: ChannelKey) => (key.channelId === EMAIL_CHANNEL_ID ? HEALTH : null),
    test: async (key: ChannelKey) => {
      asked.push(`test ${key.tenantId}/${key.channelId}`);
      return TEST_RESULT;
    },
    refresh: () => asked.push('refresh'),
  };
}

describe('channel routes', () => {
  let queue: TestQueue;
  let control: ReturnType<typeof recordingControl>;
  const secrets = new ChannelSecrets({ ok: true, key: Buffer.from(newSecretKeyText(), 'base64'), origin: 'test' });

  beforeEach(async () => {
    control = recordingControl();
    queue = await startTestQueue({ app: { secrets, emailChannels: control, metricsToken: METRICS_TOKEN } });
    await addEmailChannel(queue.store, queue.tenantId);
  });
  afterEach(() => queue.close());

  const credentialsPath = `/v1/channels/${EMAIL_CHANNEL_ID}/credentials`;
  const port = () => emailStorePort({ store: queue.store, secrets, log: () => undefined });
  const key = () => ({ tenantId: queue.tenantId, channelId: EMAIL_CHANNEL_ID });

  /** An email ticket with an agent's reply whose sending failed for good. */
  const failedReply = async () => {
    const outcome = await port().receive(key(), inboundMail({ attachments: [] }), { uidValidity: 1, uid: 1 });
    if (outcome.kind !== 'ticket') throw new Error(outcome.kind);
    await queue.push('console-1', [agentReply(1, outcome.ticketId)], queue.tokens.agent);
    const [claimed] = await port().claimOutgoing(key(), 1, 60_000, new Date());
    if (!claimed) throw new Error('nothing to claim');
    await port().recordDelivery(claimed.deliveryId, { state: 'failed', reason: '550 no such user', at: 'x' });
    return claimed;
  };

  it('stores passwords for admins only, never answers them back, and tells the runtime', async () => {
    for (const token of [queue.tokens.agent, queue.tokens.lead, queue.tokens.autopilot])
      expect((await queue.call('PUT', credentialsPath, { token, body: PASSWORDS })).status).toBe(403);
    const stored = await queue.call('PUT', credentialsPath, { body: PASSWORDS });
    expect(stored.status).toBe(204);
    expect(control.asked).toContain('refresh');
    expect((await queue.call('PUT', '/v1/channels/no-such/credentials', { body: PASSWORDS })).status).toBe(404);
    const invalid = await queue.call<{ error: { code: string } }>('PUT', credentialsPath, {
      body: { imapPassword: '', extra: 1 },
    });
    expect(invalid).toMatchObject({ status: 400, body: { error: { code: 'validation_failed' } } });

    // Nothing any endpoint answers holds them: status, settings, history, audit of the tenant, the document.
    const answers = await Promise.all(
      ['/v1/channels/status', '/v1/settings', '/v1/openapi.json', '/v1/queues', '/v1/tickets'].map((path) =>
        queue.call('GET', path),
      ),
    );
    const metrics = await fetch(`${queue.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    const everything = JSON.stringify(answers.map((answer) => answer.body)) + (await metrics.text());
    expect(everything).not.toContain(PASSWORDS.imapPassword);
    expect(everything).not.toContain(PASSWORDS.smtpPassword);
    expect(JSON.stringify(await queue.store.auditPage(0, 1000))).not.toContain(PASSWORDS.imapPassword);
    const [runnable] = await port().runnableChannels();
    expect(runnable?.credentials).toEqual(PASSWORDS);
  });

  it('refuses a mailbox whose URL holds a password or whose URLs do not read, so no secret reaches the settings', async () => {
    const mailbox = (imapUrl: string) => ({
      baseVersion: 0,
      value: {
        type: 'email',
        name: 'Billing',
        queueId: 'billing',
        enabled: true,
        config: {
          imapUrl,
          smtpUrl: 'smtps://billing%40acme.example@smtp.acme.example',
          fromAddress: 'billing@acme.example',
          fromName: 'Billing',
        },
      },
    });
    const refused = await queue.call<{ error: { code: string; details: { issues: unknown[] } } }>(
      'PUT',
      '/v1/settings/channel/billing',
      { body: mailbox('imaps://billing%40acme.example:hunter2@imap.acme.example') },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('settings_invalid');
    expect(JSON.stringify(refused.body)).toContain('config');
    expect(JSON.stringify(refused.body)).not.toContain('hunter2');
    expect((await queue.call('PUT', '/v1/settings/channel/billing', { body: mailbox('http://imap') })).status).toBe(
      400,
    );
    expect(JSON.stringify((await queue.call('GET', '/v1/settings')).body)).not.toContain('hunter2');
  });

  it('refuses to store passwords without a secret key, naming the variable to set', async () => {
    const keyless = await startTestQueue({
      app: { secrets: ChannelSecrets.load({ env: {}, sqliteFile: null, log: () => undefined }) },
    });
    try {
      await addEmailChannel(keyless.store, keyless.tenantId);
      const refused = await keyless.call<{ error: { code: string; message: string } }>('PUT', credentialsPath, {
        body: PASSWORDS,
      });
      expect(refused.status).toBe(503);
      expect(refused.body.error).toMatchObject({
        code: 'secret_key_missing',
        message: expect.stringContaining('SWITCHBOARD_SECRET_KEY_FILE'),
      });
      expect(await keyless.store.channels(keyless.tenantId)).toMatchObject([{ sealedCredentials: null }]);
    } finally {
      await keyless.close();
    }
  });

  it("answers each channel's status to leads and admins, with the runtime's health and the outbox counts", async () => {
    await failedReply();
    expect((await queue.call('GET', '/v1/channels/status', { token: queue.tokens.agent })).status).toBe(403);
    const status = await queue.call<{ channels: unknown[] }>('GET', '/v1/channels/status', {
      token: queue.tokens.lead,
    });
    expect(status.body.channels).toEqual([
      {
        id: EMAIL_CHANNEL_ID,
        type: 'email',
        name: 'Support mailbox',
        enabled: true,
        credentialsSet: false,
        ...HEALTH,
        queued: 0,
        failed: 1,
        setAside: 0,
      },
    ]);
  });

  it('tests a channel through the runtime, and says plainly when this queue runs none', async () => {
    const tested = await queue.call('POST', `/v1/channels/${EMAIL_CHANNEL_ID}/test`);
    expect(tested).toMatchObject({ status: 200, body: TEST_RESULT });
    expect(control.asked).toContain(`test ${queue.tenantId}/${EMAIL_CHANNEL_ID}`);
    expect((await queue.call('POST', '/v1/channels/no-such/test')).status).toBe(404);
    expect(
      (await queue.call('POST', `/v1/channels/${EMAIL_CHANNEL_ID}/test`, { token: queue.tokens.lead })).status,
    ).toBe(403);
    const bare = await startTestQueue();
    try {
      await addEmailChannel(bare.store, bare.tenantId);
      const refused = await bare.call<{ error: { code: string } }>('POST', `/v1/channels/${EMAIL_CHANNEL_ID}/test`);
      expect(refused).toMatchObject({ status: 503, body: { error: { code: 'channels_not_running' } } });
    } finally {
      await bare.close();
    }
  });

  it('sends a failed reply again for a person: queued with the same Message-ID, audited; 409 when not failed', async () => {
    const failed = await failedReply();
    const path = `/v1/tickets/${failed.ticketId}/messages/${failed.messageId}/retry-delivery`;
    expect((await queue.call('POST', path, { token: queue.tokens.autopilot })).status).toBe(403);
    const cursor = await queue.store.currentCursor(queue.tenantId);
    const retried = await queue.call<TicketWithMessages>('POST', path, { token: queue.tokens.agent });
    expect(retried.status).toBe(200);
    expect(retried.body.messages.find((message) => message.id === failed.messageId)?.delivery).toMatchObject({
      state: 'queued',
      reason: null,
    });
    expect(retried.body.ticket.seq).toBeGreaterThan(cursor);
    const again = await queue.call<{ error: { code: string } }>('POST', path, { token: queue.tokens.agent });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'not_failed' } } });
    const other = await queue.addTenant('other');
    expect((await queue.call('POST', path, { token: other.agent })).status).toBe(404);
    const [reclaimed] = await port().claimOutgoing(key(), 1, 60_000, new Date(Date.now() + 1000));
    expect(reclaimed?.headerMessageId).toBe(failed.headerMessageId);
  });

  it("downloads a stored attachment of the caller's tenant as an attachment, never sniffed", async () => {
    const mail = inboundMail({
      html: '<script>alert(1)</script><p>Hi</p>',
      attachments: [
        { filename: 'Rechnung März.pdf', contentType: 'application/pdf', size: 5, content: Buffer.from('%PDF-') },
      ],
    });
    const outcome = await port().receive(key(), mail, { uidValidity: 1, uid: 1 });
    if (outcome.kind !== 'ticket') throw new Error(outcome.kind);
    const email = (await queue.store.getTicket(queue.tenantId, outcome.ticketId))?.messages[0]?.email;
    const download = (id: string, token = queue.tokens.agent) =>
      fetch(`${queue.url}/v1/tickets/${outcome.ticketId}/attachments/${id}`, {
        headers: { authorization: `Bearer ${token}` },
      });
    const pdf = await download(email?.attachments[0]?.id ?? '');
    expect(pdf.status).toBe(200);
    expect(Buffer.from(await pdf.arrayBuffer()).toString()).toBe('%PDF-');
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe(
      `attachment; filename="Rechnung M_rz.pdf"; filename*=UTF-8''Rechnung%20M%C3%A4rz.pdf`,
    );
    expect(pdf.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await download(email?.htmlOriginalId ?? '');
    expect(html.headers.get('content-security-policy')).toContain('sandbox');
    expect(html.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect((await download(email?.attachments[0]?.id ?? '', queue.tokens.autopilot)).status).toBe(403);
    const other = await queue.addTenant('other');
    expect((await download(email?.attachments[0]?.id ?? '', other.agent)).status).toBe(404);
    expect((await download('att_missing')).status).toBe(404);
  });

  it('counts mails received, set aside by class, and replies by state on /metrics, and documents the routes', async () => {
    await failedReply();
    await port().setAside(key(), { uidValidity: 1, uid: 2 }, 'malformed MIME', 100);
    const metrics = await (
      await fetch(`${queue.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    ).text();
    expect(metrics).toContain(`switchboard_queue_email_received{tenant="${queue.tenantId}"} 1`);
    expect(metrics).toContain(
      `switchboard_queue_email_set_aside{tenant="${queue.tenantId}",reason_class="unreadable"} 1`,
    );
    expect(metrics).toContain(`switchboard_queue_email_replies{tenant="${queue.tenantId}",state="failed"} 1`);
    const paths = Object.keys((buildOpenApiDocument() as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/v1/channels/{channelId}/credentials',
        '/v1/channels/status',
        '/v1/channels/{channelId}/test',
        '/v1/tickets/{id}/messages/{messageId}/retry-delivery',
        '/v1/tickets/{id}/attachments/{attachmentId}',
      ]),
    );
  });
});
