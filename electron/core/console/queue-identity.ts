import { createHash } from 'node:crypto';
import type { Role } from '../../../shared/api/queue-contract.js';
import { RoleSchema } from '../../../shared/api/queue-contract.js';
import type { WhoAmI } from '../../../shared/api/whoami.js';
import type { Result } from '../../../shared/result.js';
import type { MetaStore } from '../store/meta-store.js';

export interface WhoAmISource {
  whoami(): Promise<Result<WhoAmI>>;
}

/**
 * Who this console's queue token is: its role (a lead sees the lead screens) and its tenant (whose settings the
 * console shows). Asked from the queue (GET /v1/whoami) and remembered in the cache per token, so the console
 * knows both offline after one online start.
 */
export class QueueIdentity {
  private readonly roleKey: string;
  private readonly tenantKey: string;
  private inFlight: Promise<void> | null = null;

  constructor(
    private readonly meta: MetaStore,
    private readonly source: WhoAmISource,
    token: string,
    private readonly onChange: () => void = () => undefined,
  ) {
    // Only a hash prefix of the token names the entries: the token itself never lands in the cache.
    const tokenHash = createHash('sha256').update(token).digest('hex').slice(0, 16);
    this.roleKey = `queueRole:${tokenHash}`;
    this.tenantKey = `queueTenant:${tokenHash}`;
  }

  role(): Role | null {
    const parsed = RoleSchema.safeParse(this.meta.get(this.roleKey));
    return parsed.success ? parsed.data : null;
  }

  tenantId(): string | null {
    return this.meta.get(this.tenantKey);
  }

  /** Both known (the queue answered once for this token). */
  known(): boolean {
    return this.role() !== null && this.tenantId() !== null;
  }

  /** Asks the queue; keeps what it knew when the queue cannot be reached. */
  refresh(): Promise<void> {
    this.inFlight ??= this.ask().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async ask(): Promise<void> {
    const answer = await this.source.whoami();
    if (!answer.ok) return;
    if (answer.value.role === this.role() && answer.value.tenantId === this.tenantId()) return;
    this.meta.set(this.roleKey, answer.value.role);
    this.meta.set(this.tenantKey, answer.value.tenantId);
    this.onChange();
  }
}
