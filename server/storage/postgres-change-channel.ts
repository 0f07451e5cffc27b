import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { z } from 'zod';
import { WakeableLoop, type RoundOutcome } from '../../lib/wakeable-loop.js';
import type { ChangePeers } from '../events.js';
import { POSTGRES_CURSOR_SQL } from './postgres-operations.js';

/** The PostgreSQL notification channel every queue process on the database listens on. */
export const CHANGE_CHANNEL = 'switchboard_changes';
/** The channel presence notices travel on (issue 19): their own, so the cursor notices stay as they are. */
export const PRESENCE_CHANNEL = 'switchboard_presence';
/** PostgreSQL refuses a notification payload of 8000 bytes or more; a presence notice is a few hundred. */
const MAX_PAYLOAD_BYTES = 7_999;
/** How the listening connection names itself in pg_stat_activity (operators and tests find it by this). */
export const LISTENER_APPLICATION_NAME = 'switchboard-change-listener';
/** Logged when the listening connection dropped (the reason follows). */
export const LISTENER_DROPPED = "the connection listening to the other queue processes' changes dropped";
/** The wait before connecting again after the listening connection failed: doubling from the first, up to the last. */
export const LISTEN_BACKOFF = { baseMs: 250, maxMs: 10_000 };
/** A connection attempt that has not answered by then failed (it is tried again after the back-off). */
const CONNECT_TIMEOUT_MS = 10_000;
/** Idle connections are probed by TCP keep-alive from then on (the system's probe interval and count apply). */
const KEEP_ALIVE_DELAY_MS = 10_000;
/**
 * The listening connection asks `SELECT 1` this often and takes no answer within the timeout as a drop: a connection
 * a network or NAT cut silently would otherwise wait for the system's keep-alive probes (minutes).
 */
const HEARTBEAT_MS = 30_000;
const HEARTBEAT_TIMEOUT_MS = 10_000;
/** The longest part of an unreadable notification quoted in the log. */
const LOGGED_PAYLOAD_CHARS = 200;

/**
 * One notification: the process that sent it, the tenant and the tenant's cursor after the change. Tens of bytes
 * (tenant ids are short); PostgreSQL refuses payloads over 8000 bytes and a reader refuses anything else.
 */
const ChangeNoticeSchema = z.strictObject({
  origin: z.string().max(64),
  tenant: z.string().min(1).max(256),
  cursor: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
});

/**
 * Reads the tenant's cursor and notifies in one statement (after the write's commit: see announce). The payload is
 * built by PostgreSQL from bound values, so a tenant id is never spliced into SQL.
 */
const ANNOUNCE_SQL = `SELECT feed.cursor, pg_notify('${CHANGE_CHANNEL}',
    json_build_object('origin', $2::text, 'tenant', $1::text, 'cursor', feed.cursor)::text)
  FROM (SELECT COALESCE((${POSTGRES_CURSOR_SQL}), 0) AS cursor) AS feed`;

export interface ChangeListenerHandlers {
  /** Another queue process announced that the tenant's feed (or its settings) moved; `cursor` is its feed cursor. */
  onChange(tenantId: string, cursor: number): void;
  /**
   * LISTEN is in place (at the start and after every reconnect). Whatever was announced while it was not has not
   * arrived: tell every local listener the feed may have moved.
   */
  onListening(): void;
  /** The listening connection failed or dropped (it is tried again after a back-off), or a notification did not read. */
  onProblem(message: string): void;
  /** Another queue process shared a presence notice (sharePresence's `notice`, as it arrived: the caller reads it). */
  onPresence?(notice: unknown): void;
}

/** A presence notice on PRESENCE_CHANNEL: the process that sent it, and the notice. */
const PresenceEnvelopeSchema = z.object({ origin: z.string().max(64), notice: z.unknown() });

export interface ChangeListening {
  /** Ends the listening connection; resolves once it is closed. */
  stop(): Promise<void>;
}

/**
 * LISTEN/NOTIFY between the queue processes of one PostgreSQL database. `announce` runs on the store's pool after a
 * write committed; `listen` keeps one dedicated connection (outside the pool) listening, reconnecting with back-off.
 * Each process has an origin id of its own: the notifications it sent come back on its own LISTEN connection too, and
 * are dropped there (the process told its own listeners when it announced).
 */
export class PostgresChangeChannel implements ChangePeers {
  private readonly origin = randomUUID();

  constructor(
    private readonly pool: pg.Pool,
    private readonly connectionString: string,
    private readonly log: (message: string) => void,
  ) {}

  /**
   * Tells the other processes the tenant's feed or settings moved and resolves with its cursor; null (and a line in
   * the log) when the database could not be asked: the write has committed all the same, and the other processes'
   * consoles then see it at their next pull.
   *
   * After the commit, not inside the write's transaction: this is the one place that hears of every change consoles
   * follow (ticket writes, and the settings, rules and channel saves that do not move the feed and are announced
   * with the same cursor), one notification per request however many seqs it drew, and the same statement reads the
   * cursor this process's own listeners are told. The price: a process that dies between its commit and this
   * statement announces nothing; consoles elsewhere see that change at their next poll or with the next change.
   */
  async announce(tenantId: string): Promise<number | null> {
    try {
      const answer = await this.pool.query<{ cursor: number }>(ANNOUNCE_SQL, [tenantId, this.origin]);
      return answer.rows[0]?.cursor ?? 0;
    } catch (error) {
      this.log(`could not tell the other queue processes that tenant ${tenantId} changed: ${reasonOf(error)}`);
      return null;
    }
  }

