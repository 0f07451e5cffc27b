import { PeopleSchema, type People, type peopleConsoleMethods } from '../../../shared/api/people-contract.js';
import type { SessionUser } from '../../../shared/api/identity-contract.js';
import type { Message } from '../../../shared/domain/ticket.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import type { FeedPage } from '../../../lib/queue-client/queue-client.js';
import type { ServiceOf } from '../console/forward-to.js';
import type { ConsoleService } from '../console-service.js';
import type { LocalDatabase } from '../store/local-database.js';
import type { MetaStore } from '../store/meta-store.js';
import { MentionStore } from './mention-store.js';

/** The tenant's people as the queue last listed them (JSON of People): `@` completion works offline. */
const PEOPLE_KEY = 'people';
/**
 * Set once the console's first sync has read the whole feed (the cursor it reached): notes that arrive after it are
 * notified; those of the first fill are old history, listed as read and never notified.
 */
const MENTIONS_NOTIFIED_AFTER = 'mentionsNotifiedAfter';

export type MentionNotice = Parameters<ConsoleService['notifyMentioned']>[0];

export interface PeopleServiceOptions {
  db: LocalDatabase;
  meta: MetaStore;
  queue: { listPeople(): Promise<Result<People>> };
  /** The console's person (the session's user, or the token's); null: nobody to mention (a machine's token). */
  person: () => Pick<SessionUser, 'id' | 'name'> | null;
  /** Whether the console may ask the queue now (not while signed out). */
  connected: () => boolean;
  /** The subject of a cached ticket ('' when not cached). */
  subjectOf: (ticketId: string) => string;
  /** A note mentioning the person arrived (ConsoleService.notifyMentioned). */
  notify: (mention: MentionNotice) => void;
}

export interface PeopleService {
  service: ServiceOf<keyof typeof peopleConsoleMethods>;
  /** For SyncEngine's withPage: records the page's mentions with its cursor; notifies the new ones once committed. */
  withPage(page: Pick<FeedPage, 'messages' | 'cursor' | 'hasMore'>): (() => void) | void;
}

/**
 * The people directory and this console's mentions (issue 19): the queue's list of people kept in the meta store, the
 * notes that mention the console's person recorded as sync applies the feed, each new one notified once.
 */
export function createPeopleService(options: PeopleServiceOptions): PeopleService {
  const { meta } = options;
  const mentions = new MentionStore(options.db);

  function keptPeople(): People | null {
    const stored = meta.get(PEOPLE_KEY);
    if (stored === null) return null;
    try {
      const parsed = PeopleSchema.safeParse(JSON.parse(stored));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  return {
    service: {
      async listPeople() {
        let failure: Result<never> = fail(
          'queue_unreachable',
          'The list of people is not known yet: it is read from the queue once this console is connected.',
        );
        if (options.connected()) {
          const asked = await options.queue.listPeople();
          if (asked.ok) {
            meta.set(PEOPLE_KEY, JSON.stringify(asked.value));
            return ok({ ...asked.value, fromCache: false });
          }
          failure = asked;
        }
        const kept = keptPeople();
        return kept ? ok({ ...kept, fromCache: true }) : failure;
      },
      listMentions() {
        const me = options.person();
        return ok(me ? mentions.list(me.id) : { mentions: [], unread: 0 });
      },
      markMentionsRead({ ticketId }) {
        const me = options.person();
        return ok({ marked: me ? mentions.markTicketRead(me.id, ticketId) : 0 });
      },
    },

    withPage(page) {
      const firstFill = meta.get(MENTIONS_NOTIFIED_AFTER) === null;
      const me = options.person();
      const byMe = (note: Message) => me !== null && note.authorName === me.name;
      const added = mentions.record(
        page.messages,
        ({ userId, message }) => firstFill || (userId === me?.id && byMe(message)),
      );
      if (firstFill && !page.hasMore) meta.set(MENTIONS_NOTIFIED_AFTER, String(page.cursor));
      if (firstFill || me === null) return;
      const told = added
        .filter(({ userId, message }) => userId === me.id && !byMe(message))
        .map(({ message }) => ({
          ticketId: message.ticketId,
          messageId: message.id,
          by: message.authorName,
          subject: options.subjectOf(message.ticketId),
        }));
      if (told.length === 0) return;
      return () => {
        for (const mention of told) options.notify(mention);
      };
    },
  };
}
