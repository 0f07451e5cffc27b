import { ENGLISH_DESKTOP_TEXT, type DesktopText } from './desktop-text.js';

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
  t: DesktopText = ENGLISH_DESKTOP_TEXT,
): EscalationNotice | null {
  const [first] = arrived;
  if (!first) return null;
  if (arrived.length === 1) return { title: t('desktop.newEscalation'), body: first.subject };
  return {
    title: t('desktop.newEscalations', { count: arrived.length }),
    body: t('desktop.andMore', { count: arrived.length - 1, first: first.subject }),
  };
}

/** The tray's tooltip (and macOS menu-bar title) for a given count. */
export function trayLabel(count: number | null, t: DesktopText = ENGLISH_DESKTOP_TEXT): string {
  if (count === null) return t('desktop.tray.connecting');
  if (count === 0) return t('desktop.tray.noneWaiting');
  return t('desktop.tray.waiting', { count });
}
