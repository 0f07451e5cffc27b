import type { Message, Ticket } from '../shared/domain/ticket.js';

/** Longest text, in characters, that the language detector and classifier look at. */
export const MAX_ANALYSED_CHARS = 4000;

/**
 * What the customer is asking now: their messages since the last AI or agent reply (internal notes
 * do not count), joined; the ticket subject when the thread has no customer message.
 */
export function latestCustomerText(ticket: Ticket, messages: readonly Message[]): string {
  const ordered = [...messages].sort((a, b) => a.seq - b.seq || a.createdAt.localeCompare(b.createdAt));
  const trailing: string[] = [];
  for (let i = ordered.length - 1; i >= 0; i--) {
    const m = ordered[i]!;
    if (m.kind === 'note') continue;
    if (m.author !== 'customer') {
      if (trailing.length > 0) break;
      continue; // customer messages before the last reply still matter if none came after it
    }
    trailing.unshift(m.text.trim());
  }
  const text = trailing.filter(Boolean).join('\n') || ticket.subject.trim();
  return text.length > MAX_ANALYSED_CHARS ? text.slice(-MAX_ANALYSED_CHARS) : text;
}
