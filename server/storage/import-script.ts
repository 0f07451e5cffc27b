import type { Message, Ticket } from '../../shared/domain/ticket.js';
import type { AuditEntry } from '../audit/audit-chain.js';
import { SYSTEM_ACTOR } from '../audit/audit-entries.js';
import {
  importAuditEntry,
  importedMessageId,
  importedMessageRow,
  importFingerprint,
  plannedImport,
  reimportedTicket,
  SeqRange,
  type ImportedTicket,
  type ImportedTicketRecord,
  type ImportTicketResult,
  type ImportTicketsInput,
} from '../domain/ticket-import.js';
import { appendAudit } from './audit-append.js';
import { perform, type Script } from './store-operations.js';
import { ticketFromRow } from './ticket-rows.js';

/**
 * Imports a batch of tickets with their messages in one transaction (see ImportOperations). A ticket is known by
 * its external id (unique per tenant and system): one never imported is created with its messages and original
 * times; one imported exactly like this before is left alone; one that changed gets the messages it lacks (and
 * the source's status and fields, unless someone changed it in the queue since). Each created or changed ticket
 * gets one audit record, so its history says where it came from. The external ids of a batch are distinct.
 */
export function* importTickets(input: ImportTicketsInput): Script<ImportTicketResult[]> {
  const { tenantId, system } = input;
  const actor = input.actor ?? SYSTEM_ACTOR;
  const at = input.now.toISOString();
  if (new Set(input.tickets.map((ticket) => ticket.externalId)).size !== input.tickets.length)
    throw new Error('An import batch names the same external id twice.');
  yield* perform('lockFeed', tenantId);
  const earlier = yield* perform(
    'importedTickets',
    tenantId,
    system,
    input.tickets.map((ticket) => ticket.externalId),
  );
  const known = new Map(earlier.map((record) => [record.externalId, record]));

  const results = new Map<string, ImportTicketResult>();
  const records: ImportedTicketRecord[] = [];
  const audit: AuditEntry[] = [];
  /** `importedVersion`: the version the source's fields were last taken at (a later one: changed in the queue). */
  const record = (ticket: Ticket, imported: ImportedTicket, result: ImportTicketResult, importedVersion: number) => {
    results.set(imported.externalId, result);
    records.push({
      externalId: imported.externalId,
      ticketId: ticket.id,
      fingerprint: importFingerprint(imported),
      importedVersion,
    });
    if (result.outcome !== 'unchanged')
      audit.push(importAuditEntry(ticket, system, imported, result.outcome, result.messagesAdded, actor, at));
  };

  const fresh = input.tickets.filter((ticket) => !known.has(ticket.externalId));
  if (fresh.length > 0) {
    const count = fresh.reduce((sum, ticket) => sum + ticket.messages.length + 1, 0);
    const last = yield* perform('reserveSeqs', tenantId, count);
    const seqs = new SeqRange(last - count + 1, last);
    const planned = fresh.map((imported) => ({ imported, ...plannedImport(tenantId, system, imported, seqs) }));
    // Tickets first: each message names its ticket.
    yield* perform(
      'insertTickets',
      planned.map(({ ticket }) => ticket),
    );
    yield* perform(
      'insertMessages',
      tenantId,
      planned.flatMap(({ messages }) => messages),
    );
    for (const { imported, ticket, messages } of planned)
      record(
        ticket,
        imported,
        { externalId: imported.externalId, ticketId: ticket.id, outcome: 'created', messagesAdded: messages.length },
        ticket.version,
      );
  }

  for (const imported of input.tickets) {
    const before = known.get(imported.externalId);
    if (!before) continue;
    if (before.fingerprint === importFingerprint(imported)) {
      results.set(imported.externalId, {
        externalId: imported.externalId,
        ticketId: before.ticketId,
        outcome: 'unchanged',
        messagesAdded: 0,
      });
      continue;
    }
    const { ticket, messagesAdded, inSync } = yield* reimport(tenantId, input, imported, before);
    const result = { externalId: imported.externalId, ticketId: ticket.id, outcome: 'updated', messagesAdded } as const;
    record(ticket, imported, result, inSync ? ticket.version : before.importedVersion);
  }

  yield* perform('saveImportedTickets', tenantId, system, records);
  yield* appendAudit(audit);
  return input.tickets.map((ticket) => {
    const result = results.get(ticket.externalId);
    if (!result) throw new Error(`No import result for ${ticket.externalId}.`);
    return result;
  });
}

/** A ticket imported before whose source changed: the messages it lacks, then the ticket one version on. */
function* reimport(
  tenantId: string,
  input: ImportTicketsInput,
  imported: ImportedTicket,
  before: ImportedTicketRecord,
): Script<{ ticket: Ticket; messagesAdded: number; inSync: boolean }> {
  const row = yield* perform('ticketRow', tenantId, before.ticketId, true);
  if (!row) throw new Error(`The ticket ${before.ticketId} imported from ${imported.externalId} is missing.`);
  const stored = ticketFromRow(row);
  const present = new Set(
    yield* perform(
      'presentMessageIds',
      tenantId,
      imported.messages.map((message) => importedMessageId(input.system, imported, message)),
    ),
  );
  const missing = imported.messages.filter(
    (message) => !present.has(importedMessageId(input.system, imported, message)),
  );
  const last = yield* perform('reserveSeqs', tenantId, missing.length + 1);
  const seqs = new SeqRange(last - missing.length, last);
  const messages: Message[] = missing.map((message) =>
    importedMessageRow(input.system, imported, stored.id, message, seqs.take()),
  );
  yield* perform('insertMessages', tenantId, messages);
  const inSync = stored.version === before.importedVersion;
  const ticket = reimportedTicket(stored, imported, inSync, seqs.take());
  yield* perform('updateTicket', ticket);
  return { ticket, messagesAdded: messages.length, inSync };
}
