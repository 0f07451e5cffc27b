import { ok, type Result } from '../../../shared/result.js';
import { MAX_SETTINGS_PAGE } from '../../../shared/settings/stored-setting.js';
import type { QueueClient } from '../../../lib/queue-client/queue-client.js';
import type { SettingsStore } from '../settings/settings-store.js';

/** Without a sign from the queue, the settings are still read this often (a missed event costs at most this). */
const DEFAULT_SETTINGS_INTERVAL_MS = 30_000;

export interface SettingsSyncOptions {
  queue: Pick<QueueClient, 'listSettings'>;
  store: SettingsStore;
  /** The tenant of the console's token (GET /v1/whoami, remembered); settings are read only once it is known. */
  tenant: { tenantId(): string | null; refresh(): Promise<void> };
  /** The escalation rules in force, read at the same moments (a rules save is announced the same way). */
  rules?: { refresh(): Promise<Result<void>> };
  intervalMs?: number;
  /** Milliseconds of a monotonic clock. */
  clock?: () => number;
  log?: (line: string) => void;
}

/**
 * Reads the queue's settings feed (GET /v1/settings?after=cursor) into the local store, and the escalation rules
 * in force, during sync rounds, but
 * only when there may be something new: at the first round, after the event stream (re)connects, in a sync asked for by hand, when an event
 * came while the ticket feed did not move (the queue tells its listeners of a settings or rules save that way),
 * and at the latest every `intervalMs`. A queue that cannot answer settings (an older one) does not stop sync.
 */
export class SettingsSync {
  private due = true;
  private lastReadAt = Number.NEGATIVE_INFINITY;
  private lastEventCursor: number | null = null;
  private lastProblem: string | null = null;
  private readonly clock: () => number;

  constructor(private readonly options: SettingsSyncOptions) {
    this.clock = options.clock ?? (() => performance.now());
  }

  /** The queue's event stream said its feed is at `cursor`. */
  noticeQueueEvent(cursor: number): void {
    if (cursor === this.lastEventCursor) this.due = true;
    this.lastEventCursor = cursor;
  }

  /**
   * Read at the next round: the event stream (re)connected (whatever was saved meanwhile was not announced), or a
   * sync was asked for by hand.
   */
  markDue(): void {
    this.due = true;
  }

  /**
   * Reads the settings feed to its end when there may be something new; ok when nothing needed reading. The sign is
   * taken when the read starts: a save announced (or a stream reconnected) while it is under way may have missed its
   * page, so it marks the next round due again instead of being cleared with this one. When the read cannot finish,
   * the next round reads again.
   */
  async readIfDue(): Promise<Result<void>> {
    if (!this.due && this.clock() - this.lastReadAt < (this.options.intervalMs ?? DEFAULT_SETTINGS_INTERVAL_MS))
      return ok(undefined);
    this.due = false;
    let read: Result<void> | 'tenant_unknown' = 'tenant_unknown';
    try {
      read = await this.read();
    } finally {
      if (read !== 'tenant_unknown' && read.ok) this.lastReadAt = this.clock();
      else this.due = true;
    }
    return read === 'tenant_unknown' ? ok(undefined) : read;
  }

  /** The settings feed to its end, then the escalation rules; 'tenant_unknown' while the token's tenant is not known. */
  private async read(): Promise<Result<void> | 'tenant_unknown'> {
    const { store, tenant } = this.options;
    if (tenant.tenantId() === null) await tenant.refresh();
    const tenantId = tenant.tenantId();
    if (tenantId === null) return 'tenant_unknown';
    store.forTenant(tenantId);
    for (;;) {
      const page = await this.options.queue.listSettings(store.cursor(), MAX_SETTINGS_PAGE);
      if (!page.ok) {
        if (page.error.code === 'queue_unreachable') return page;
        this.report(`The tenant's settings could not be read from the queue: ${page.error.message}`);
        break;
      }
      const before = store.cursor();
      store.apply(page.value);
      this.lastProblem = null;
      // A page that says there is more but does not move the cursor would be asked for again forever.
      if (!page.value.hasMore || store.cursor() <= before) break;
    }
    const rules = await this.options.rules?.refresh();
    if (rules && !rules.ok) {
      if (rules.error.code === 'queue_unreachable') return rules;
      this.report(`The escalation rules could not be read from the queue: ${rules.error.message}`);
    }
    return ok(undefined);
  }

  /** Each problem once in the log, not once per round. */
  private report(problem: string): void {
    if (problem === this.lastProblem) return;
    this.lastProblem = problem;
    this.options.log?.(problem);
  }
}
