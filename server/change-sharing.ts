import { ChangeBroadcaster } from './events.js';
import { PresenceHub } from './presence/presence-hub.js';
import { PresenceNoticeSchema } from './presence/presence-notice.js';
import { PostgresQueueStore } from './storage/postgres-queue-store.js';
import type { QueueStore } from './storage/queue-store.js';

/** Logged when the connection listening to the other queue processes is back after a drop. */
export const RELISTENED = "listening to the other queue processes' changes again";

/** The process's change broadcaster and, on PostgreSQL, the connection it listens to the other processes on. */
export interface ProcessChanges {
  events: ChangeBroadcaster;
  /** Who is on which ticket (issue 19): on PostgreSQL every process holds the whole board, told by the others. */
  presence: PresenceHub;
  /** Stops listening to the other processes (before the store closes). */
  close(): Promise<void>;
}

/**
 * The queue process's ChangeBroadcaster. On PostgreSQL it is shared with every queue process on the database: each
 * write announces its tenant's cursor with NOTIFY, and each process LISTENs on a connection of its own and passes
 * what the others announced to its own listeners; after that connection was lost and is back, every tenant listened
 * to here is told its cursor again (changes announced meanwhile did not arrive). On SQLite the broadcaster is this
 * process's only: several processes on one SQLite file do not share events.
 */
export function openProcessChanges(store: QueueStore, log: (message: string) => void): ProcessChanges {
  if (!(store instanceof PostgresQueueStore)) {
    return { events: new ChangeBroadcaster(), presence: new PresenceHub(), close: async () => undefined };
  }
  const channel = store.changeChannel(log);
  const events = new ChangeBroadcaster(channel);
  const presence = new PresenceHub({ peers: { share: (notice) => channel.sharePresence(notice) } });
  let listenedBefore = false;
  const listening = channel.listen({
    onChange: (tenantId, cursor) => events.publish(tenantId, cursor),
    onListening: () => {
      if (listenedBefore) log(`${RELISTENED}; every tenant listened to here is told its cursor`);
      listenedBefore = true;
      void tellEveryTenantItsCursor(events, store, log);
    },
    onProblem: log,
    onPresence: (notice) => {
      const read = PresenceNoticeSchema.safeParse(notice);
      if (read.success) presence.receive(read.data);
      else log(`ignored a presence notice that does not read: ${read.error.issues[0]?.message ?? ''}`);
    },
  });
  return { events, presence, close: () => listening.stop() };
}

async function tellEveryTenantItsCursor(events: ChangeBroadcaster, store: QueueStore, log: (message: string) => void) {
  for (const tenantId of events.listenedTenants()) {
    try {
      events.publish(tenantId, await store.currentCursor(tenantId));
    } catch (error) {
      log(
        `could not read tenant ${tenantId}'s cursor after listening again: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
