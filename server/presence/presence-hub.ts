import { PRESENCE_TTL_MS, type PresenceEntry, type PresenceState } from '../../shared/api/presence-contract.js';
import { PresenceBoard } from './presence-board.js';
import type { PresenceNotice, PresencePeers } from './presence-notice.js';

export type PresenceListener = (entry: PresenceEntry) => void;

export interface PresenceHubOptions {
  /** The other queue processes (PostgreSQL); without them presence stays in this process. */
  peers?: PresencePeers | null;
  now?: () => Date;
  /** How long a presence holds without a heartbeat (PRESENCE_TTL_MS; tests pass a short one). */
  ttlMs?: number;
}

/** The expiry sweep runs this often at most (a quarter of the TTL when that is shorter). */
const SWEEP_MS = 1_000;

/**
 * Presence in a queue process: its board, the tenants' event streams listening here, and the other processes. Every
 * process holds the whole board: what is said here is told to the others (PostgreSQL NOTIFY), what they say is
 * applied here, so a console's stream sees every presence whichever process it is connected to. Each process ends
 * expired presences on its own (the `until` instants travel with the entries).
 */
export class PresenceHub {
  private readonly board = new PresenceBoard();
  private readonly listeners = new Map<string, Set<PresenceListener>>();
  private readonly now: () => Date;
  private readonly peers: PresencePeers | null;
  readonly ttlMs: number;
  private sweep: NodeJS.Timeout | null = null;

  constructor(options: PresenceHubOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.peers = options.peers ?? null;
    this.ttlMs = options.ttlMs ?? PRESENCE_TTL_MS;
  }

  /** The caller's presence said through this process; answers the entry as the board holds it. */
  say(
    tenantId: string,
    said: { ticketId: string; principal: string; name: string; state: PresenceState | 'left' },
    consoleId: string | null,
  ): PresenceEntry {
    const untilMs = this.now().getTime() + (said.state === 'left' ? 0 : this.ttlMs);
    const changes = this.board.say(tenantId, { ...said, consoleId, untilMs });
    const entry: PresenceEntry = { ...said, until: new Date(untilMs).toISOString() };
    this.peers?.share({ kind: 'said', tenant: tenantId, entry, console: consoleId });
    this.tell(tenantId, changes);
    return entry;
  }

  /** A console's event stream closed here: its presences end, here and in the other processes. */
  consoleClosed(tenantId: string, principal: string, consoleId: string): void {
    this.peers?.share({ kind: 'console_closed', tenant: tenantId, principal, console: consoleId });
    this.tell(tenantId, this.board.endConsole(tenantId, principal, consoleId, this.now().getTime()));
  }

  /** What another queue process said. */
  receive(notice: PresenceNotice): void {
    if (notice.kind === 'console_closed') {
      const ended = this.board.endConsole(notice.tenant, notice.principal, notice.console, this.now().getTime());
      this.tell(notice.tenant, ended);
      return;
    }
    const { entry } = notice;
    const said = { ...entry, consoleId: notice.console, untilMs: Date.parse(entry.until) };
    this.tell(notice.tenant, this.board.say(notice.tenant, said));
  }

  /** The tenant's live presences now (a stream's first presence events). */
  live(tenantId: string): PresenceEntry[] {
    return this.board.live(tenantId, this.now().getTime());
  }

  /** Listens to the tenant's presence changes; answers the function that stops it. */
  subscribe(tenantId: string, listener: PresenceListener): () => void {
    const set = this.listeners.get(tenantId) ?? new Set<PresenceListener>();
    set.add(listener);
    this.listeners.set(tenantId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(tenantId) === set) this.listeners.delete(tenantId);
    };
  }

  /** Stops the expiry sweep (the app closes). */
  close(): void {
    if (this.sweep) clearInterval(this.sweep);
    this.sweep = null;
  }

  private tell(tenantId: string, entries: PresenceEntry[]): void {
    for (const entry of entries) {
      for (const listener of [...(this.listeners.get(tenantId) ?? [])]) listener(entry);
    }
    this.sweepWhileHeld();
  }

  /** Runs the expiry sweep while the board holds anything; stops it when the board is empty. */
  private sweepWhileHeld(): void {
    if (this.board.size === 0) {
      this.close();
      return;
    }
    if (this.sweep) return;
    this.sweep = setInterval(() => this.expire(), Math.min(SWEEP_MS, Math.max(10, this.ttlMs / 4)));
    this.sweep.unref();
  }

  private expire(): void {
    for (const [tenantId, ended] of this.board.expire(this.now().getTime())) this.tell(tenantId, ended);
    if (this.board.size === 0) this.close();
  }
}