  /**
   * Tells the other processes a presence notice (JSON, under MAX_PAYLOAD_BYTES; a bigger one is refused and logged).
   * Not awaited by anyone: a notice that could not be sent is logged and lost, and presence repeats within seconds.
   */
  sharePresence(notice: object): void {
    const payload = JSON.stringify({ origin: this.origin, notice });
    if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
      this.log(`did not share a presence notice of ${Buffer.byteLength(payload)} bytes (too big to notify)`);
      return;
    }
    this.pool
      .query('SELECT pg_notify($1, $2)', [PRESENCE_CHANNEL, payload])
      .catch((error: unknown) => this.log(`could not share a presence notice: ${reasonOf(error)}`));
  }

  /** Listens on a connection of its own until stopped; see ChangeListenerHandlers. */
  listen(handlers: ChangeListenerHandlers): ChangeListening {
    let current: pg.Client | null = null;
    let stopping = false;
    const loop: WakeableLoop = new WakeableLoop({
      round: async (): Promise<RoundOutcome> => {
        const client = this.newListenerClient();
        current = client;
        await this.listenUntilDropped(
          client,
          handlers,
          () => loop.resetBackoff(),
          () => stopping,
        );
        current = null;
        return 'retry';
      },
      backoff: LISTEN_BACKOFF,
      onError: (error) => handlers.onProblem(`change listener: ${reasonOf(error)}`),
    });
    loop.start();
    return {
      async stop() {
        stopping = true;
        const stopped = loop.stop();
        await current?.end().catch(() => undefined);
        await stopped;
      },
    };
  }

  private newListenerClient(): pg.Client {
    return new pg.Client({
      connectionString: this.connectionString,
      application_name: LISTENER_APPLICATION_NAME,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      keepAlive: true,
      keepAliveInitialDelayMillis: KEEP_ALIVE_DELAY_MS,
      query_timeout: HEARTBEAT_TIMEOUT_MS,
    });
  }

  /** One connection's life: connect, LISTEN, hand notifications on until the connection ends. */
  private async listenUntilDropped(
    client: pg.Client,
    handlers: ChangeListenerHandlers,
    connected: () => void,
    stopping: () => boolean,
  ): Promise<void> {
    let failure: unknown = null;
    const ended = new Promise<void>((resolve) => {
      client.on('error', (error) => {
        failure ??= error;
        resolve();
      });
      client.on('end', () => resolve());
    });
    client.on('notification', (notification) => this.receive(notification, handlers));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
      if (handlers.onPresence) await client.query(`LISTEN ${PRESENCE_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      if (!stopping()) handlers.onProblem(`cannot listen for other queue processes' changes: ${reasonOf(error)}`);
      return;
    }
    connected();
    if (stopping()) {
      await client.end().catch(() => undefined);
      return;
    }
    handlers.onListening();
    while (!(await settlesWithin(ended, HEARTBEAT_MS))) {
      try {
        await client.query('SELECT 1');
      } catch (error) {
        failure ??= error;
        break;
      }
    }
    // A connection that did not answer its heartbeat is cut here (end() destroys a socket with a query in flight).
    await client.end().catch(() => undefined);
    if (!stopping())
      handlers.onProblem(`${LISTENER_DROPPED}${failure === null ? '' : `: ${reasonOf(failure)}`}; reconnecting`);
  }

  private receive(notification: pg.Notification, handlers: ChangeListenerHandlers): void {
    if (notification.channel === PRESENCE_CHANNEL) return this.receivePresence(notification.payload ?? '', handlers);
    if (notification.channel !== CHANGE_CHANNEL) return;
    const notice = readNotice(notification.payload ?? '');
    if (notice === null) {
      const excerpt = (notification.payload ?? '').slice(0, LOGGED_PAYLOAD_CHARS);
      handlers.onProblem(`ignored a change notification that does not read: ${JSON.stringify(excerpt)}`);
      return;
    }
    if (notice.origin !== this.origin) handlers.onChange(notice.tenant, notice.cursor);
  }

  private receivePresence(payload: string, handlers: ChangeListenerHandlers): void {
    const envelope = PresenceEnvelopeSchema.safeParse(parsedJson(payload));
    if (!envelope.success) {
      handlers.onProblem(
        `ignored a presence notification that does not read: ${JSON.stringify(payload.slice(0, LOGGED_PAYLOAD_CHARS))}`,
      );
      return;
    }
    if (envelope.data.origin !== this.origin) handlers.onPresence?.(envelope.data.notice);
  }
}

function parsedJson(payload: string): unknown {
  try {
    return JSON.parse(payload);
  } catch {
    return null;
  }
}

/** Whether `promise` settles within `ms`. */
async function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function readNotice(payload: string): z.infer<typeof ChangeNoticeSchema> | null {
  const parsed = ChangeNoticeSchema.safeParse(parsedJson(payload));
  return parsed.success ? parsed.data : null;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
