/**
 * What the desktop cues need from each look at the inbox: how many escalations this agent has not
 * opened yet (for the window title) and which ones to announce. The first look only sets the
 * baseline, so opening the console does not announce everything already waiting; a ticket is
 * announced once, and never when the agent has already opened it.
 */

export interface CueTicket {
  id: string;
  subject: string;
}

export interface CueChange {
  unread: number;
  announce: CueTicket[];
}

/** Remembers ids in insertion order and forgets the oldest past `limit`, so storage stays bounded. */
export class BoundedIdSet {
  private readonly ids = new Set<string>();

  constructor(
    private readonly limit: number,
    initial: Iterable<string> = [],
  ) {
    for (const id of initial) this.add(id);
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** True when the id was not known before. */
  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.limit) {
      const oldest = this.ids.values().next();
      if (!oldest.done) this.ids.delete(oldest.value);
    }
    return true;
  }

  toArray(): string[] {
    return [...this.ids];
  }
}

export class EscalationCues {
  private known: Set<string> | null = null;

  /**
   * @param seen tickets the agent opened on this console (kept across reloads)
   * @param announced tickets already announced (kept across reloads, so a reload never repeats one)
   */
  constructor(
    private readonly seen: BoundedIdSet,
    private readonly announced: BoundedIdSet,
  ) {}

  update(inbox: readonly CueTicket[]): CueChange {
    const previous = this.known;
    this.known = new Set(inbox.map((ticket) => ticket.id));
    const unopened = inbox.filter((ticket) => !this.seen.has(ticket.id));
    if (previous === null) {
      // Baseline: what waits already is counted, not announced.
      for (const ticket of inbox) this.announced.add(ticket.id);
      return { unread: unopened.length, announce: [] };
    }
    const announce = unopened.filter((ticket) => !previous.has(ticket.id) && this.announced.add(ticket.id));
    return { unread: unopened.length, announce };
  }
}

export interface RecentRow extends CueTicket {
  /** When the queue last changed the ticket (ISO, the queue's clock). */
  updatedAt: string;
  /** Never opened on this console. */
  isNew: boolean;
}

/**
 * The same announcements for an inbox too large to list whole: each look sees only some rows (the
 * windows at both ends of the due-ordered list), so arrivals are told by time, not by set difference.
 * A row is announced when it changed after the newest change of the previous look, was never
 * opened here and was not announced before. The first look only sets that watermark.
 */
export class RecentEscalationCues {
  private watermark: string | null = null;

  constructor(
    private readonly seen: BoundedIdSet,
    private readonly announced: BoundedIdSet,
  ) {}

  update(rows: readonly RecentRow[]): CueTicket[] {
    const previous = this.watermark;
    for (const row of rows)
      if (this.watermark === null || row.updatedAt > this.watermark) this.watermark = row.updatedAt;
    if (previous === null) {
      for (const row of rows) this.announced.add(row.id);
      this.watermark ??= '';
      return [];
    }
    return rows
      .filter((row) => row.isNew && row.updatedAt > previous && !this.seen.has(row.id) && this.announced.add(row.id))
      .map(({ id, subject }) => ({ id, subject }));
  }
}
