import { z } from 'zod';
import { EmailCredentialsSchema } from '../channels/email-config.js';
import { EMAIL_LIMITS } from '../channels/email-records.js';
import { MessageDeliverySchema } from '../domain/ticket.js';
import { ChannelStatusListSchema, ChannelTestResultSchema } from './channel-contract.js';

const ChannelId = z.string().min(1).max(100);

/** A stored attachment as the console hands it to the renderer: its bytes in base64 (at most the stored limit). */
export const AttachmentDownloadSchema = z.strictObject({
  filename: z.string().max(300),
  contentType: z.string().max(200),
  size: z.number().int().nonnegative().max(EMAIL_LIMITS.maxStoredAttachmentBytes),
  base64: z.string().max(Math.ceil(EMAIL_LIMITS.maxStoredAttachmentBytes / 3) * 4),
});
export type AttachmentDownload = z.infer<typeof AttachmentDownloadSchema>;

/**
 * The console's email channel methods (shared/api/channel-contract.ts has the queue endpoints behind them). All of
 * them ask the queue: offline each answers `needs_network` with a sentence saying so; nothing is queued for later.
 */
export const channelConsoleMethods = {
  /**
   * Puts a failed reply back in the queue's outbox; the ticket and its messages the queue answers are stored in
   * the local cache. `not_failed` when it is not failed (someone retried it already).
   * Required: a console without a queue to ask answers not_supported.
   */
  retryDelivery: {
    input: z.strictObject({ ticketId: z.string().min(1).max(200), messageId: z.string().min(1).max(200) }),
    output: z.strictObject({ delivery: MessageDeliverySchema.nullable() }),
  },
  /**
   * A stored attachment of a customer's mail, for the agent to save (never given to a model).
   * `not_stored` (404) for one over the size limit. Required, like retryDelivery.
   */
  downloadAttachment: {
    input: z.strictObject({ ticketId: z.string().min(1).max(200), attachmentId: z.string().min(1).max(100) }),
    output: AttachmentDownloadSchema,
  },
  /** The tenant's channels as the queue runs them (admins and leads). Required, like retryDelivery. */
  listChannelStatus: { input: z.strictObject({}), output: ChannelStatusListSchema },
  /** Stores a mailbox's passwords on the queue (admins); they are never read back. Required, like retryDelivery. */
  setChannelCredentials: {
    input: z.strictObject({ channelId: ChannelId, credentials: EmailCredentialsSchema }),
    output: z.strictObject({ set: z.literal(true) }),
  },
  /** Connects to both mail servers of a channel and says what worked (admins). Required, like retryDelivery. */
  testChannel: { input: z.strictObject({ channelId: ChannelId }), output: ChannelTestResultSchema },
} as const;
