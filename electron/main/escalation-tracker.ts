import { ENGLISH_CUES, type DesktopCueText } from './desktop-cue-text.js';

/**
 * Follows the escalation inbox for the tray and for notifications: how many tickets wait for a
 * human, and which ones arrived since the last look. The first look only sets the baseline, so
 * starting the app does not announce every ticket already waiting.
 */

export interface InboxTicket {
  id: string;
  subject: string;
}

export interface InboxChange {
  count: number;
  /** Tickets in the inbox now that were not in it at the last look (none on the first look). */
  arrived: InboxTicket[];
}

export class EscalationTracker {
  private known: Set<string> | null = null;

  update(inbox: readonly InboxTicket[]): InboxChange {
    const ids = new Set(inbox.map((ticket) => ticket.id));
    const previous = this.known;
    this.known = ids;
    if (previous === null) return { count: ids.size, arrived: [] };
    return { count: ids.size, arrived: inbox.filter((ticket) => !previous.has(ticket.id)) };
  }
}

export interface EscalationNotice {
  title: string;
  body: string;
}

/** One notification per batch of arrivals: a burst of ten escalations is one notice, not ten. */
export function escalationNotice(
  arrived: readonly InboxTicket[],
  text: DesktopCueText = ENGLISH_CUES,
): EscalationNotice | null {
  const [first] = arrived;
  if (!first) return null;
  if (arrived.length === 1) return { title: text.words.newEscalation, body: first.subject };
  return {
    title: text.count(text.words.newEscalations, arrived.length),
    body: text.count(text.words.andMore, arrived.length - 1, { first: first.subject }),
  };
}

/** The tray's tooltip (and macOS menu-bar title) for a given count. */
export function trayLabel(count: number | null, text: DesktopCueText = ENGLISH_CUES): string {
  if (count === null) return text.words.connecting;
  if (count === 0) return text.words.noneWaiting;
  return text.count(text.words.waiting, count);
}
