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
  // Review filters as columns, full-text search (messages, notes, subjects; see search-text.ts for the
  // scripts without spaces: searchable_text() is registered on every connection before migrating), and
  // changes the queue refused, kept with their text so nothing typed is lost.
  `
  ALTER TABLE tickets ADD COLUMN language TEXT;
  ALTER TABLE tickets ADD COLUMN intent TEXT;
  ALTER TABLE tickets ADD COLUMN human_touched INTEGER NOT NULL DEFAULT 0;
  UPDATE tickets SET
    language = json_extract(json, '$.language'),
    intent = json_extract(json, '$.intent'),
    human_touched = CASE WHEN json_extract(json, '$.humanTouched') THEN 1 ELSE 0 END;
  CREATE INDEX tickets_by_updated ON tickets (updated_at);
  CREATE VIRTUAL TABLE message_search USING fts5(body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
  CREATE VIRTUAL TABLE subject_search USING fts5(body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
  INSERT INTO message_search (rowid, body) SELECT rowid, searchable_text(json_extract(json, '$.text')) FROM messages;
  INSERT INTO subject_search (rowid, body) SELECT rowid, searchable_text(json_extract(json, '$.subject')) FROM tickets;
  CREATE TABLE unsent (
    id INTEGER PRIMARY KEY,
    ticket_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL,
    at TEXT NOT NULL,
    json TEXT NOT NULL
  );
  CREATE INDEX unsent_by_ticket ON unsent (ticket_id);
  CREATE TABLE purged_tickets (id TEXT PRIMARY KEY);
  `,
  // The agent's inbox as indexed columns (windowed list ordered by SLA due time, filters), and what this
  // console has read. due_at is filled by TicketCache (see the sla_target migration below).
  `
  ALTER TABLE tickets ADD COLUMN owner_queue TEXT;
  ALTER TABLE tickets ADD COLUMN customer_tier TEXT;
  ALTER TABLE tickets ADD COLUMN reason_code TEXT;
  ALTER TABLE tickets ADD COLUMN assignee TEXT;
  ALTER TABLE tickets ADD COLUMN snoozed_until TEXT;
  ALTER TABLE tickets ADD COLUMN due_at TEXT;
  UPDATE tickets SET
    owner_queue = json_extract(json, '$.ownerQueue'),
    customer_tier = coalesce(json_extract(json, '$.customer.tier'), 'standard'),
    reason_code = json_extract(json, '$.escalation.code'),
    assignee = json_extract(json, '$.assignee'),
    snoozed_until = json_extract(json, '$.snoozedUntil');
  CREATE INDEX tickets_inbox_due ON tickets (status, due_at, id);
  CREATE TABLE ticket_reads (ticket_id TEXT PRIMARY KEY, seen_updated_at TEXT NOT NULL);
  `,
  // The customer's rating (CSAT score 1-5, NULL while unrated) for the review filter, read from the
  // stored ticket JSON, so it can never disagree with it and no write path has to fill it.
  `
  ALTER TABLE tickets ADD COLUMN csat_score INTEGER GENERATED ALWAYS AS (json_extract(json, '$.csat.score')) VIRTUAL;
  `,
  // The inbox window filters, counts and skips rows (OFFSET) from this index alone, never reading the
  // ticket rows with their JSON: 100,000 escalations answer in milliseconds instead of seconds.
  `
  DROP INDEX tickets_inbox_due;
  CREATE INDEX tickets_inbox_cover ON tickets (status, due_at, id, snoozed_until, assignee, owner_queue, language, intent,
    reason_code, customer_tier, updated_at);
  `,
  // Machine translations made on this console (translation-cache.ts): reopening a ticket, or reading it
  // offline, shows them again without asking the model. Keyed by a hash of the source text.
  `
  CREATE TABLE translations (
    source_hash TEXT NOT NULL,
    target_language TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (source_hash, target_language)
  ) WITHOUT ROWID;
  `,
  // The tenant's settings as the queue last sent them (electron/core/settings/settings-store.ts): the latest
  // version of every item, tombstones included, as the queue's StoredSetting JSON. Article language versions
  // get a full-text index (title and body through searchable_text) for the knowledge-base search offline.
  `
  CREATE TABLE settings (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (kind, id)
  ) WITHOUT ROWID;
  CREATE TABLE article_versions (
    rowid INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL,
    language TEXT NOT NULL,
    status TEXT NOT NULL,
    UNIQUE (article_id, language)
  );
  CREATE VIRTUAL TABLE article_search USING fts5(title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
  `,
  // The inbox's due time by business hours of each queue's SLA policy (electron/core/store/inbox-due.ts), and the
  // target it counts down (first_reply or resolution; NULL: none). The earlier round-the-clock due times are
  // dropped, so the next start computes every escalation's anew.
  `
  ALTER TABLE tickets ADD COLUMN sla_target TEXT;
  UPDATE tickets SET due_at = NULL;
  DELETE FROM meta WHERE key = 'slaPolicy';
  `,
  // Who wrote each waiting change (issue 18): the signed-in person's tenant, user id and name. Changes written before sign-in
  // existed have none. The hold rule (electron/core/identity/outbox-hold-rule.ts) sends a change only when the
  // person signed in may.
  `
  ALTER TABLE outbox ADD COLUMN author_tenant_id TEXT;
  ALTER TABLE outbox ADD COLUMN author_user_id TEXT;
  ALTER TABLE outbox ADD COLUMN author_name TEXT;
  `,
  // The customer panel's history (issue 19, store/customer-history.ts): a customer's tickets newest first from an index,
  // the customer id read from the stored ticket JSON (like csat_score), so no write path has to fill it.
  `
  ALTER TABLE tickets ADD COLUMN customer_id TEXT GENERATED ALWAYS AS (json_extract(json, '$.customer.id')) VIRTUAL;
  CREATE INDEX tickets_by_customer ON tickets (customer_id, created_at, id);
  `,
  // Notes that mention people (issue 19, electron/core/people/mention-store.ts): one row per mentioned user and note,
  // with its ticket and time, and whether this console's person has seen it; recorded as sync applies the feed, so a
  // note is notified once and never again after a restart.
  `
  CREATE TABLE mentions (
    user_id TEXT NOT NULL,
    message_id TEXT NOT NULL,
    ticket_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    read INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, message_id)
  ) WITHOUT ROWID;
  CREATE INDEX mentions_by_person ON mentions (user_id, created_at);
  CREATE INDEX mentions_by_ticket ON mentions (user_id, ticket_id, read);
  `,
  // Tags on tickets (issue 19): one row per tag and ticket, kept by triggers from the ticket's JSON (no write path
  // fills it), so the inbox filters by a tag through the (tag, ticket_id) key at 100,000 tickets.
  `
  CREATE TABLE ticket_tags (tag TEXT NOT NULL, ticket_id TEXT NOT NULL, PRIMARY KEY (tag, ticket_id)) WITHOUT ROWID;
  CREATE INDEX ticket_tags_by_ticket ON ticket_tags (ticket_id);
  INSERT OR IGNORE INTO ticket_tags (tag, ticket_id) SELECT j.value, t.id FROM tickets t, json_each(t.json, '$.tags') j;
  CREATE TRIGGER ticket_tags_insert AFTER INSERT ON tickets WHEN json_extract(NEW.json, '$.tags') IS NOT NULL BEGIN
    INSERT OR IGNORE INTO ticket_tags (tag, ticket_id) SELECT value, NEW.id FROM json_each(NEW.json, '$.tags');
  END;
  CREATE TRIGGER ticket_tags_update AFTER UPDATE OF json ON tickets
    WHEN json_extract(OLD.json, '$.tags') IS NOT json_extract(NEW.json, '$.tags') BEGIN
    DELETE FROM ticket_tags WHERE ticket_id = OLD.id;
    INSERT OR IGNORE INTO ticket_tags (tag, ticket_id) SELECT value, NEW.id FROM json_each(NEW.json, '$.tags');
  END;
  CREATE TRIGGER ticket_tags_delete AFTER DELETE ON tickets BEGIN
    DELETE FROM ticket_tags WHERE ticket_id = OLD.id;
  END;
  `,
  // The inbox's tag filter goes from a tag's ticket_tags rows to its tickets by id: this index answers their inbox
  // columns without reading the rows (a tag on 33,000 of 100,000 tickets counted in ~13 ms instead of ~110 ms).
  `
  CREATE INDEX tickets_inbox_by_id ON tickets (id, status, snoozed_until, due_at, assignee, owner_queue, language, intent,
    reason_code, customer_tier);
  `,
];
