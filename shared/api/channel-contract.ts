import { z } from 'zod';
import { EmailCredentialsSchema } from '../channels/email-config.js';
import { ChannelTypeSchema } from '../settings/setting-values.js';

/**
 * The queue's channel endpoints beside the settings (a channel's settings are `channel` settings):
 *   PUT  /v1/channels/:channelId/credentials   (admin) the mailbox passwords, body EmailCredentialsSchema; 204.
 *        Stored encrypted; no endpoint ever returns them.
 *   GET  /v1/channels/status                   (lead, admin) ChannelStatusListSchema.
 *   POST /v1/channels/:channelId/test          (admin) ChannelTestResultSchema: both directions, what failed.
 *   POST /v1/tickets/:ticketId/messages/:messageId/retry-delivery   (agent, lead, admin) a failed reply back to
 *        the outbox: 200 with the ticket and its messages, 409 `not_failed` when it is not failed.
 *   GET  /v1/tickets/:ticketId/attachments/:attachmentId   (agent, lead, admin) the stored bytes, with their
 *        content type, as a download (`content-disposition: attachment`); 404 when not stored.
 */
export const SetChannelCredentialsSchema = EmailCredentialsSchema;

export const ChannelStatusSchema = z.strictObject({
  id: z.string(),
  type: ChannelTypeSchema,
  name: z.string(),
  enabled: z.boolean(),
  /** Whether passwords were stored for it (never what they are). */
  credentialsSet: z.boolean(),
  /** Whether this queue process runs it now. */
  running: z.boolean(),
  /** The last successful connection to each server, and the last mail read (ISO), null when never. */
  imapOkAt: z.string().nullable(),
  smtpOkAt: z.string().nullable(),
  lastMailAt: z.string().nullable(),
  /** The last connection error, null once it works again. */
  error: z.string().nullable(),
  /** Outbox rows waiting or failed, and mails set aside as unreadable. */
  queued: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  setAside: z.number().int().nonnegative(),
});
export type ChannelStatus = z.infer<typeof ChannelStatusSchema>;
export const ChannelStatusListSchema = z.strictObject({ channels: z.array(ChannelStatusSchema) });
export type ChannelStatusList = z.infer<typeof ChannelStatusListSchema>;

export const ChannelCheckSchema = z.strictObject({
  ok: z.boolean(),
  /** What worked ("Logged in to imap.example.com; INBOX has 12 messages") or what failed, in English. */
  detail: z.string(),
  /**
   * A stable code for the console's words: ok, dns, connect, tls, auth, mailbox, refused, timeout, no_credentials,
   * disabled (the channel is not enabled, so the runtime does not run it).
   */
  code: z.string(),
});
export const ChannelTestResultSchema = z.strictObject({ imap: ChannelCheckSchema, smtp: ChannelCheckSchema });
export type ChannelTestResult = z.infer<typeof ChannelTestResultSchema>;
