import {
  PRESENCE_HEARTBEAT_MS,
  type PresenceAnswer,
  type PresenceState,
  type PresenceUpdate,
} from '../../../shared/api/presence-contract.js';
import type { Result } from '../../../shared/result.js';

/** The most tickets this console says its person is on at once (the queue keeps as many per person). */
export const MAX_OWN_PRESENCES = 5;

export interface OwnPresenceOptions {
  /** POST /v1/presence (the console's id is added by the caller). */
  send: (update: PresenceUpdate) => Promise<Result<PresenceAnswer>>;
  /** Whether the queue can be told now (online and signed in); offline nothing is sent, nor kept to send later. */
  online: () => boolean;
  /** The queue named this console's person (its principal). */
  learned: (principal: string) => void;
  heartbeatMs?: number;
}

/**
 * This console's person's presence: said at once, repeated every PRESENCE_HEARTBEAT_MS while they stay on the ticket,
 * and `left` ends the repetition. Offline a presence is not shared (the heartbeat says it again once online).
 */
export class OwnPresence {
  private readonly held = new Map<string, { state: PresenceState; timer: NodeJS.Timeout }>();

  constructor(private readonly options: OwnPresenceOptions) {}

  /** Says the person's presence on a ticket now; answers whether the queue took it. */
  async set(update: PresenceUpdate): Promise<boolean> {
    const current = this.held.get(update.ticketId);
    if (current) clearInterval(current.timer);
    this.held.delete(update.ticketId);
    if (update.state !== 'left') this.hold(update.ticketId, update.state);
    return this.say(update);
  }

  /** Ends the repetitions (the console closes; its event stream closing ends the presences on the queue). */
  stop(): void {
    for (const { timer } of this.held.values()) clearInterval(timer);
    this.held.clear();
  }

  private hold(ticketId: string, state: PresenceState): void {
    const oldest = this.held.keys().next();
    if (!oldest.done && this.held.size >= MAX_OWN_PRESENCES) void this.set({ ticketId: oldest.value, state: 'left' });
    const timer = setInterval(
      () => void this.say({ ticketId, state }),
      this.options.heartbeatMs ?? PRESENCE_HEARTBEAT_MS,
    );
    timer.unref();
    this.held.set(ticketId, { state, timer });
  }

  private async say(update: PresenceUpdate): Promise<boolean> {
    if (!this.options.online()) return false;
    const answer = await this.options.send(update);
    if (answer.ok) this.options.learned(answer.value.principal);
    return answer.ok;
  }
}
