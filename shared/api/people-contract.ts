import { z } from 'zod';
import { PersonRoleSchema, UserIdSchema } from './identity-contract.js';

/**
 * The tenant's people as colleagues see them (issue 19): who can be mentioned with `@` in an internal note. Every
 * console role may read it (names and roles of enabled users only: no emails, no sign-in data).
 */
export const PersonSchema = z.strictObject({ id: UserIdSchema, name: z.string().max(200), role: PersonRoleSchema });
export type Person = z.infer<typeof PersonSchema>;

/** Most people `GET /v1/people` lists (a tenant with more: the first ones by name). */
export const MAX_PEOPLE = 10_000;

/** `GET /v1/people`: the tenant's enabled users, by name. */
export const PeopleSchema = z.strictObject({ people: z.array(PersonSchema).max(MAX_PEOPLE) });
export type People = z.infer<typeof PeopleSchema>;

/** A note that mentions the console's person: what the Mentions view lists, newest first. */
export const MentionSchema = z.strictObject({
  ticketId: z.string(),
  messageId: z.string(),
  subject: z.string(),
  /** Who wrote the note. */
  by: z.string().nullable(),
  /** The start of the note. */
  excerpt: z.string(),
  at: z.string(),
  /** Seen in the Mentions view or by opening the ticket since. */
  read: z.boolean(),
});
export type Mention = z.infer<typeof MentionSchema>;

const empty = z.strictObject({});

/**
 * The console's people and mentions methods. listPeople: the queue's list, kept in the cache so completion works
 * offline (fromCache: true when the queue could not be asked). listMentions reads the local cache (offline too);
 * markMentionsRead marks a ticket's mentions of this console's person read. Required: a console without a cache
 * answers not_supported.
 */
export const peopleConsoleMethods = {
  listPeople: { input: empty, output: PeopleSchema.extend({ fromCache: z.boolean() }) },
  listMentions: {
    input: empty,
    output: z.strictObject({ mentions: z.array(MentionSchema), unread: z.number().int().nonnegative() }),
  },
  markMentionsRead: {
    input: z.strictObject({ ticketId: z.string().min(1).max(100) }),
    output: z.strictObject({ marked: z.number().int().nonnegative() }),
  },
} as const;
