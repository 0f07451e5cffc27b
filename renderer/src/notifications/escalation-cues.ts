/**
 * Which new escalations the desktop cues announce (RecentEscalationCues), and the bounded id sets the cues remember
 * across reloads (also the SLA breaches announced to a lead, renderer/src/sla/breach-cues.ts).
 */

export interface CueTicket {
  id: string;
  subject: string;
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
