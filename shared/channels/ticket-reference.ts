import { MAX_SUBJECT_LENGTH } from '../domain/ticket.js';

/** Every ticket id is this prefix and a UUID (server/domain/ids.ts makes them). */
export const TICKET_ID_PREFIX = 'tkt_';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** `[#tkt_…]` as it stands in a subject; mail programs keep it through Re:, AW:, Fwd: and the like. */
const REFERENCE = new RegExp(`\\[\\s*#\\s*(${TICKET_ID_PREFIX}${UUID})\\s*\\]`, 'i');
const REFERENCES = new RegExp(REFERENCE.source, 'gi');
/** Reply and forward prefixes of common mail programs and languages (Re, AW, SV, Antw, RIF, Fwd, WG, TR, …). */
const PREFIXES =
  /^(?:\s*(?:re|aw|sv|vs|antw|antwort|rif|r|ref|res|odp|fw|fwd|wg|tr|enc|doorst|vb)\s*(?:\[\d+\])?\s*[:：]\s*)+/i;

/** The reference written into a subject for a ticket. */
export function ticketReference(ticketId: string): string {
  return `[#${ticketId}]`;
}

/** The ticket id a subject refers to (`Re: Order late [#tkt_…]`), or null. */
export function ticketIdInSubject(subject: string): string | null {
  return REFERENCE.exec(subject)?.[1]?.toLowerCase() ?? null;
}

/**
 * The subject of a reply on a ticket: `Re: <subject> [#<ticket id>]`, the subject without its reply prefixes and
 * references so they never pile up, and short enough to stay within MAX_SUBJECT_LENGTH.
 */
export function replySubject(subject: string, ticketId: string): string {
  const reference = ticketReference(ticketId);
  const bare = subject.replace(REFERENCES, ' ').replace(/\s+/g, ' ').trim().replace(PREFIXES, '').trim();
  const room = MAX_SUBJECT_LENGTH - 'Re: '.length - reference.length - 1;
  const kept =
    bare.length > room
      ? `${bare
          .slice(0, room - 1)
          .replace(/[\uD800-\uDBFF]$/, '')
          .trimEnd()}…`
      : bare;
  return kept === '' ? `Re: ${reference}` : `Re: ${kept} ${reference}`;
}
