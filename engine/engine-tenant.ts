/**
 * What the AI engines decide with, and where it comes from: the tenant's settings and escalation rules as the
 * central queue holds them (GET /v1/settings, GET /v1/rules). The built-in engine answers the intents that a
 * published article names, from that article, at or above the profile's thresholds; the rules pick the owner.
 */
import type { EscalationRule } from '../shared/domain/tenant.js';
import { validateRuleSet } from '../shared/escalation-rules.js';
import type { StoredRuleSet } from '../shared/rules/rule-set.js';
import { tenantProfile, type TenantSettings } from '../shared/settings/tenant-settings.js';
import { knowledgeBaseFromArticles, type KnowledgeBase } from './knowledge-base.js';

/** One tenant's configuration as the queue holds it: its settings, and the escalation rules in force. */
export interface TenantConfiguration {
  tenantId: string;
  settings: TenantSettings;
  rules: readonly EscalationRule[];
}

/** The thresholds the AI's own checks compare the classifier's confidence with. */
export interface ResolveThresholds {
  /** Null: the tenant has no profile, and the AI resolves nothing on its own. */
  resolveThreshold: number | null;
  /** Per intent, replacing `resolveThreshold`. */
  intentThresholds?: Readonly<Record<string, number>>;
}

/** What the built-in engine decides a ticket with. */
export interface EngineTenant extends ResolveThresholds {
  id: string;
  escalationRules: readonly EscalationRule[];
  /** The published articles' answers; its intents are the intents the AI may answer. */
  knowledgeBase: KnowledgeBase;
}

/** The rule a tenant's escalations follow while no lead has saved rules: all of them to one queue. */
export const DEFAULT_CATCH_ALL_ID = 'catch-all';
/** That rule's queue when the tenant has no queue setting yet either. */
export const DEFAULT_OWNER_QUEUE = 'general';

/** The rules in force: the version a lead saved, else one catch-all to the tenant's first queue (by id). */
export function rulesInForce(stored: Pick<StoredRuleSet, 'rules'>, settings: TenantSettings): EscalationRule[] {
  if (stored.rules) return stored.rules;
  return [{ id: DEFAULT_CATCH_ALL_ID, ownerQueue: settings.queue[0]?.id ?? DEFAULT_OWNER_QUEUE, when: {} }];
}

/** The owner queues the tenant's rules may name; null while it has none (then they are not checked against any). */
export function ownerQueueIds(settings: TenantSettings): string[] | null {
  return settings.queue.length > 0 ? settings.queue.map((queue) => queue.id) : null;
}

/** Throws an Error a person can act on when the rules leave an escalation unowned or name a queue the tenant lacks. */
export function assertUsableRules(tenantId: string, rules: readonly EscalationRule[], queueIds: string[] | null): void {
  const checked = validateRuleSet(rules, queueIds);
  if (!checked.ok)
    throw new Error(`Tenant "${tenantId}" cannot use these rules: ${checked.error.message} (${checked.error.code})`);
}

/** The built-in engine's view of a configuration; throws (assertUsableRules) when its rules cannot be used. */
export function engineTenantFrom(configuration: TenantConfiguration): EngineTenant {
  const { tenantId, settings, rules } = configuration;
  assertUsableRules(tenantId, rules, ownerQueueIds(settings));
  const profile = tenantProfile(settings);
  return {
    id: tenantId,
    resolveThreshold: profile?.resolveThreshold ?? null,
    intentThresholds: profile?.intentThresholds ?? {},
    escalationRules: [...rules],
    knowledgeBase: knowledgeBaseFromArticles(settings.article),
  };
}
