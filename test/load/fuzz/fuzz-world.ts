/** Whose a ticket is: the fuzzed tenant's, or the other tenant's (whose tokens the fuzzer also holds). */
export type TicketOwner = 'tenant' | 'other tenant';

const KEPT_MESSAGE_IDS = 500;
const KEPT_DECIDED = 100;
const KEPT_CLAIMS_PER_WORKER = 20;

/**
 * What the fuzzer has learnt about the queue from its answers, so later valid requests name tickets,
 * claims, messages and rule versions that exist (and so get past the schema to the store).
 */
export class FuzzWorld {
  /** Tickets of the fuzzed tenant, legitimate and fuzz-made, in the order they became known. */
  readonly tickets: string[] = [];
  /** Tickets of the other tenant: a request of the fuzzed tenant naming one must not reach it. */
  readonly foreignTickets: string[] = [];
  /** Message ids seen in answers (a mutation reusing one must not overwrite it). */
  readonly messageIds: string[] = [];
  /** Tickets the AI decided (applied ai_decision): handed back and decided again, their costs add up. */
  readonly decided: string[] = [];
  /** Tickets a worker id holds a claim on (what its ai_decision pushes may decide). */
  readonly claims = new Map<string, string[]>();
  rulesVersion = 0;
  private readonly owners = new Map<string, TicketOwner>();
  private readonly lastMutationIds = new Map<string, number>();

  /** @param consoleClientIds client ids real consoles use; an attacker reads them in ticket history. */
  constructor(readonly consoleClientIds: readonly string[]) {}

  addTicket(id: string, owner: TicketOwner): void {
    if (this.owners.has(id)) return;
    this.owners.set(id, owner);
    (owner === 'tenant' ? this.tickets : this.foreignTickets).push(id);
  }

  ownerOf(id: string): TicketOwner | null {
    return this.owners.get(id) ?? null;
  }

  addMessageIds(ids: readonly string[]): void {
    this.messageIds.push(...ids);
    keepLast(this.messageIds, KEPT_MESSAGE_IDS);
  }

  addClaims(workerId: string, ticketIds: readonly string[]): void {
    const held = [...(this.claims.get(workerId) ?? []), ...ticketIds];
    keepLast(held, KEPT_CLAIMS_PER_WORKER);
    this.claims.set(workerId, held);
  }

  /** The next mutation id of a client, so its pushes are not all refused as duplicates of earlier ones. */
  nextMutationId(clientId: string): number {
    const next = (this.lastMutationIds.get(clientId) ?? 0) + 1;
    this.lastMutationIds.set(clientId, next);
    return next;
  }

  addDecided(ticketId: string): void {
    this.decided.push(ticketId);
    keepLast(this.decided, KEPT_DECIDED);
  }
}

function keepLast<T>(items: T[], count: number): void {
  items.splice(0, Math.max(0, items.length - count));
}
