import { createHash } from 'node:crypto';
import type { Customer, Escalation, Message, Ticket, TicketStatus } from '../../shared/domain/ticket.js';
import type { AuditEntry } from '../audit/audit-chain.js';
import { AUDIT_ACTIONS, auditActorOf, type TokenActor } from '../audit/audit-entries.js';
import { newTicketId } from './ids.js';

/** The systems tickets are imported from; a ticket's external id is unique per tenant and system. */
export type ImportSystem = 'zendesk';

/** One message of an imported ticket, with the id it had in the system it came from. */
export interface ImportedMessage {
  externalId: string;
  author: Message['author'];
  authorName: string | null;
  kind: Message['kind'];
  text: string;
  /** ISO time it was written in the system it came from. */
  createdAt: string;
}

/** A ticket read from another system, ready to store: the queue's fields plus what only the audit record keeps. */
export interface ImportedTicket {
  externalId: string;
  subject: string;
  customer: Customer;
  channel: string;
  status: Exclude<TicketStatus, 'new' | 'ai_resolved'>;
  language: string | null;
  ownerQueue: string | null;
  escalation: Escalation | null;
  createdAt: string;
  updatedAt: string;
  messages: readonly ImportedMessage[];
  /** Kept in the ticket's import audit record (the queue's ticket has no field for them): priority, tags, type. */
  details: Readonly<Record<string, string | readonly string[] | null>>;
}

export interface ImportTicketsInput {
  tenantId: string;
  system: ImportSystem;
  /** Who ran the import, for the audit trail (`system` when absent). */
  actor?: TokenActor;
  tickets: readonly ImportedTicket[];
  now: Date;
}

/** created: new ticket; updated: messages added or fields changed; unchanged: imported before exactly like this. */
export type ImportOutcome = 'created' | 'updated' | 'unchanged';

export interface ImportTicketResult {
  externalId: string;
  ticketId: string;
  outcome: ImportOutcome;
  /** Messages written by this import. */
  messagesAdded: number;
}

/** What the queue keeps of an imported ticket: where it came from, what it looked like, the version it left. */
export interface ImportedTicketRecord {
  externalId: string;
  ticketId: string;
  /** sha256 of the ticket as imported: the same again is unchanged, without reading the ticket. */
  fingerprint: string;
  /** The ticket's version after the import wrote it; a later version means someone changed it in the queue since. */
  importedVersion: number;
}

export function importFingerprint(ticket: ImportedTicket): string {
  return createHash('sha256').update(JSON.stringify(ticket)).digest('hex');
}

/** A message's id in the queue, the same on every import of it (messages are unique per tenant). */
export function importedMessageId(system: ImportSystem, ticket: ImportedTicket, message: ImportedMessage): string {
  return `msg_${system}_${ticket.externalId}_${message.externalId}`;
}

/** Feed numbers drawn for a batch, handed out in order. */
export class SeqRange {
  private next: number;
  constructor(
    first: number,
    private readonly last: number,
  ) {
    this.next = first;
  }
  take(): number {
    if (this.next > this.last) throw new Error('The import drew fewer feed numbers than it writes rows.');
    return this.next++;
  }
}

/** A new ticket from an imported one: its messages first (their own feed numbers), then the ticket with the next. */
export function plannedImport(
  tenantId: string,
  system: ImportSystem,
  imported: ImportedTicket,
  seqs: SeqRange,
): { ticket: Ticket; messages: Message[] } {
  const id = newTicketId();
  const messages = imported.messages.map((message) => importedMessageRow(system, imported, id, message, seqs.take()));
  const ticket: Ticket = {
    id,
    tenantId,
    subject: imported.subject,
    customer: imported.customer,
    channel: imported.channel,
    status: imported.status,
    language: imported.language,
    intent: null,
    confidence: null,
    ownerQueue: imported.ownerQueue,
    escalation: imported.escalation,
    aiDraft: null,
    summary: null,
    // A person handled it in the system it came from; the AI only drafts for it from now on.
    humanTouched: true,
    csat: null,
    review: null,
    version: 1,
    createdAt: imported.createdAt,
    updatedAt: imported.updatedAt,
    seq: seqs.take(),
  };
  return { ticket, messages };
}

export function importedMessageRow(
  system: ImportSystem,
  imported: ImportedTicket,
  ticketId: string,
  message: ImportedMessage,
  seq: number,
): Message {
  return {
    id: importedMessageId(system, imported, message),
    ticketId,
    author: message.author,
    authorName: message.authorName,
    kind: message.kind,
    text: message.text,
    createdAt: message.createdAt,
    seq,
  };
}

/**
 * The stored ticket after a later import of it: the source's fields when nobody changed the ticket in the queue
 * since the last import (else the queue's own state stays), one version on, with its new feed number.
 */
export function reimportedTicket(stored: Ticket, imported: ImportedTicket, inSync: boolean, seq: number): Ticket {
  const fromSource = inSync
    ? {
        subject: imported.subject,
        customer: imported.customer,
        status: imported.status,
        language: imported.language,
        ownerQueue: imported.ownerQueue,
        escalation: imported.escalation,
        updatedAt: imported.updatedAt,
      }
    : {};
  return { ...stored, ...fromSource, version: stored.version + 1, seq };
}

/** One audit record per imported ticket, so the ticket's own history says where it came from. */
export function importAuditEntry(
  ticket: Ticket,
  system: ImportSystem,
  imported: ImportedTicket,
  outcome: Exclude<ImportOutcome, 'unchanged'>,
  messagesAdded: number,
  actor: TokenActor,
  at: string,
): AuditEntry {
  return {
    tenantId: ticket.tenantId,
    ticketId: ticket.id,
    actor: auditActorOf(actor, null),
    at,
    action: outcome === 'created' ? AUDIT_ACTIONS.imported : AUDIT_ACTIONS.reimported,
    inputs: {
      system,
      externalId: imported.externalId,
      status: ticket.status,
      version: ticket.version,
      messagesAdded,
      ...imported.details,
    },
    reason: null,
  };
}
