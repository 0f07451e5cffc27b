import type { Role } from '../../../shared/api/queue-contract.js';
import { isLeadRole } from '../../../shared/api/whoami.js';
import type { EscalationRule } from '../../../shared/domain/tenant.js';
import type { Message, Ticket } from '../../../shared/domain/ticket.js';
import { fail, ok, type AppError, type Result } from '../../../shared/result.js';
import { checkRuleSet } from '../../../shared/rules/check-rule-set.js';
import {
  RuleIssuesDetailsSchema,
  RulesConflictDetailsSchema,
  StoredRuleSetSchema,
  type StoredRuleSet,
} from '../../../shared/rules/rule-set.js';
import type { RulesEditorState } from '../../../shared/rules/rules-console.js';
import type { RulesPreview } from '../../../shared/rules/rules-preview.js';
import type { TenantSettings } from '../../../shared/settings/tenant-settings.js';
import { consoleMenus } from '../settings/console-menus.js';
import { engineTenantFrom, ownerQueueIds, rulesInForce } from '../../../engine/engine-tenant.js';
import type { MetaStore } from '../store/meta-store.js';
import type { QueueClient } from '../../../lib/queue-client/queue-client.js';
import { queueRefusalOf } from '../../../lib/queue-client/queue-refusal.js';
import { replayWithRules, previewWindowStart, type PreviewTicket } from './preview-rules.js';
import { firstCustomerText } from './replay-decision.js';

export interface RulesServiceOptions {
  client: Pick<QueueClient, 'getRules' | 'saveRules'>;
  /**
   * The tenant's settings as this console keeps them: its queues are the valid owners, its published articles
   * what the AI answers from (the preview replays that), its profile the AI's thresholds.
   */
  settings: () => TenantSettings;
  /** The tenant of the console's token (null while unknown). */
  tenantId: () => string | null;
  meta: MetaStore;
  /** Tickets created at or after an ISO time, with their first customer message, from the local cache. */
  ticketsSince: (
    fromIso: string,
  ) => Iterable<{ ticket: Ticket; messages: readonly Pick<Message, 'author' | 'kind' | 'text'>[] }>;
  role: () => Role | null;
  now?: () => Date;
}

/** The last rule set the queue answered, kept so the rules screen and its preview work offline. */
const LAST_SEEN_KEY = 'escalationRules:lastSeen';

/**
 * The console side of the rules editor: reads the rules in force from the queue, previews edited
 * rules on the cached tickets of the last 7 days, and saves a new version for the whole tenant.
 * While no lead has saved rules, the tenant's default is in force (rulesInForce: one catch-all).
 */
export class RulesService {
  private readonly now: () => Date;

