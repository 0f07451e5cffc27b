import type { Mention } from '../../../shared/api/people-contract.js';
import type { Message } from '../../../shared/domain/ticket.js';
import type { LocalDatabase } from '../store/local-database.js';

/** The most mentions the Mentions view lists (the newest). */
export const MENTIONS_LISTED = 200;
/** How much of a note the Mentions view shows. */
export const EXCERPT_CHARACTERS = 160;

/** A note's mention of one person, as sync recorded it: new (first seen now) or known already. */
export interface RecordedMention {
  userId: string;
  message: Message;
}

interface MentionRow {
  ticket_id: string;
  message_id: string;
  created_at: string;
  read: number;
  subject: string | null;
  by: string | null;
  text: string | null;
}

/**
 * The notes that mention people, in the console's cache (migration `mentions`): one row per mentioned user and note,
 * kept queryable by person (newest first) and by ticket (unread ones), whatever person signs in at this console.
 */
export class MentionStore {
  private readonly insertStmt;
  private readonly listStmt;
  private readonly unreadStmt;
  private readonly markStmt;

  constructor(db: LocalDatabase) {
    this.insertStmt = db.prepare<[string, string, string, string, number]>(
      'INSERT OR IGNORE INTO mentions (user_id, message_id, ticket_id, created_at, read) VALUES (?, ?, ?, ?, ?)',
    );
    // Joined with the cached ticket and note: a ticket retention removed is not listed (its rows stay, so it is never
    // notified again if it comes back).
    this.listStmt = db.prepare<[string, number], MentionRow>(
      `SELECT m.ticket_id, m.message_id, m.created_at, m.read,
        json_extract(t.json, '$.subject') AS subject, json_extract(n.json, '$.authorName') AS by,
        json_extract(n.json, '$.text') AS text
      FROM mentions m JOIN tickets t ON t.id = m.ticket_id JOIN messages n ON n.id = m.message_id
      WHERE m.user_id = ? ORDER BY m.created_at DESC, m.message_id DESC LIMIT ?`,
    );
    this.unreadStmt = db
      .prepare<[string], number>(
        `SELECT COUNT(*) FROM mentions m JOIN tickets t ON t.id = m.ticket_id
        WHERE m.user_id = ? AND m.read = 0`,
      )
      .pluck();
    this.markStmt = db.prepare<[string, string]>(
      'UPDATE mentions SET read = 1 WHERE user_id = ? AND ticket_id = ? AND read = 0',
    );
  }

  /**
   * Records the mentions of these notes; `read` says which start as seen. Returns the mentions recorded for the first
   * time (a note seen again, after a restart or a feed read again, is not new).
   */
  record(notes: readonly Message[], read: (mention: RecordedMention) => boolean): RecordedMention[] {
    const added: RecordedMention[] = [];
    for (const message of notes) {
      if (message.kind !== 'note' || !message.mentions) continue;
      for (const userId of new Set(message.mentions)) {
        const mention = { userId, message };
        const seen = read(mention) ? 1 : 0;
        if (this.insertStmt.run(userId, message.id, message.ticketId, message.createdAt, seen).changes === 1)
          added.push(mention);
      }
    }
    return added;
  }

  /** The person's mentions, newest first (at most MENTIONS_LISTED), and how many of them are unread. */
  list(userId: string): { mentions: Mention[]; unread: number } {
    const mentions = this.listStmt.all(userId, MENTIONS_LISTED).map((row): Mention => ({
      ticketId: row.ticket_id,
      messageId: row.message_id,
      subject: row.subject ?? '',
      by: row.by,
      excerpt: (row.text ?? '').slice(0, EXCERPT_CHARACTERS),
      at: row.created_at,
      read: row.read === 1,
    }));
    return { mentions, unread: this.unreadStmt.get(userId) ?? 0 };
  }

  /** Marks the person's mentions on a ticket read; how many were unread. */
  markTicketRead(userId: string, ticketId: string): number {
    return this.markStmt.run(userId, ticketId).changes;
  }
}
