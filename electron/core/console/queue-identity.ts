import { createHash } from 'node:crypto';
import type { Role } from '../../../shared/api/queue-contract.js';
import { RoleSchema } from '../../../shared/api/queue-contract.js';
import type { WhoAmI } from '../../../shared/api/whoami.js';
import type { SessionUser } from '../../../shared/api/identity-contract.js';
import { PersonRoleSchema, UserIdSchema } from '../../../shared/api/identity-contract.js';
import type { Result } from '../../../shared/result.js';
import type { MetaStore } from '../store/meta-store.js';

export interface WhoAmISource {
  whoami(): Promise<Result<WhoAmI>>;
}

/**
 * Who this console's queue token is: its role (a lead sees the lead screens), its tenant (whose settings the
 * console shows) and, for a token bound to a user (the demo's people), that person. Asked from the queue
 * (GET /v1/whoami) and remembered in the cache per token, so the console knows them offline after one online start.
 */
export class QueueIdentity {
  private readonly roleKey: string;
  private readonly tenantKey: string;
  private readonly personKey: string;
  private inFlight: Promise<void> | null = null;
  /** When the queue last answered whoami (ms), null before. */
  private answeredAt: number | null = null;

  constructor(
    private readonly meta: MetaStore,
    private readonly source: WhoAmISource,
    token: string,
    private readonly onChange: () => void = () => undefined,
    private readonly now: () => number = Date.now,
  ) {
    // Only a hash prefix of the token names the entries: the token itself never lands in the cache.
    const tokenHash = createHash('sha256').update(token).digest('hex').slice(0, 16);
    this.roleKey = `queueRole:${tokenHash}`;
    this.tenantKey = `queueTenant:${tokenHash}`;
    this.personKey = `queuePerson:${tokenHash}`;
  }

  /** The user the token is bound to (its name and role as the queue answered last), null for a machine's token. */
  person(): SessionUser | null {
    const role = PersonRoleSchema.safeParse(this.role());
    const tenantId = this.tenantId();
    const stored = this.meta.get(this.personKey);
    if (!role.success || tenantId === null || !stored) return null;
    const [id = '', email = '', name = ''] = stringsOf(stored);
    if (!UserIdSchema.safeParse(id).success) return null;
    return { id, tenantId, email, name, role: role.data, queues: [], language: null };
  }

  role(): Role | null {
    const parsed = RoleSchema.safeParse(this.meta.get(this.roleKey));
    return parsed.success ? parsed.data : null;
  }

  tenantId(): string | null {
    return this.meta.get(this.tenantKey);
  }

  /** All known (the queue answered once for this token, since it names the token's person). */
  known(): boolean {
    return this.role() !== null && this.tenantId() !== null && this.meta.get(this.personKey) !== null;
  }

  /**
   * Whether to ask the queue again: never answered since this console started, or longer ago than `maxAgeMs` (an admin
   * may have changed the person's role: a lead's screens then come without a restart).
   */
  due(nowMs: number, maxAgeMs: number): boolean {
    return this.answeredAt === null || nowMs - this.answeredAt >= maxAgeMs;
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
    this.answeredAt = this.now();
    const whoami = answer.value;
    const person = whoami.userId === null ? null : JSON.stringify([whoami.userId, whoami.email ?? '', whoami.name]);
    const same =
      whoami.role === this.role() && whoami.tenantId === this.tenantId() && person === this.meta.get(this.personKey);
    if (same) return;
    this.meta.set(this.roleKey, whoami.role);
    this.meta.set(this.tenantKey, whoami.tenantId);
    // '' for a machine's token: asked, and bound to nobody.
    this.meta.set(this.personKey, person ?? '');
    this.onChange();
  }
}

/** The remembered person's fields (a JSON list of strings); none when it does not read. */
function stringsOf(stored: string): string[] {
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}