  constructor(private readonly options: RulesServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  async getRules(): Promise<Result<RulesEditorState>> {
    const refused = this.refuseNonLead();
    if (refused) return refused;
    const answer = await this.options.client.getRules();
    if (answer.ok) {
      this.options.meta.set(LAST_SEEN_KEY, JSON.stringify(answer.value));
      return ok(this.state(answer.value));
    }
    return ok(this.state(this.lastSeen()));
  }

  /** Reads the rules in force from the queue into the local copy (any role: the catch-all queue is everyone's). */
  async refresh(): Promise<Result<void>> {
    const answer = await this.options.client.getRules();
    if (!answer.ok) return answer;
    this.options.meta.set(LAST_SEEN_KEY, JSON.stringify(answer.value));
    return ok(undefined);
  }

  /** The owner queue of the rules' catch-all: where a reopened ticket without a queue of its own goes. */
  catchAllQueue(): string | undefined {
    return this.currentRules().at(-1)?.ownerQueue;
  }

  /** The rules in force as last seen (offline too): the routing preview asks them for a ticket's owner queue. */
  currentRules(): EscalationRule[] {
    return this.rulesInForce(this.lastSeen());
  }

  async previewRules(input: { rules: unknown[] }): Promise<Result<RulesPreview>> {
    const refused = this.refuseNonLead();
    if (refused) return refused;
    const checked = this.check(input.rules);
    if (!checked.ok) return checked;
    const now = this.now();
    const tickets: PreviewTicket[] = [];
    for (const { ticket, messages } of this.options.ticketsSince(previewWindowStart(now).toISOString())) {
      tickets.push({ ticket, text: firstCustomerText(ticket, messages) });
    }
    const tenant = engineTenantFrom({
      tenantId: this.options.tenantId() ?? '',
      settings: this.options.settings(),
      rules: checked.value,
    });
    return ok(replayWithRules({ tenant, tickets, now }));
  }

  async saveRules(input: { rules: unknown[]; baseVersion: number }): Promise<Result<RulesEditorState>> {
    const refused = this.refuseNonLead();
    if (refused) return refused;
    const checked = this.check(input.rules);
    if (!checked.ok) return checked;
    const saved = await this.options.client.saveRules(checked.value, input.baseVersion);
    if (saved.ok) {
      this.options.meta.set(LAST_SEEN_KEY, JSON.stringify(saved.value));
      return ok(this.state(saved.value));
    }
    return this.saveFailure(saved.error);
  }

  private check(rules: unknown[]): Result<EscalationRule[]> {
    const checked = checkRuleSet(rules, ownerQueueIds(this.options.settings()));
    if (checked.ok) return ok(checked.rules);
    return fail('rules_invalid', checked.issues[0]?.message ?? 'The rules are invalid.', { issues: checked.issues });
  }

  private saveFailure(error: AppError): Result<RulesEditorState> {
    if (error.code === 'queue_unreachable') {
      return fail(
        'queue_unreachable',
        'The rules cannot be saved while the central queue is out of reach; your edits stay on this screen, save again when it is back.',
      );
    }
    const answered = queueRefusalOf(error.details);
    if (answered.code === 'rules_conflict') {
      const details = RulesConflictDetailsSchema.safeParse(answered.details);
      if (details.success) {
        this.options.meta.set(LAST_SEEN_KEY, JSON.stringify(details.data.current));
        return fail('rules_conflict', error.message, { current: this.state(details.data.current) });
      }
    }
    if (answered.code === 'rules_invalid') {
      const details = RuleIssuesDetailsSchema.safeParse(answered.details);
      return fail('rules_invalid', error.message, details.success ? details.data : undefined);
    }
    if (answered.status === 403)
      return fail(
        'forbidden',
        "Only a team lead (or an admin) may change the escalation rules; the queue refused this console's token.",
      );
    return fail(error.code, error.message);
  }

  private refuseNonLead(): Result<never> | null {
    const role = this.options.role();
    if (role === null || isLeadRole(role)) return null; // unknown role: the queue decides when saving
    return fail('forbidden', 'The escalation rules are for team leads; this console belongs to an agent.');
  }

  private lastSeen(): StoredRuleSet {
    const raw = this.options.meta.get(LAST_SEEN_KEY);
    const parsed = raw ? StoredRuleSetSchema.safeParse(JSON.parse(raw)) : null;
    return parsed?.success ? parsed.data : { version: 0, rules: null, savedAt: null, savedBy: null };
  }

  private rulesInForce(stored: StoredRuleSet): EscalationRule[] {
    return rulesInForce(stored, this.options.settings());
  }

  private state(stored: StoredRuleSet): RulesEditorState {
    const settings = this.options.settings();
    const rules = this.rulesInForce(stored);
    // What the tenant's articles answer and what its rules already name.
    const intents = new Set([
      ...settings.article.flatMap((article) => article.value.intents),
      ...rules.flatMap((r) => r.when.intents ?? []),
    ]);
    return {
      version: stored.version,
      rules,
      source: stored.rules ? 'saved' : 'shipped',
      savedAt: stored.savedAt,
      savedBy: stored.savedBy,
      queues: consoleMenus(settings).queues,
      intents: [...intents].sort(),
    };
  }
}
