import type { TenantConfig } from '../shared/domain/tenant.js';
import type { AiEngine } from '../engine/engine.js';
import type { QueueClient } from '../lib/queue-client/queue-client.js';

export interface SavedRulesFollowerOptions {
  client: QueueClient;
  engine: AiEngine;
  /** The tenant as shipped; its rules are in force while no lead has saved any. */
  shipped: TenantConfig;
  log?: (line: string) => void;
}

/**
 * Keeps an autopilot's escalation rules equal to the version a lead saved in the queue, without a
 * restart: `refresh()` asks the queue which version is in force and, when it moved, hands the new
 * rules to the engine. Rules the engine cannot use (an owner queue it does not know) are refused
 * once, loudly, and the rules in use stay.
 */
export class SavedRulesFollower {
  private inForce: TenantConfig;
  private version = 0;
  private refusedVersion: number | null = null;

  constructor(private readonly options: SavedRulesFollowerOptions) {
    this.inForce = options.shipped;
  }

  /** The tenant with the rules in force now (for decisions made without the engine). */
  get tenant(): TenantConfig {
    return this.inForce;
  }

  get rulesVersion(): number {
    return this.version;
  }

  /** Follows the queue's version; a queue that cannot be asked leaves the rules in use unchanged. */
  async refresh(): Promise<void> {
    const { client, engine, shipped, log } = this.options;
    if (!engine.useEscalationRules) return;
    const answer = await client.getRules();
    if (!answer.ok) {
      log?.(`Could not check the saved escalation rules (${answer.error.message}); keeping version ${this.version}.`);
      return;
    }
    const { version, rules } = answer.value;
    if (version === this.version || version === this.refusedVersion) return;
    const next = rules ?? shipped.escalationRules;
    try {
      engine.useEscalationRules(next);
    } catch (error) {
      this.refusedVersion = version;
      log?.(
        `Escalation rules version ${version} cannot be used here (${error instanceof Error ? error.message : String(error)}); keeping version ${this.version}.`,
      );
      return;
    }
    this.inForce = { ...shipped, escalationRules: next };
    this.version = version;
    log?.(
      `Escalation rules version ${version} in force${rules ? ` (saved by ${answer.value.savedBy ?? 'a lead'})` : ' (as shipped)'}.`,
    );
  }
}
