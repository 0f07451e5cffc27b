import { randomUUID } from 'node:crypto';
import {
  PRESENCE_CONSOLE_HEADER,
  type presenceConsoleMethods,
  type PresenceAnswer,
  type PresenceEntry,
  type PresenceUpdate,
} from '../../../shared/api/presence-contract.js';
import { ok, type Result } from '../../../shared/result.js';
import type { ServiceOf } from '../console/forward-to.js';
import { OthersPresence } from './others-presence.js';
import { OwnPresence } from './own-presence.js';

export interface ConsolePresenceOptions {
  /** POST /v1/presence from this console. */
  send: (update: PresenceUpdate, consoleId: string) => Promise<Result<PresenceAnswer>>;
  online: () => boolean;
  /** This console's person's principal as the console knows it (`user:<id>`), null while unknown. */
  ownPrincipal: () => string | null;
  /** Another person's presence changed (ConsoleService.notifyPresenceChanged). */
  changed: (entry: PresenceEntry) => void;
  now?: () => Date;
  heartbeatMs?: number;
}

/**
 * The console's presence (issue 19): its person's presence told to the queue (OwnPresence) and the other people's
 * heard on the event stream (OthersPresence). `consoleId` names this console to the queue: the event stream sends it
 * too (eventStream), so the queue ends this console's presences when the stream closes.
 */
export class ConsolePresence {
  readonly consoleId = `console-${randomUUID()}`;
  readonly service: ServiceOf<keyof typeof presenceConsoleMethods>;
  private readonly own: OwnPresence;
  private readonly others: OthersPresence;
  /** The principal the queue named this console's person with (a token bound to no user is known only this way). */
  private learnedPrincipal: string | null = null;

  constructor(options: ConsolePresenceOptions) {
    const isOwn = (principal: string) => principal === this.learnedPrincipal || principal === options.ownPrincipal();
    this.others = new OthersPresence({ isOwn, changed: options.changed, now: options.now ?? (() => new Date()) });
    this.own = new OwnPresence({
      send: (update) => options.send(update, this.consoleId),
      online: options.online,
      learned: (principal) => {
        if (principal === this.learnedPrincipal) return;
        this.learnedPrincipal = principal;
        this.others.forget(principal);
      },
      ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
    });
    this.service = {
      setPresence: async (update) => ok({ shared: await this.own.set(update) }),
      listPresence: () => ok({ entries: this.others.list() }),
    };
  }

  /** What the console's event stream listens with: this console's id, the presence events, its connection. */
  get eventStream() {
    return {
      headers: { [PRESENCE_CONSOLE_HEADER]: this.consoleId },
      onPresence: (entry: PresenceEntry) => this.others.heard(entry),
      // A dropped stream hears no `left`: forget them all; the next connect tells the live ones again.
      onConnectionChange: (connected: boolean) => {
        if (!connected) this.others.forget(null);
      },
    };
  }

  stop(): void {
    this.own.stop();
    this.others.stop();
  }
}
