import { MAX_MUTATIONS_PER_PUSH, type Mutation } from '../../shared/api/mutations.js';
import { PUSH_REFUSAL_CODES } from '../../shared/api/push-refusals.js';

/**
 * How far past a client's last processed mutation id a push may reach: one full push. Consoles number
 * their changes 1, 2, 3... and send them in order, so their pushes never reach further; an id far
 * ahead would make the client's next real changes look like replays ("duplicate") and be dropped.
 */
export const MAX_MUTATION_ID_STEP = MAX_MUTATIONS_PER_PUSH;

/** A client id's counter as stored: the principal it belongs to (Caller.principal), and the last mutation id processed. */
export interface ClientCounter {
  /** Null for counters from before client ids were bound: the next principal to push takes them. */
  owner: string | null;
  lastMutationId: number;
}

/** Why a whole push (or a pull naming a client id) is refused; nothing of it is applied or counted. */
export type PushRefusal =
  | { reason: typeof PUSH_REFUSAL_CODES.clientIdTaken; clientId: string }
  | {
      reason: typeof PUSH_REFUSAL_CODES.idsOutOfRange;
      clientId: string;
      lastMutationId: number;
      highestAllowed: number;
      highestSent: number;
    };

/** Thrown by a store inside its transaction, so the refused push leaves nothing behind. */
export class PushRefused extends Error {
  constructor(readonly refusal: PushRefusal) {
    super(`Push refused: ${refusal.reason}`);
    this.name = 'PushRefused';
  }
}

/** Whether the client id belongs to another principal than the caller's (`user:<id>` or `token:<id>`). */
export function belongsToAnother(counter: ClientCounter | null, principal: string): boolean {
  return counter !== null && counter.owner !== null && counter.owner !== principal;
}

/** Refuses a pull that names another principal's client id (its counter is that console's business). */
export function checkPullClient(clientId: string, counter: ClientCounter | null, principal: string): void {
  if (belongsToAnother(counter, principal))
    throw new PushRefused({ reason: PUSH_REFUSAL_CODES.clientIdTaken, clientId });
}

/**
 * Refuses a push whose client id belongs to another principal, or whose ids reach further than one push
 * past the client's counter (a new client id counts from 0). Called before anything is applied.
 */
export function checkPush(
  clientId: string,
  counter: ClientCounter | null,
  principal: string,
  mutations: readonly Mutation[],
): void {
  if (belongsToAnother(counter, principal))
    throw new PushRefused({ reason: PUSH_REFUSAL_CODES.clientIdTaken, clientId });
  const lastMutationId = counter?.lastMutationId ?? 0;
  const highestAllowed = lastMutationId + MAX_MUTATION_ID_STEP;
  const highestSent = Math.max(...mutations.map((mutation) => mutation.id));
  if (highestSent > highestAllowed) {
    throw new PushRefused({
      reason: PUSH_REFUSAL_CODES.idsOutOfRange,
      clientId,
      lastMutationId,
      highestAllowed,
      highestSent,
    });
  }
}
