import { z } from 'zod';
import { MessageAuthorSchema } from '../domain/ticket.js';
import { DELIVERY_URL_RULE, isDeliveryUrl } from './web-origin.js';

/**
 * The generic channel (a `channel` setting of type `webhook`): a provider's adapter posts each customer message to
 *   POST /v1/inbound/:tenantId/:channelId   signed with the channel's secret (shared/channels/request-signature.ts)
 * and the queue posts each public reply of the AI or an agent on that conversation to the channel's `replyUrl`,
 * signed the same way, through the webhook delivery worker (retries, the delivery log, the message's delivery state).
 */
export const MessagingChannelConfigSchema = z.strictObject({
  /** Where the queue posts replies (the adapter's endpoint). */
  replyUrl: z.string().max(2_000).refine(isDeliveryUrl, DELIVERY_URL_RULE),
});
export type MessagingChannelConfig = z.infer<typeof MessagingChannelConfigSchema>;

/** What is wrong with a generic channel's config, each with the config key it concerns (empty: nothing). */
export function messagingConfigIssues(
  config: Record<string, unknown>,
): Array<{ path: PropertyKey[]; message: string }> {
  const parsed = MessagingChannelConfigSchema.safeParse(config);
  return parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

/** The ticket channel of tickets that came in through a generic channel. */
export const MESSAGING_TICKET_CHANNEL = 'messaging';

/** Longest text a generic channel posts in, in characters (an SMS thread is far shorter). */
export const MAX_INBOUND_TEXT = 10_000;

/** One customer message a generic channel posts in. */
export const InboundChannelMessageSchema = z.strictObject({
  /** The provider's conversation (a phone number, a chat id): messages of one conversation go to its open ticket. */
  conversationId: z.string().trim().min(1).max(200),
  /** The provider's id of this message: posting it again (a retry) creates nothing twice. */
  messageId: z.string().trim().min(1).max(200),
  from: z.strictObject({
    id: z.string().trim().min(1).max(200),
    name: z.string().trim().min(1).max(200).optional(),
    email: z.string().trim().max(320).optional(),
  }),
  text: z.string().trim().min(1, 'The message is empty.').max(MAX_INBOUND_TEXT),
});
export type InboundChannelMessage = z.infer<typeof InboundChannelMessageSchema>;

/** `202` answer of the inbound endpoint. */
export const InboundChannelResultSchema = z.strictObject({
  ticketId: z.string(),
  messageId: z.string(),
  /** True when this message id was posted before (nothing was added). */
  duplicate: z.boolean(),
});
export type InboundChannelResult = z.infer<typeof InboundChannelResultSchema>;

/** What the queue posts to the channel's `replyUrl` for each public reply (JSON, signed). */
export const ChannelReplySchema = z.strictObject({
  /** The delivery's id, the same on every retry (also the event id header). */
  id: z.string(),
  type: z.literal('reply'),
  tenantId: z.string(),
  channelId: z.string(),
  conversationId: z.string(),
  ticketId: z.string(),
  message: z.strictObject({
    id: z.string(),
    author: MessageAuthorSchema.exclude(['customer']),
    authorName: z.string().nullable(),
    text: z.string(),
    createdAt: z.string(),
  }),
});
export type ChannelReply = z.infer<typeof ChannelReplySchema>;
