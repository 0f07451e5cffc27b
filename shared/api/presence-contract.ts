import { z } from 'zod';

/**
 * Who else is on a ticket (issue 19): a console tells the queue its person views a ticket or types a reply on it, and
 * every console of the tenant hears it live on its event stream. Presence is ephemeral: kept in the queue processes'
 * memory (shared between PostgreSQL processes), never stored, never audited, and gone PRESENCE_TTL_MS after the last
 * heartbeat or at once when its console says `left` or its event stream closes.
 */
export const PRESENCE_STATES = ['viewing', 'typing'] as const;
export const PresenceStateSchema = z.enum(PRESENCE_STATES);
export type PresenceState = z.infer<typeof PresenceStateSchema>;

/** A console repeats its presence this often while its person stays on the ticket. */
export const PRESENCE_HEARTBEAT_MS = 4_000;
/** A presence not repeated for this long is gone (a console closed, crashed or went offline). */
export const PRESENCE_TTL_MS = 12_000;

/** `POST /v1/presence` (agents, leads, admins): the caller's presence on one ticket; `left` ends it. */
export const PresenceUpdateSchema = z.strictObject({
  ticketId: z.string().min(1).max(100),
  state: z.union([PresenceStateSchema, z.literal('left')]),
});
export type PresenceUpdate = z.infer<typeof PresenceUpdateSchema>;

/** `POST /v1/presence`'s answer: who the queue took the caller for, and until when the presence holds. */
export const PresenceAnswerSchema = z.strictObject({ principal: z.string().max(200), until: z.string() });
export type PresenceAnswer = z.infer<typeof PresenceAnswerSchema>;

/**
 * The header a console sends with its `GET /v1/events` and its `POST /v1/presence` (an id of its own, e.g. its client
 * id): when that event stream closes, the presences it said end at once (only the caller's own, whatever id is sent).
 */
export const PRESENCE_CONSOLE_HEADER = 'x-switchboard-console';

/** The queue's `presence` event on `/v1/events` (and a console event): one person's presence on one ticket now. */
export const PresenceEntrySchema = z.strictObject({
  ticketId: z.string().min(1).max(100),
  /** The person (`user:<id>`, or `token:<id>` for a console on a token without a user): one presence per ticket. */
  principal: z.string().min(1).max(200),
  /** The person's name as the queue knows it. */
  name: z.string().max(200),
  /** `left`: the presence ended (said so, timed out, or its console's stream closed). */
  state: z.union([PresenceStateSchema, z.literal('left')]),
  /** Until when it holds without another heartbeat (ISO); `left` entries carry the time they ended. */
  until: z.string(),
});
export type PresenceEntry = z.infer<typeof PresenceEntrySchema>;

/** The name of the queue's server-sent event carrying a PresenceEntry. */
export const PRESENCE_EVENT = 'presence';

const empty = z.strictObject({});

/**
 * The console's presence methods. setPresence sends at once and the console repeats it every PRESENCE_HEARTBEAT_MS
 * until `left` (offline it answers shared: false and nothing is queued: presence is never sent late). listPresence:
 * the other people's live presence this console knows of (it never lists this console's own person). Required: a
 * console without a queue answers not_supported.
 */
export const presenceConsoleMethods = {
  setPresence: { input: PresenceUpdateSchema, output: z.strictObject({ shared: z.boolean() }) },
  listPresence: { input: empty, output: z.strictObject({ entries: z.array(PresenceEntrySchema) }) },
} as const;
