import { EMAIL_LIMITS } from '../../../shared/channels/email-records.js';
import type { AttachmentMeta } from '../../../shared/domain/ticket.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import type { QueueClient } from '../../../lib/queue-client/queue-client.js';
import { queueRefusalOf } from '../../../lib/queue-client/queue-refusal.js';
import type { TicketCache } from '../store/ticket-cache.js';
import type { HandlerGroup } from './handler-table.js';
import { askQueue } from './queue-call.js';

/** What the email channel's console methods ask of the queue. */
export type ChannelQueue = Pick<
  QueueClient,
  'channelStatuses' | 'putChannelCredentials' | 'testChannelConnections' | 'requeueDelivery' | 'fetchAttachment'
>;

export interface ChannelHandlersOptions {
  /** The queue; without one every method answers not_supported. */
  queue?: ChannelQueue;
  cache: TicketCache;
  /** Tells every window the lists changed (a retried reply is queued again). */
  ticketsChanged: () => void;
}

/** What each method needs the queue for, said when it cannot be reached (nothing is queued for later). */
const NEEDS_QUEUE = {
  retry:
    'Retrying a delivery needs the central queue, which cannot be reached now; try again once the console is online.',
  attachment:
    'Attachments are kept by the central queue, which cannot be reached now; they can be downloaded once the console is online.',
  channels:
    'The channels are run by the central queue, which cannot be reached now; try again once the console is online.',
} as const;

/**
 * The email channel's methods: a failed reply's retry and a mail's attachments on the ticket view, the mailboxes'
 * status, passwords and test on the admin screen. Each asks the queue and says plainly when it cannot be reached.
 */
export function channelHandlers({ queue, cache, ticketsChanged }: ChannelHandlersOptions) {
  const ask = askQueue(queue);
  const online = <T>(need: keyof typeof NEEDS_QUEUE, call: (queue: ChannelQueue) => Promise<Result<T>>) =>
    ask(NEEDS_QUEUE[need], call);

  return {
    retryDelivery: (input) =>
      online('retry', async (queue) => {
        const answer = await queue.requeueDelivery(input.ticketId, input.messageId);
        if (!answer.ok) {
          const refusal = queueRefusalOf(answer.error.details);
          if (refusal.status === 409)
            return fail('not_failed', 'This reply is not failed (any more): it was retried or sent meanwhile.');
          if (refusal.status === 404) return fail('not_found', answer.error.message);
          return answer;
        }
        cache.transaction(() => {
          cache.putTicket(answer.value.ticket);
          for (const message of answer.value.messages) cache.putMessage(message);
        });
        ticketsChanged();
        const retried = answer.value.messages.find((message) => message.id === input.messageId);
        return ok({ delivery: retried?.delivery ?? null });
      }),

    downloadAttachment: (input) => {
      const meta = attachmentInCache(cache, input.ticketId, input.attachmentId);
      if (meta && !meta.stored)
        return Promise.resolve(
          fail<never>('not_stored', `${meta.filename} was over the size limit: the queue recorded it, not kept it.`),
        );
      return online('attachment', async (queue) => {
        const answer = await queue.fetchAttachment(
          input.ticketId,
          input.attachmentId,
          EMAIL_LIMITS.maxStoredAttachmentBytes,
        );
        if (!answer.ok)
          return queueRefusalOf(answer.error.details).status === 404
            ? fail('not_stored', 'The queue keeps no such attachment (it was over the size limit, or removed).')
            : answer;
        const { bytes, contentType, filename } = answer.value;
        return ok({
          filename: (meta?.filename || filename || input.attachmentId).slice(0, 300),
          contentType: (meta?.contentType || contentType).slice(0, 200),
          size: bytes.byteLength,
          base64: Buffer.from(bytes).toString('base64'),
        });
      });
    },

    listChannelStatus: () => online('channels', (queue) => queue.channelStatuses()),

    setChannelCredentials: (input) =>
      online('channels', async (queue) => {
        const answer = await queue.putChannelCredentials(input.channelId, input.credentials);
        return answer.ok ? ok({ set: true as const }) : answer;
      }),

    testChannel: (input) => online('channels', (queue) => queue.testChannelConnections(input.channelId)),
  } satisfies HandlerGroup;
}

/** The attachment's record in the cached ticket's messages, or null when the cache does not have it. */
function attachmentInCache(cache: TicketCache, ticketId: string, attachmentId: string): AttachmentMeta | null {
  for (const message of cache.listMessages(ticketId))
    for (const attachment of message.email?.attachments ?? []) if (attachment.id === attachmentId) return attachment;
  return null;
}
