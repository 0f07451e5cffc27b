import { z } from 'zod';
import { PresenceEntrySchema } from '../../shared/api/presence-contract.js';

/** A console's id as it sends it in PRESENCE_CONSOLE_HEADER. */
export const ConsoleIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\w.:-]+$/, 'letters, digits and . : _ - only');

/**
 * What one queue process tells the others about presence (on PostgreSQL): a presence said, or a console's event
 * stream closed. At most a few hundred bytes (every field bounded; PostgreSQL refuses payloads over 8000 bytes).
 */
export const PresenceNoticeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('said'),
    tenant: z.string().min(1).max(256),
    entry: PresenceEntrySchema,
    console: ConsoleIdSchema.nullable(),
  }),
  z.strictObject({
    kind: z.literal('console_closed'),
    tenant: z.string().min(1).max(256),
    principal: z.string().min(1).max(200),
    console: ConsoleIdSchema,
  }),
]);
export type PresenceNotice = z.infer<typeof PresenceNoticeSchema>;

/** The other queue processes on the same database (the PostgreSQL change channel's presence side). */
export interface PresencePeers {
  /** Tells them; a notice that could not be sent is logged and lost (presence repeats within seconds). */
  share(notice: PresenceNotice): void;
}
