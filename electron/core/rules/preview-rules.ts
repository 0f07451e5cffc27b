import type { Ticket } from '../../../shared/domain/ticket.js';
import {
  MAX_PREVIEW_CHANGES,
  outcomeChanged,
  PREVIEW_DAYS,
  tallyChanges,
  type PreviewChange,
  type RulesPreview,
} from '../../../shared/rules/rules-preview.js';
import type { EngineTenant } from '../../../engine/engine-tenant.js';
import { actualOutcome, replayOutcome, storedFacts } from './replay-decision.js';

export interface PreviewTicket {
  ticket: Ticket;
  /** The customer's first message (see firstCustomerText). */
  text: string;
}

export interface RulesPreviewInput {
  /** The tenant as the engine sees it, with the changed rules (already checked, checkRuleSet). */
  tenant: EngineTenant;
  /** The tickets created in the window, any order. */
  tickets: Iterable<PreviewTicket>;
  now: Date;
}

/** The start of the preview window: PREVIEW_DAYS before now. */
export function previewWindowStart(now: Date): Date {
  return new Date(now.getTime() - PREVIEW_DAYS * 24 * 60 * 60 * 1000);
}

/**
 * What the changed rules would have done to the last 7 days of tickets, compared with what the AI
 * actually did: every decided ticket is replayed with its stored inputs and the new rules.
 */
export function replayWithRules(input: RulesPreviewInput): RulesPreview {
  const { tenant } = input;
  const from = previewWindowStart(input.now);
  const needsSentiment = tenant.escalationRules.some((rule) => (rule.when.sentiments?.length ?? 0) > 0);
  let compared = 0;
  let undecided = 0;
  const changes: PreviewChange[] = [];
  for (const { ticket, text } of input.tickets) {
    const created = Date.parse(ticket.createdAt);
    if (!(created >= from.getTime() && created <= input.now.getTime())) continue;
    const before = actualOutcome(ticket);
    if (!before) {
      undecided++;
      continue;
    }
    compared++;
    const after = replayOutcome(tenant, ticket, before, storedFacts(ticket, text, needsSentiment));
    if (!outcomeChanged(before, after)) continue;
    changes.push({
      ticketId: ticket.id,
      subject: ticket.subject,
      createdAt: ticket.createdAt,
      language: ticket.language,
      intent: ticket.intent,
      before,
      after,
    });
  }
  changes.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.ticketId.localeCompare(b.ticketId));
  return {
    from: from.toISOString(),
    to: input.now.toISOString(),
    compared,
    undecided,
    changed: changes.length,
    newlyEscalated: changes.filter((c) => c.before.action === 'resolve' && c.after.action === 'escalate').length,
    newlyResolved: changes.filter((c) => c.before.action === 'escalate' && c.after.action === 'resolve').length,
    ...tallyChanges(changes),
    changes: changes.slice(0, MAX_PREVIEW_CHANGES),
  };
}
