import type { FastifyInstance } from 'fastify';
import type { EmailChannelControl } from '../../channels/email/email-control.js';
import type { ChannelStatus, ChannelStatusList } from '../../shared/api/channel-contract.js';
import type { ChannelKey } from '../../shared/channels/email-records.js';
import {
  ChannelParamsSchema,
  ENDPOINTS,
  TicketAttachmentParamsSchema,
  TicketMessageParamsSchema,
} from '../api-spec.js';
import { callerOf, guard } from '../auth/authenticate.js';
import { actorOf } from '../auth/request-actor.js';
import { HttpError, notFound } from '../http-errors.js';
import { saveChannelCredentials, type ChannelSecrets } from '../secrets/channel-secrets.js';
import type { EmailCount, StoredChannel } from '../storage/email-store.js';
import { parseInput } from '../validation.js';
import { attachmentHeaders } from './attachment-headers.js';
import type { RouteDeps } from './route-deps.js';

export interface ChannelRouteDeps {
  /** Seals the passwords stored through the credentials endpoint. */
  secrets: ChannelSecrets;
  /** The email channels this queue process runs, when it runs any. */
  emailChannels: EmailChannelControl | null;
}

/**
 * The tenant's channels (shared/api/channel-contract.ts): passwords in (never out), status, a connection test, a
 * failed reply sent again, and a mail's stored attachments.
 */
export function registerChannelRoutes(app: FastifyInstance, deps: RouteDeps, channels: ChannelRouteDeps): void {
  const { store } = deps;
  // The one answer for no such email channel: not the tenant's, not email, or deleted before the passwords were saved.
  const noEmailChannel = (channelId: string): HttpError => notFound(`There is no email channel "${channelId}".`);
  const emailChannel = async (tenantId: string, channelId: string): Promise<StoredChannel> => {
    const channel = (await store.channels(tenantId)).find((stored) => stored.channelId === channelId);
    if (!channel || channel.setting.type !== 'email') throw noEmailChannel(channelId);
    return channel;
  };

  app.put(
    ENDPOINTS.putChannelCredentials.path,
    guard(store, ENDPOINTS.putChannelCredentials),
    async (request, reply) => {
      const caller = callerOf(request);
      const { channelId } = parseInput(ChannelParamsSchema, request.params, 'channel');
      const credentials = parseInput(ENDPOINTS.putChannelCredentials.body, request.body, 'credentials');
      // No such channel is said before a missing key: the same answer as for another tenant's channel.
      await emailChannel(caller.tenantId, channelId);
      const unavailable = channels.secrets.unavailable;
      if (unavailable !== null) throw new HttpError(503, 'secret_key_missing', unavailable);
      const saved = await saveChannelCredentials(store, channels.secrets, {
        tenantId: caller.tenantId,
        channelId,
        credentials,
        actor: actorOf(request),
        now: deps.now(),
      });
      if (saved === 'no_channel') throw noEmailChannel(channelId);
      channels.emailChannels?.refresh();
      return reply.status(204).send();
    },
  );

  app.get(
    ENDPOINTS.channelStatusList.path,
    guard(store, ENDPOINTS.channelStatusList),
    async (request): Promise<ChannelStatusList> => {
      const { tenantId } = callerOf(request);
      const [stored, counts] = await Promise.all([store.channels(tenantId), store.emailCounts(tenantId)]);
      return { channels: stored.map((channel) => channelStatus(channel, counts, channels.emailChannels)) };
    },
  );

  app.post(ENDPOINTS.channelTest.path, guard(store, ENDPOINTS.channelTest), async (request) => {
    const { tenantId } = callerOf(request);
    const { channelId } = parseInput(ChannelParamsSchema, request.params, 'channel');
    await emailChannel(tenantId, channelId);
    const control = channels.emailChannels;
    if (!control)
      throw new HttpError(
        503,
        'channels_not_running',
        'This queue process runs no email channels (started with --no-channels); test from the one that runs them, or with npm run queue -- channel test.',
      );
    try {
      return await control.test({ tenantId, channelId });
    } catch (error) {
      throw new HttpError(503, 'channels_not_running', error instanceof Error ? error.message : String(error));
    }
  });

  app.post(ENDPOINTS.deliveryRetry.path, guard(store, ENDPOINTS.deliveryRetry), async (request) => {
    const { tenantId } = callerOf(request);
    const { id, messageId } = parseInput(TicketMessageParamsSchema, request.params, 'message');
    const retry = { tenantId, ticketId: id, messageId, actor: actorOf(request), now: deps.now() };
    // An email reply goes back to the outbox; a generic channel's reply back to its deliveries (the same answers).
    const email = await store.retryEmailDelivery(retry);
    const result = email.status === 'not_found' ? await store.webhooks.retryReplyDelivery(retry) : email;
    if (result.status === 'not_found')
      throw notFound(`Ticket ${id} has no email or generic channel reply ${messageId}.`);
    if (result.status === 'not_failed')
      throw new HttpError(
        409,
        'not_failed',
        `The reply is ${result.state === 'sending' ? 'being sent' : result.state}; only a failed reply is sent again.`,
        { state: result.state },
      );
    await deps.notifyChange(tenantId);
    return result.ticket;
  });

  app.get(ENDPOINTS.ticketAttachment.path, guard(store, ENDPOINTS.ticketAttachment), async (request, reply) => {
    const { tenantId } = callerOf(request);
    const { id, attachmentId } = parseInput(TicketAttachmentParamsSchema, request.params, 'attachment');
    const attachment = await store.emailAttachment(tenantId, id, attachmentId);
    if (!attachment) throw notFound(`Ticket ${id} has no stored attachment ${attachmentId}.`);
    return reply.headers(attachmentHeaders(attachment)).send(Buffer.from(attachment.content));
  });
}

function channelStatus(
  channel: StoredChannel,
  counts: readonly EmailCount[],
  control: EmailChannelControl | null,
): ChannelStatus {
  const key: ChannelKey = { tenantId: channel.tenantId, channelId: channel.channelId };
  const count = (measure: EmailCount['measure'], classes: readonly string[] | null): number =>
    counts
      .filter((row) => row.channelId === key.channelId && row.measure === measure)
      .filter((row) => classes === null || classes.includes(row.class))
      .reduce((sum, row) => sum + row.count, 0);
  const health = control?.health(key) ?? null;
  return {
    id: channel.channelId,
    type: channel.setting.type,
    name: channel.setting.name,
    enabled: channel.setting.enabled,
    credentialsSet: channel.sealedCredentials !== null,
    running: health?.running ?? false,
    imapOkAt: health?.imapOkAt ?? null,
    smtpOkAt: health?.smtpOkAt ?? null,
    lastMailAt: health?.lastMailAt ?? null,
    error: health?.error ?? null,
    queued: count('outbox', ['queued', 'sending']),
    failed: count('outbox', ['failed']),
    setAside: count('set_aside', null),
  };
}
