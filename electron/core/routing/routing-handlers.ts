import { AiHealthQuerySchema, type AiHealthEventKind, type AiSpend } from '../../../shared/api/ai-health-contract.js';
import type { ConsoleOutput } from '../../../shared/api/console-contract.js';
import type { Role } from '../../../shared/api/queue-contract.js';
import { isLeadRole } from '../../../shared/api/whoami.js';
import type { EscalationRule } from '../../../shared/domain/tenant.js';
import type { Message, Ticket } from '../../../shared/domain/ticket.js';
import { chooseOwner } from '../../../shared/escalation-rules.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import { budgetMonth, monthStart } from '../../../shared/routing/model-budget.js';
import {
  builtinOutcomeOf,
  routingPreviewOf,
  routingPreviewStart,
  type PreviewTicket,
} from '../../../shared/routing/routing-preview.js';
import { routingPolicy, tenantProfile, type TenantSettings } from '../../../shared/settings/tenant-settings.js';
import type { HandlerGroup } from '../console/handler-table.js';
import { askQueue } from '../console/queue-call.js';
import { firstCustomerText, storedFacts } from '../rules/replay-decision.js';

/** What the AI health methods ask of the queue (lib/queue-client's aiSpend and aiHealth). */
export interface AiHealthQueue {
  aiSpend(month?: string): Promise<Result<AiSpend>>;
  aiHealth(query?: {
    since?: string;
    kind?: AiHealthEventKind;
    limit?: number;
  }): Promise<Result<ConsoleOutput<'listAiHealth'>>>;
}

export interface RoutingHandlersOptions {
  /** The queue; without one the health and spend methods answer not_supported, the preview counts spend locally. */
  queue?: AiHealthQueue;
  /** Tickets created at or after an ISO time, with their messages, from the local cache. */
  ticketsSince(
    fromIso: string,
  ): Iterable<{ ticket: Ticket; messages: readonly Pick<Message, 'author' | 'kind' | 'text'>[] }>;
  /** The tenant's settings as this console keeps them (the policy in force, articles, thresholds). */
  settings(): TenantSettings;
  /** The escalation rules in force (an unsure ticket's owner queue). */
  rules(): readonly EscalationRule[];
  role(): Role | null;
  now?: () => Date;
}

const NEEDS_QUEUE =
  "The AI health events and the month's model spend are kept by the central queue, which cannot be reached now; they are shown again once the console is online.";

/** Published article versions by intent and language: what the built-in engine could have answered with. */
function articleAnswers(settings: TenantSettings): (intent: string | null, language: string | null) => boolean {
  const known = new Set<string>();
  for (const { value } of settings.article) {
    if (value.status !== 'published') continue;
    for (const intent of value.intents)
      for (const language of Object.keys(value.versions)) known.add(`${intent} ${language}`);
  }
  return (intent, language) => intent !== null && language !== null && known.has(`${intent} ${language}`);
}

/**
 * The routing policy editor's preview over the local cache and the AI health screen's reads of the queue. Only leads
 * and admins may ask (an unknown role: the queue decides).
 */
export function routingHandlers(options: RoutingHandlersOptions) {
  const now = options.now ?? (() => new Date());
  const ask = askQueue(options.queue);
  const refused = (): Result<never> | null => {
    const role = options.role();
    return role === null || isLeadRole(role)
      ? null
      : fail('forbidden', 'The routing policy and the AI health are for team leads; this console belongs to an agent.');
  };

  /** This month's model spend: the queue's figure, else the sum recorded on the cached tickets of the month. */
  async function spentThisMonth(at: Date): Promise<{ usd: number; from: 'queue' | 'cache' }> {
    const answer = options.queue ? await options.queue.aiSpend() : null;
    if (answer?.ok) return { usd: answer.value.spentUsd, from: 'queue' };
    let usd = 0;
    for (const { ticket } of options.ticketsSince(monthStart(budgetMonth(at)))) usd += ticket.modelCostUsd ?? 0;
    return { usd, from: 'cache' };
  }

  return {
    previewRouting: async ({ policy, modelDown }) => {
      const refusal = refused();
      if (refusal) return refusal;
      const at = now();
      const settings = options.settings();
      const rules = options.rules();
      const hasArticle = articleAnswers(settings);
      const profile = tenantProfile(settings);
      const needsSentiment = rules.some((rule) => (rule.when.sentiments?.length ?? 0) > 0);
      const tickets: PreviewTicket[] = [];
      for (const { ticket, messages } of options.ticketsSince(routingPreviewStart(at).toISOString())) {
        const text = firstCustomerText(ticket, messages);
        const ruleOwner =
          ticket.ownerQueue ??
          (rules.length > 0
            ? chooseOwner(rules, { reason: 'low_confidence', ...storedFacts(ticket, text, needsSentiment) }).ownerQueue
            : null);
        const threshold =
          (ticket.intent !== null ? profile?.intentThresholds?.[ticket.intent] : undefined) ??
          profile?.resolveThreshold ??
          null;
        tickets.push({
          id: ticket.id,
          subject: ticket.subject,
          createdAt: ticket.createdAt,
          intent: ticket.intent,
          modelCostUsd: ticket.modelCostUsd ?? 0,
          builtin: builtinOutcomeOf(ticket, {
            ruleOwner,
            hasArticle: hasArticle(ticket.intent, ticket.language),
            resolveThreshold: threshold,
          }),
        });
      }
      return ok(
        routingPreviewOf({
          current: routingPolicy(settings),
          edited: policy,
          tickets,
          model: { configured: true, up: modelDown !== true },
          spent: await spentThisMonth(at),
          now: at,
        }),
      );
    },

    listAiHealth: async (query) =>
      refused() ?? ask(NEEDS_QUEUE, (queue) => queue.aiHealth(AiHealthQuerySchema.parse(query))),

    getAiSpend: async ({ month }) => refused() ?? ask(NEEDS_QUEUE, (queue) => queue.aiSpend(month)),
  } satisfies HandlerGroup;
}
