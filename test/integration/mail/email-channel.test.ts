import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmailRuntime, type EmailRuntime } from '../../../channels/email/email-runtime.js';
import type { ChannelLog } from '../../../channels/email/channel-log.js';
import { MAIL_CA_FILE_ENV } from '../../../channels/email/mail-ca.js';
import { SmtpSender } from '../../../channels/email/smtp-sender.js';
import { runChannelCommand } from '../../../server/channel-cli.js';
import { emailStorePort } from '../../../server/channels/email-store-port.js';
import { CliUsageError } from '../../../server/cli-args.js';
import { ChannelSecrets } from '../../../server/secrets/channel-secrets.js';
import { newSecretKeyText } from '../../../server/secrets/secret-key.js';
import type { Mutation } from '../../../shared/api/mutations.js';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import type { OutgoingEmail } from '../../../shared/channels/email-records.js';
import type { Message } from '../../../shared/domain/ticket.js';
import { freePort, waitFor, waitForValue } from '../../helpers/child-process.js';
import { withImap } from '../../helpers/mail-server-clients.js';
import { mailServersPerFile, mailServersRun, type StoredMail } from '../../helpers/mail-servers.js';
import { startTestQueue, type TestQueue } from '../../helpers/queue-server.js';
import { startTcpProxy, type TcpProxy } from '../../helpers/tcp-proxy.js';
import { agentReply, aiDecision } from '../queue/builders.js';

const customer = { address: 'customer@customer.test', password: 'customer-secret' };
const support = { address: 'support@switchboard.test', password: 'support-secret' };
/** A mailbox that answers every mail it gets (the test answers for it), without saying it is automatic. */
const robot = { address: 'robot@robots.test', password: 'robot-secret' };
const FROM = { name: 'Northwind Support', address: support.address };
const WAIT_MS = 20_000;

interface LogLine {
  event: string;
  [field: string]: unknown;
}

