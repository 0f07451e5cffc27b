import { fail, ok, type AppError, type Result } from '../shared/result.js';
import type { StoredRuleSet } from '../shared/rules/rule-set.js';
import type { SettingsPage, StoredSetting } from '../shared/settings/stored-setting.js';
import { tenantSettingsFrom } from '../shared/settings/tenant-settings.js';
import { rulesInForce, type TenantConfiguration } from '../engine/engine-tenant.js';
import { readSettingsAfter } from '../lib/queue-client/latest-settings.js';

/** The queue's answers the follower reads (QueueClient has them). */
export interface TenantConfigurationSource {
  listSettings(after: number, limit?: number): Promise<Result<SettingsPage>>;
  getRules(): Promise<Result<StoredRuleSet>>;
}

export interface TenantConfigurationFollowerOptions {
  source: TenantConfigurationSource;
  tenantId: string;
  /**
   * Puts a configuration in force (the engine's useConfiguration); throws to refuse it, keeping the one in use.
   * Absent: every configuration is taken.
   */
  apply?: (configuration: TenantConfiguration) => void;
  log?: (line: string) => void;
}

/**
 * Keeps an autopilot's configuration equal to its tenant's in the queue, without a restart: `refresh()` reads the
 * settings changed since the last read (GET /v1/settings?after=) and the rule set in force (GET /v1/rules), and when
 * either moved, puts the new configuration in force. A published article, a threshold or a rule saved in the queue
 * thus applies to the next decision. A configuration the engine refuses (rules naming a queue the tenant lacks) is
 * refused once, loudly: the new settings are then tried with the rules in use, and the rules stay as they were.
 */
export class TenantConfigurationFollower {
  private readonly items = new Map<string, StoredSetting>();
  private cursor = 0;
  private inForce: TenantConfiguration | null = null;
  private version = 0;
  /** The rules version and settings cursor last refused, so one refusal is logged once. */
  private refused: string | null = null;

  constructor(private readonly options: TenantConfigurationFollowerOptions) {}

  /** The configuration in force; null before the first successful refresh. */
  get configuration(): TenantConfiguration | null {
    return this.inForce;
  }

  /** The escalation rules version in force (0: no lead saved any). */
  get rulesVersion(): number {
    return this.version;
  }

  /** The last settings change read (the queue's seq). */
  get settingsCursor(): number {
    return this.cursor;
  }

  /**
   * Reads what changed and puts it in force. A queue that cannot be asked leaves the configuration in use (the
   * answer says why); the first refresh of all must succeed before the follower has a configuration.
   */
  async refresh(): Promise<Result<TenantConfiguration>> {
    const settingsMoved = await this.readSettings();
    if (!settingsMoved.ok) return this.keepInForce(settingsMoved.error);
    const stored = await this.options.source.getRules();
    if (!stored.ok) return this.keepInForce(stored.error);
    const unchanged =
      !settingsMoved.value && (stored.value.version === this.version || this.refused === this.keyOf(stored.value));
    if (!this.inForce || !unchanged) this.putInForce(stored.value);
    return this.inForce
      ? ok(this.inForce)
      : fail('configuration_refused', `The tenant's configuration in the queue cannot be used by this engine.`);
  }

  private keepInForce(problem: AppError): Result<TenantConfiguration> {
    this.options.log?.(
      `Could not read the tenant's configuration from the queue (${problem.message}); keeping the one in use.`,
    );
    return this.inForce ? ok(this.inForce) : fail(problem.code, problem.message);
  }

  private keyOf(stored: StoredRuleSet): string {
    return `${stored.version}/${this.cursor}`;
  }

  /** Reads every settings page after the cursor; true when an item changed. */
  private async readSettings(): Promise<Result<boolean>> {
    const read = await readSettingsAfter(this.options.source, this.cursor, this.items);
    if (!read.ok) return read;
    this.cursor = read.value.cursor;
    return ok(read.value.moved);
  }

  private putInForce(stored: StoredRuleSet): void {
    const { tenantId, log } = this.options;
    const { settings, unreadable } = tenantSettingsFrom(this.items.values());
    for (const item of unreadable)
      log?.(`The ${item.kind} setting "${item.id}" (version ${item.version}) is not readable here and is left out.`);
    const next: TenantConfiguration = { tenantId, settings, rules: rulesInForce(stored, settings) };
    const refusal = this.tryApply(next);
    if (refusal === null) {
      this.inForce = next;
      this.version = stored.version;
      this.refused = null;
      log?.(
        `Configuration in force: escalation rules version ${stored.version}${stored.rules ? ` (saved by ${stored.savedBy ?? 'a lead'})` : ' (none saved: one catch-all)'}, settings up to change ${this.cursor}, ${settings.article.filter((a) => a.value.status === 'published').length} published article(s).`,
      );
      return;
    }
    const key = this.keyOf(stored);
    if (this.refused !== key)
      log?.(
        `Escalation rules version ${stored.version} with the settings up to change ${this.cursor} cannot be used here (${refusal}); keeping rules version ${this.version}.`,
      );
    this.refused = key;
    // The settings alone may still apply, with the rules in use (or, on a first start, the catch-all).
    const kept: TenantConfiguration = {
      tenantId,
      settings,
      rules: this.inForce?.rules ?? rulesInForce({ rules: null }, settings),
    };
    if (this.tryApply(kept) === null) this.inForce = kept;
  }

  /** Null when taken, else why not. */
  private tryApply(configuration: TenantConfiguration): string | null {
    try {
      this.options.apply?.(configuration);
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
}
