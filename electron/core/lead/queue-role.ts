import { createHash } from 'node:crypto';
import type { Role } from '../../../shared/api/queue-contract.js';
import type { WhoAmI } from '../../../shared/api/whoami.js';
import type { Result } from '../../../shared/result.js';
import type { MetaStore } from '../store/meta-store.js';

export interface WhoAmISource {
  whoami(): Promise<Result<WhoAmI>>;
}

const RoleValues: readonly Role[] = ['agent', 'lead', 'autopilot', 'admin'];

/**
 * The role of this console's queue token. Asked from the queue (GET /v1/whoami) and remembered in the
 * cache per token, so a lead's console still shows the lead screens offline after one online start.
 */
export class QueueRole {
  private readonly key: string;
  private inFlight: Promise<void> | null = null;

  constructor(
    private readonly meta: MetaStore,
    private readonly source: WhoAmISource,
    token: string,
    private readonly onChange: () => void = () => undefined,
  ) {
    // Only a hash prefix of the token names the entry: the token itself never lands in the cache.
    this.key = `queueRole:${createHash('sha256').update(token).digest('hex').slice(0, 16)}`;
  }

  current(): Role | null {
    const value = this.meta.get(this.key);
    return RoleValues.find((role) => role === value) ?? null;
  }

  /** Asks the queue; keeps the last known role when it cannot be reached. */
  refresh(): Promise<void> {
    this.inFlight ??= this.ask().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async ask(): Promise<void> {
    const answer = await this.source.whoami();
    if (!answer.ok) return;
    if (answer.value.role === this.current()) return;
    this.meta.set(this.key, answer.value.role);
    this.onChange();
  }
}
