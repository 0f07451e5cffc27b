import type { PresenceEntry, PresenceState } from '../../shared/api/presence-contract.js';

/** A tenant's board keeps at most this many presences; past it the one closest to expiring ends. */
export const MAX_PRESENCES_PER_TENANT = 2_000;
/** One person is on at most this many tickets at once (several windows); past it their oldest presence ends. */
export const MAX_TICKETS_PER_PRINCIPAL = 5;

/** A presence as the board holds it: the entry others see, and the console whose event stream it is tied to. */
interface Held {
  entry: PresenceEntry;
  /** The console that said it (its PRESENCE_CONSOLE_HEADER), null when it sent none: then only the TTL ends it. */
  consoleId: string | null;
  untilMs: number;
}

/** One person's presence on one ticket, as a console said it (the queue fills in who from the caller). */
export interface PresenceSaid {
  ticketId: string;
  principal: string;
  name: string;
  state: PresenceState | 'left';
  consoleId: string | null;
  /** Until when it holds (now + the TTL where it was said). */
  untilMs: number;
}

/**
 * The live presences of every tenant, in memory and bounded (per tenant, per person). Each method answers the entries
 * others must hear about: the one said, and `left` for every presence it ended (ended by the bounds, a closed stream
 * or the TTL). Never stored: a restarted queue process starts empty and fills again with the next heartbeats.
 */
export class PresenceBoard {
  private readonly tenants = new Map<string, Map<string, Held>>();

  /** A presence said (a heartbeat, a change of state, or `left`). */
  say(tenantId: string, said: PresenceSaid): PresenceEntry[] {
    const board = this.tenants.get(tenantId) ?? new Map<string, Held>();
    const key = keyOf(said.principal, said.ticketId);
    const until = new Date(said.untilMs).toISOString();
    const entry: PresenceEntry = {
      ticketId: said.ticketId,
      principal: said.principal,
      name: said.name,
      state: said.state,
      until,
    };
    if (said.state === 'left') {
      const ended = board.get(key);
      if (!ended) return [];
      this.remove(tenantId, board, key);
      return [{ ...ended.entry, state: 'left', until }];
    }
    const changes: PresenceEntry[] = [];
    if (!board.has(key)) {
      changes.push(...this.makeRoom(tenantId, board, said.principal, said.untilMs));
    }
    board.set(key, { entry, consoleId: said.consoleId, untilMs: said.untilMs });
    this.tenants.set(tenantId, board);
    changes.push(entry);
    return changes;
  }

  /** A console's event stream closed: its person's presences said through that console end at once. */
  endConsole(tenantId: string, principal: string, consoleId: string, nowMs: number): PresenceEntry[] {
    const board = this.tenants.get(tenantId);
    if (!board) return [];
    const ended: PresenceEntry[] = [];
    for (const [key, held] of [...board]) {
      if (held.consoleId !== consoleId || held.entry.principal !== principal) continue;
      this.remove(tenantId, board, key);
      ended.push(leftAt(held, nowMs));
    }
    return ended;
  }

  /** Ends every presence not repeated in time; answers the `left` entries per tenant. */
  expire(nowMs: number): Map<string, PresenceEntry[]> {
    const ended = new Map<string, PresenceEntry[]>();
    for (const [tenantId, board] of [...this.tenants]) {
      for (const [key, held] of [...board]) {
        if (held.untilMs > nowMs) continue;
        this.remove(tenantId, board, key);
        ended.set(tenantId, [...(ended.get(tenantId) ?? []), leftAt(held, held.untilMs)]);
      }
    }
    return ended;
  }

  /** The tenant's live presences (what a console is told when its event stream opens). */
  live(tenantId: string, nowMs: number): PresenceEntry[] {
    return [...(this.tenants.get(tenantId)?.values() ?? [])]
      .filter((held) => held.untilMs > nowMs)
      .map((held) => held.entry);
  }

  /** How many presences the board holds, all tenants together (the expiry sweep runs while there are any). */
  get size(): number {
    let count = 0;
    for (const board of this.tenants.values()) count += board.size;
    return count;
  }

  /** Ends presences so one more of `principal` fits: their oldest past MAX_TICKETS_PER_PRINCIPAL, the tenant's past its cap. */
  private makeRoom(tenantId: string, board: Map<string, Held>, principal: string, nowMs: number): PresenceEntry[] {
    const ended: PresenceEntry[] = [];
    const own = [...board].filter(([, held]) => held.entry.principal === principal);
    for (const [key, held] of soonestFirst(own).slice(0, Math.max(0, own.length - MAX_TICKETS_PER_PRINCIPAL + 1))) {
      this.remove(tenantId, board, key);
      ended.push(leftAt(held, nowMs));
    }
    for (const [key, held] of soonestFirst([...board]).slice(
      0,
      Math.max(0, board.size - MAX_PRESENCES_PER_TENANT + 1),
    )) {
      this.remove(tenantId, board, key);
      ended.push(leftAt(held, nowMs));
    }
    return ended;
  }

  private remove(tenantId: string, board: Map<string, Held>, key: string): void {
    board.delete(key);
    if (board.size === 0) this.tenants.delete(tenantId);
  }
}

function keyOf(principal: string, ticketId: string): string {
  return JSON.stringify([principal, ticketId]);
}

function soonestFirst(held: [string, Held][]): [string, Held][] {
  return held.sort(([, a], [, b]) => a.untilMs - b.untilMs);
}

function leftAt(held: Held, atMs: number): PresenceEntry {
  return { ...held.entry, state: 'left', until: new Date(atMs).toISOString() };
}
