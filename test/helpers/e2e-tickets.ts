/** A ticket as the queue of an end-to-end stack holds it: waited for, and read. */
import type { TicketWithMessages } from '../../shared/api/queue-contract.js';
import type { Ticket } from '../../shared/domain/ticket.js';
import { waitForValue } from './child-process.js';
import type { Stack } from './switchboard-stack.js';

/** Asks the queue for the ticket until `holds` is true of it; resolves with the ticket as it was then. */
export function waitForTicket(
  stack: Stack,
  id: string,
  holds: (found: TicketWithMessages) => boolean,
  timeoutMs: number,
  what: string,
): Promise<TicketWithMessages> {
  return waitForValue(() => stack.getTicket(id), holds, timeoutMs, what);
}

type Fields<T> = T extends object ? { [K in keyof T]?: Fields<T[K]> } : T;

/** True when `actual` has every field of `expected` with its value (nested objects compared the same way). */
function hasFields(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return Object.is(actual, expected);
  if (actual === null || typeof actual !== 'object') return false;
  return Object.entries(expected).every(([key, value]) => hasFields((actual as Record<string, unknown>)[key], value));
}

/** Waits until the queue's ticket has `fields` (e.g. `{ status: 'resolved' }`); resolves with the ticket then. */
export function waitForTicketWith(
  stack: Stack,
  id: string,
  fields: Fields<Ticket>,
  timeoutMs: number,
): Promise<TicketWithMessages> {
  const what = `the queue's ticket ${id} to have ${JSON.stringify(fields)}`;
  return waitForTicket(stack, id, (found) => hasFields(found.ticket, fields), timeoutMs, what);
}

/** Waits until an AI has decided a posted ticket (it is no longer new). */
export function waitForAiDecision(stack: Stack, id: string): Promise<TicketWithMessages> {
  return waitForTicket(stack, id, (found) => found.ticket.status !== 'new', 60_000, `the AI decision on ${id}`);
}

/** The texts of the replies agents sent on the ticket, oldest first. */
export function agentReplies(found: TicketWithMessages): string[] {
  return found.messages.filter((m) => m.author === 'agent' && m.kind === 'reply').map((m) => m.text);
}

/** Posts a ticket for each text, one after the other; resolves with their ids in that order. */
export async function postTickets(stack: Stack, subject: string, texts: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const text of texts) ids.push((await stack.postTicket(subject, text)).ticket.id);
  return ids;
}
