/**
 * Local cache schema, one entry per version. `PRAGMA user_version` records how many have run;
 * each runs in its own transaction. Never edit a shipped migration: append a new one.
 */
export const LOCAL_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE tickets (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    seq INTEGER NOT NULL,
    json TEXT NOT NULL
  );
  CREATE INDEX tickets_by_status ON tickets (status, created_at);
  CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    ticket_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    seq INTEGER NOT NULL,
    pending INTEGER NOT NULL DEFAULT 0,
    json TEXT NOT NULL
  );
  CREATE INDEX messages_by_ticket ON messages (ticket_id, created_at);
  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    ticket_id TEXT NOT NULL,
    json TEXT NOT NULL
  );
  `,
];