describe.skipIf(!mailServersRun())('the email channel against Dovecot and Postfix on 127.0.0.1', () => {
  const servers = mailServersPerFile({ users: [customer, support, robot] });
  const lines: LogLine[] = [];
  const log: ChannelLog = {
    info: (fields) => lines.push(fields as LogLine),
    warn: (fields) => lines.push(fields as LogLine),
    error: (fields) => lines.push(fields as LogLine),
  };
  const env: NodeJS.ProcessEnv = { SWITCHBOARD_SECRET_KEY: newSecretKeyText(), SUPPORT_PASSWORD: support.password };
  const cliOutput: string[] = [];
  let queue: TestQueue;
  let imapProxy: TcpProxy;
  let runtime: EmailRuntime;
  let mutationId = 0;

  const channelCommand = (...argv: string[]) =>
    runChannelCommand(['channel', ...argv], { out: (line) => cliOutput.push(line), note: () => undefined, env });
  const dbFile = () => join(queue.dir, 'queue.sqlite');
  const emailStorePortOf = () =>
    emailStorePort({
      store: queue.store,
      secrets: ChannelSecrets.load({ env, sqliteFile: dbFile(), log: () => undefined }),
      log: (fields) => lines.push(fields as LogLine),
    });
  const ticket = async (id: string) =>
    (await queue.call<TicketWithMessages>('GET', `/v1/tickets/${id}`, { token: queue.tokens.agent })).body;
  /** The ticket the runtime made of (or put) the mail with this subject, once it logged it. */
  const receivedTicket = (outcome: 'ticket' | 'reply' | 'bounce', match: (line: LogLine) => boolean) =>
    waitFor(
      async () =>
        lines.find((line) => line.event === 'channel_mail_received' && line.outcome === outcome && match(line)),
      WAIT_MS,
      `a mail received as ${outcome}`,
    );
  const receivedCount = () => lines.filter((line) => line.event === 'channel_mail_received').length;
  const nextReceived = async (before: number) =>
    waitFor(
      async () => lines.filter((line) => line.event === 'channel_mail_received')[before],
      WAIT_MS,
      'the next mail received',
    );
  const push = async (clientId: string, mutation: Mutation, token: string) => {
    const response = await queue.push(clientId, [mutation], token);
    expect(response.results[0]?.status).toBe('applied');
  };
  const aiAnswers = async (ticketId: string, reply: string) => {
    const claimed = await queue.call('POST', '/v1/claims', {
      token: queue.tokens.autopilot,
      body: { workerId: 'bot', limit: 50 },
    });
    expect(claimed.status).toBe(200);
    await push(
      'bot',
      aiDecision(++mutationId, ticketId, {
        action: 'resolve',
        language: 'en',
        intent: 'shipping',
        confidence: 0.9,
        reply,
        summary: null,
        engine: 'builtin',
        latencyMs: 5,
      }),
      queue.tokens.autopilot,
    );
  };
  const deliveredTo = (user: string, match: (mail: StoredMail) => boolean) =>
    servers().waitForMail(user, match, WAIT_MS);
  const deliveryOf = async (ticketId: string, text: string): Promise<Message['delivery']> =>
    (await ticket(ticketId)).messages.find((message) => message.text === text)?.delivery;

  beforeAll(async () => {
    queue = await startTestQueue();
    env[MAIL_CA_FILE_ENV] = servers().caFile;
    await queue.store.createOwnerQueue(queue.tenantId, { id: 'support', name: 'Support' });
    // IMAP goes through a proxy the test can cut, as a network failure would.
    imapProxy = await startTcpProxy(servers().endpoints.imapsPort);
    const code = await channelCommand(
      'add',
      'email',
      ...['--db', dbFile(), '--tenant', queue.tenantId, '--id', 'support', '--queue', 'support'],
      ...['--imap-url', `imaps://${encodeURIComponent(support.address)}@127.0.0.1:${imapProxy.port}`],
      ...['--smtp-url', servers().smtpUrl(support.address), '--from', `${FROM.name} <${FROM.address}>`],
      ...['--imap-password-env', 'SUPPORT_PASSWORD'],
    );
    expect(code).toBe(0);
    runtime = startEmailRuntime({
      port: emailStorePortOf(),
      log,
      trustedCaPem: servers().caPem,
    });
    await waitFor(async () => lines.some((line) => line.event === 'channel_imap_connected'), WAIT_MS, 'IMAP');
  });

  afterAll(async () => {
    await runtime?.stop();
    await imapProxy?.close();
    await queue?.close();
  });

  it('a new mail becomes a ticket; the AI answer reaches the customer threaded, from the channel; the reply threads back', async () => {
    const subject = `Parcel ${randomUUID().slice(0, 8)}`;
    const sent = await servers().sendMail(customer.address, support.address, { subject, text: 'Where is my parcel?' });
    const received = await receivedTicket('ticket', () => true);
    const ticketId = String(received.ticketId);
    const created = await ticket(ticketId);
    expect(created.ticket.subject).toBe(subject);
    expect(created.messages[0]?.text).toContain('Where is my parcel?');

    const answer = `Your parcel ${randomUUID().slice(0, 8)} left our warehouse today.`;
    await aiAnswers(ticketId, answer);
    const mail = await deliveredTo(customer.address, (stored) => stored.parsed.text?.includes(answer) === true);
    expect(mail.parsed.from?.value[0]).toEqual(FROM);
    expect(mail.parsed.subject).toBe(`Re: ${subject} [#${ticketId}]`);
    expect(mail.parsed.inReplyTo).toBe(sent.messageId);
    expect(mail.parsed.references).toContain(sent.messageId);
    // An AI reply says it is automatic (RFC 3834), so the other side's responders do not answer it.
    expect(mail.parsed.headers.get('auto-submitted')).toBe('auto-replied');
    await waitFor(async () => (await deliveryOf(ticketId, answer))?.state === 'sent', WAIT_MS, 'the reply marked sent');

    // The customer answers the reply: it lands on the same ticket, not a new one.
    const before = receivedCount();
    await servers().sendMail(customer.address, support.address, {
      subject: `Re: ${subject}`,
      text: 'Thanks, and when will it arrive?',
      headers: { 'In-Reply-To': mail.parsed.messageId ?? '', References: `${sent.messageId} ${mail.parsed.messageId}` },
    });
    const reply = await nextReceived(before);
    expect(reply).toMatchObject({ outcome: 'reply', ticketId });
    expect((await ticket(ticketId)).messages.at(-1)?.text).toContain('when will it arrive?');

    // An agent's reply is delivered too, on the same thread.
    const agentText = `It arrives on Friday (${randomUUID().slice(0, 8)}).`;
    await push('agent-1', agentReply(++mutationId, ticketId, { text: agentText }), queue.tokens.agent);
    const agentMail = await deliveredTo(customer.address, (stored) => stored.parsed.text?.includes(agentText) === true);
    expect(agentMail.parsed.from?.value[0]).toEqual(FROM);
    expect(agentMail.parsed.references).toContain(sent.messageId);
    expect(agentMail.parsed.headers.has('auto-submitted')).toBe(false);
  });

  it('a reply to an address the mail server does not know bounces, and the bounce marks it failed', async () => {
    const nobody = 'nobody@switchboard.test';
    const before = receivedCount();
    await servers().appendRaw(
      support.address,
      `From: Nobody <${nobody}>\r\nTo: ${support.address}\r\nSubject: Lost card\r\nMessage-ID: <${randomUUID()}@switchboard.test>\r\nDate: ${new Date().toUTCString()}\r\n\r\nMy card is lost.\r\n`,
    );
    const ticketId = String((await nextReceived(before)).ticketId);
    const text = `We blocked the card (${randomUUID().slice(0, 8)}).`;
    await push('agent-1', agentReply(++mutationId, ticketId, { text }), queue.tokens.agent);
    // Postfix takes it, finds no such mailbox and sends the delivery report back to support@, which the channel reads.
    await receivedTicket('bounce', () => true);
    const delivery = await waitFor(
      async () => {
        const current = await deliveryOf(ticketId, text);
        return current?.state === 'failed' ? current : null;
      },
      WAIT_MS,
      'the bounced reply marked failed',
    );
    expect(delivery.reason).toMatch(/^nobody@switchboard\.test: 550 5\.1\.1 .*doesn't exist/);
  });

  it('a mailbox that answers every mail gets one AI reply on the thread, not a loop', async () => {
    const subject = `Order ${randomUUID().slice(0, 8)}`;
    const before = receivedCount();
    await servers().sendMail(robot.address, support.address, { subject, text: 'Please confirm my order.' });
    const ticketId = String((await nextReceived(before)).ticketId);
    await aiAnswers(ticketId, 'Your order is confirmed.');
    const first = await deliveredTo(
      robot.address,
      (mail) => mail.parsed.subject?.startsWith(`Re: ${subject}`) === true,
    );

    // The robot answers it, as it answers everything; the AI's second answer is held back as a draft.
    const again = receivedCount();
    await servers().sendMail(robot.address, support.address, {
      subject: `Re: Re: ${subject}`,
      text: 'Thank you for your message. This mailbox answers every mail.',
      headers: { 'In-Reply-To': first.parsed.messageId ?? '' },
    });
    expect(await nextReceived(again)).toMatchObject({ outcome: 'reply', ticketId });
    await aiAnswers(ticketId, 'Your order is confirmed, again.');
    const held = await ticket(ticketId);
    expect(held.ticket.status).toBe('escalated');
    expect(held.ticket.escalation?.ruleId).toBe('email-one-reply-per-thread');
    expect(held.messages.filter((message) => message.delivery !== undefined)).toHaveLength(1);
    expect(await servers().readMailbox(robot.address)).toHaveLength(1);
  });

  it('a reply the server refuses with a 5xx fails at once with its words; one that cannot connect is retried later', async () => {
    const channel = (await emailStorePortOf().runnableChannels()).find((item) => item.channelId === 'support');
    if (!channel?.credentials) throw new Error('The support channel is not runnable.');
    const outgoing = (address: string): OutgoingEmail => ({
      deliveryId: 'direct',
      tenantId: queue.tenantId,
      channelId: 'support',
      ticketId: 'tkt_direct',
      messageId: 'm-direct',
      headerMessageId: `<${randomUUID()}@switchboard.test>`,
      to: { address, name: 'Someone' },
      subject: 'Direct',
      text: 'Hello.',
      inReplyTo: null,
      references: [],
      language: 'en',
      attempts: 0,
      author: 'agent',
    });
    const refusing = new SmtpSender({ ...channel, credentials: channel.credentials }, servers().caPem);
    const closed = new SmtpSender(
      {
        ...channel,
        credentials: channel.credentials,
        config: { ...channel.config, smtpUrl: `smtps://support@127.0.0.1:${await freePort()}` },
      },
      servers().caPem,
    );
    try {
      const refused = await refusing.send(outgoing('someone@bad..test'));
      expect(refused.result).toMatchObject({
        state: 'failed',
        reason: expect.stringMatching(/501 5\.1\.3 Bad recipient/),
      });
      const started = Date.now();
      const unreachable = await closed.send(outgoing(customer.address));
      expect(unreachable.failure?.code).toBe('connect');
      expect(unreachable.result).toMatchObject({
        state: 'retry',
        reason: expect.stringMatching(/^connect: .*ECONNREFUSED/),
      });
      const retryIn = unreachable.result.state === 'retry' ? Date.parse(unreachable.result.retryAt) - started : 0;
      expect(retryIn).toBeGreaterThan(45_000);
      expect(retryIn).toBeLessThanOrEqual(61_000);
    } finally {
      refusing.close();
      closed.close();
    }
  });

  it('IDLE brings new mail in within two seconds; a cut connection is opened again and reads on', async () => {
    const append = async (subject: string) => {
      const before = receivedCount();
      const started = Date.now();
      await servers().appendRaw(
        support.address,
        `From: ${customer.address}\r\nTo: ${support.address}\r\nSubject: ${subject}\r\nMessage-ID: <${randomUUID()}@customer.test>\r\n\r\nHello.\r\n`,
      );
      await nextReceived(before);
      return Date.now() - started;
    };
    // pollSeconds is 60: only IDLE can be this quick.
    expect(await append('idle one')).toBeLessThan(2_000);

    const connections = lines.filter((line) => line.event === 'channel_imap_connected').length;
    imapProxy.dropAll();
    await waitFor(
      async () => lines.filter((line) => line.event === 'channel_imap_connected').length > connections,
      WAIT_MS,
      'the IMAP connection opened again',
    );
    expect(lines.some((line) => line.event === 'channel_imap_failed')).toBe(true);
    expect(await append('after the cut')).toBeLessThan(2_000);
    expect(runtime.health({ tenantId: queue.tenantId, channelId: 'support' })).toMatchObject({
      running: true,
      error: null,
    });
  });

  it('a mailbox whose UIDVALIDITY changes (deleted and made again) is read from its new start, no mail lost', async () => {
    const mail = (subject: string) =>
      `From: ${customer.address}\r\nTo: ${support.address}\r\nSubject: ${subject}\r\nMessage-ID: <${randomUUID()}@customer.test>\r\n\r\nAn invoice question.\r\n`;
    const billing = (line: LogLine) => line.channelId === 'billing';
    const tickets = () => lines.filter((line) => billing(line) && line.outcome === 'ticket').length;
    await servers().appendRaw(support.address, mail('billing one'), 'Billing');
    const common = ['--db', dbFile(), '--tenant', queue.tenantId, '--id', 'billing', '--queue', 'support'];
    const added = await channelCommand(
      'add',
      'email',
      ...common,
      ...['--imap-url', servers().imapUrl(support.address), '--smtp-url', servers().smtpUrl(support.address)],
      ...['--from', support.address, '--mailbox', 'Billing', '--poll-seconds', '5'],
      ...['--imap-password-env', 'SUPPORT_PASSWORD'],
    );
    expect(added).toBe(0);
    runtime.refresh();
    await waitForValue(
      async () => tickets(),
      (count) => count === 1,
      WAIT_MS,
      'the first billing mail',
    );

    // Dovecot tells the selected session nothing of it: the next poll (5 s) finds the new UIDVALIDITY.
    await withImap(servers().endpoints, support, (client) => client.mailboxDelete('Billing'));
    await servers().appendRaw(support.address, mail('billing two'), 'Billing');
    await waitFor(
      async () => lines.some((line) => billing(line) && line.event === 'channel_uidvalidity_changed'),
      WAIT_MS,
      'the new UIDVALIDITY seen',
    );
    await waitForValue(
      async () => tickets(),
      (count) => count === 2,
      WAIT_MS,
      'the mail of the new mailbox',
    );
    expect(await channelCommand('remove', ...common.slice(0, 6))).toBe(0);
  });

  it('channel test says ok for a working channel and names a wrong password, a closed port and an untrusted certificate (exit 1); the runtime follows added and removed channels; list shows no secret', async () => {
    const common = ['--db', dbFile(), '--tenant', queue.tenantId];
    cliOutput.length = 0;
    expect(await channelCommand('test', ...common, '--id', 'support')).toBe(0);
    expect(cliOutput).toEqual([expect.stringMatching(/^IMAP: ok: /), expect.stringMatching(/^SMTP: ok: /)]);

    env.WRONG_PASSWORD = 'not-the-password';
    const closedPort = await freePort();
    const add = (id: string, imapUrl: string, smtpUrl: string) =>
      channelCommand(
        'add',
        'email',
        ...common,
        ...['--id', id, '--queue', 'support', '--imap-url', imapUrl, '--smtp-url', smtpUrl],
        ...['--from', support.address, '--imap-password-env', 'WRONG_PASSWORD'],
      );
    expect(await add('wrong', servers().imapUrl(support.address), servers().smtpUrl(support.address))).toBe(0);
    expect(
      await add(
        'closed',
        `imaps://${encodeURIComponent(support.address)}@127.0.0.1:${closedPort}`,
        `smtps://${encodeURIComponent(support.address)}@127.0.0.1:${closedPort}`,
      ),
    ).toBe(0);

    // The running queue starts the new channels when told the settings changed; the wrong password shows in health.
    runtime.refresh();
    const wrongKey = { tenantId: queue.tenantId, channelId: 'wrong' };
    await waitFor(
      async () => /AUTHENTICATIONFAILED|auth/i.test(runtime.health(wrongKey)?.error ?? ''),
      WAIT_MS,
      'the wrong password in the health',
    );

    cliOutput.length = 0;
    expect(await channelCommand('test', ...common, '--id', 'wrong')).toBe(1);
    expect(cliOutput).toEqual([
      expect.stringMatching(/^IMAP: FAILED \(auth\): /),
      expect.stringMatching(/^SMTP: FAILED \(auth\): /),
    ]);
    cliOutput.length = 0;
    expect(await channelCommand('test', ...common, '--id', 'closed')).toBe(1);
    expect(cliOutput).toEqual([
      expect.stringMatching(/^IMAP: FAILED \(connect\): .*ECONNREFUSED/),
      expect.stringMatching(/^SMTP: FAILED \(connect\): .*ECONNREFUSED/),
    ]);

    cliOutput.length = 0;
    await channelCommand('list', ...common);
    expect(cliOutput).toHaveLength(3);
    expect(cliOutput.join('\n')).toContain('passwords set');
    expect(cliOutput.join('\n')).not.toMatch(/not-the-password|support-secret/);

    await expect(channelCommand('add', 'email', ...common, '--password', 'x')).rejects.toThrow(CliUsageError);
    await expect(channelCommand('add', 'email', ...common, '--imap-password=x')).rejects.toThrow(/command line/);
    // Without the test CA the servers' certificates are not trusted: the test says tls.
    const caFile = env[MAIL_CA_FILE_ENV];
    delete env[MAIL_CA_FILE_ENV];
    cliOutput.length = 0;
    expect(await channelCommand('test', ...common, '--id', 'support')).toBe(1);
    env[MAIL_CA_FILE_ENV] = caFile;
    expect(cliOutput).toEqual([
      expect.stringMatching(/^IMAP: FAILED \(tls\): .*certificate/),
      expect.stringMatching(/^SMTP: FAILED \(tls\): .*certificate/),
    ]);

    for (const id of ['wrong', 'closed']) expect(await channelCommand('remove', ...common, '--id', id)).toBe(0);
    runtime.refresh();
    await waitFor(async () => runtime.health(wrongKey) === null, WAIT_MS, 'the removed channel stopped');
    cliOutput.length = 0;
    await channelCommand('list', ...common);
    expect(cliOutput).toHaveLength(1);
  });
});
