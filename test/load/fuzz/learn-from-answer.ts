import type { FuzzWorld } from './fuzz-world.js';
import { TENANT_ROLES } from './identities.js';
import type { FuzzRequest } from './request-generator.js';
import { asRecord, type JsonRecord } from './json-record.js';

/** Tickets and message ids named in an answer (ticket, tickets, claims, results, messages). */
function namedInAnswer(answer: JsonRecord): { tickets: string[]; messages: string[] } {
  const tickets: string[] = [];
  const messages: string[] = [];
  const idOf = (value: unknown): string | null => {
    const id = asRecord(value)?.id;
    return typeof id === 'string' ? id : null;
  };
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const candidates = [
    idOf(answer.ticket),
    ...list(answer.tickets).map(idOf),
    ...list(answer.claims).map((claim) => idOf(asRecord(claim)?.ticket)),
    ...list(answer.results).map((result) => asRecord(result)?.ticketId),
  ];
  for (const id of candidates) if (typeof id === 'string') tickets.push(id);
  for (const id of list(answer.messages).map(idOf)) if (id !== null) messages.push(id);
  return { tickets, messages };
}

/**
 * Learns from a 2xx answer what now exists: tickets (and whose they are), message ids, the tickets a worker
 * claimed, the rules version, the tickets the AI decided. Returns each pushed mutation's outcome as
 * "<type> <status>" for the report.
 */
export function learnFromAnswer(
  world: FuzzWorld,
  request: FuzzRequest,
  sent: JsonRecord | null,
  answer: JsonRecord,
): string[] {
  const ownTenant = TENANT_ROLES.includes(request.identity);
  if (!ownTenant && request.identity !== 'other tenant') return [];
  const named = namedInAnswer(answer);
  for (const id of named.tickets) world.addTicket(id, ownTenant ? 'tenant' : 'other tenant');
  if (!ownTenant) return [];
  world.addMessageIds(named.messages);
  if (request.target === 'POST /v1/claims' && typeof sent?.workerId === 'string')
    world.addClaims(sent.workerId, named.tickets);
  if (request.target === 'PUT /v1/rules' && typeof answer.version === 'number') world.rulesVersion = answer.version;
  if (request.target !== 'POST /v1/mutations' || !Array.isArray(sent?.mutations) || !Array.isArray(answer.results))
    return [];
  const pushed = sent.mutations.map(asRecord);
  return answer.results.map(asRecord).map((result) => {
    const mutation = pushed.find((m) => m?.id === result?.id);
    if (result?.status === 'applied' && mutation?.type === 'ai_decision' && typeof mutation.ticketId === 'string')
      world.addDecided(mutation.ticketId);
    return `${typeof mutation?.type === 'string' ? mutation.type : '?'} ${String(result?.status)}`;
  });
}
