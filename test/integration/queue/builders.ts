import type {
  AgentReplyMutation,
  AiDecisionMutation,
  Mutation,
  NoteMutation,
  ReopenMutation,
  ReviewMutation,
} from '../../../shared/api/mutations.js';
import type { AiDecision } from '../../../shared/domain/decision.js';

const at = (): string => new Date().toISOString();

/** What a mutation of `type` made now carries: its id, its ticket, the time and a message id of `prefix`, id and ticket. */
export function mutationMadeNow<T extends Mutation['type']>(type: T, id: number, ticketId: string, prefix: string) {
  return { id, type, ticketId, createdAt: at(), messageId: `${prefix}-${id}-${ticketId}` };
}

export function agentReply(
  id: number,
  ticketId: string,
  overrides: Partial<AgentReplyMutation> = {},
): AgentReplyMutation {
  return {
    ...mutationMadeNow('agent_reply', id, ticketId, 'reply'),
    text: 'We refunded you.',
    resolve: false,
    agentName: 'Sam Agent',
    ...overrides,
  };
}

export function note(id: number, ticketId: string, overrides: Partial<NoteMutation> = {}): NoteMutation {
  return {
    ...mutationMadeNow('note', id, ticketId, 'note'),
    text: 'Checked the ledger.',
    agentName: 'Sam Agent',
    ...overrides,
  };
}

/** A lead's approval of how the ticket was handled. */
export function review(id: number, ticketId: string, overrides: Partial<ReviewMutation> = {}): ReviewMutation {
  return { id, type: 'review', ticketId, createdAt: at(), verdict: 'approve', reviewerName: 'Lee Lead', ...overrides };
}

/** A lead takes the ticket out of the AI's resolution, to the general queue. */
export function reopen(id: number, ticketId: string, overrides: Partial<ReopenMutation> = {}): ReopenMutation {
  return {
    ...mutationMadeNow('reopen', id, ticketId, 'reopen'),
    reason: 'The answer ignored the second question.',
    agentName: 'Lee Lead',
    ownerQueue: 'general',
    ...overrides,
  };
}

export const resolveDecision: AiDecision = {
  action: 'resolve',
  language: 'en',
  intent: 'card_declined',
  confidence: 0.93,
  reply: 'Your card was declined by the bank; please retry.',
  summary: 'Card declined at checkout.',
  engine: 'builtin',
  latencyMs: 12,
};

export const escalateDecision: AiDecision = {
  action: 'escalate',
  language: 'de',
  intent: 'chargeback',
  confidence: 0.41,
  ownerQueue: 'disputes',
  escalation: { code: 'low_confidence', ruleId: 'disputes-rule', detail: 'Confidence below threshold.' },
  draft: 'Hallo, wir prüfen den Fall.',
  summary: 'Customer disputes a charge.',
  engine: 'builtin',
  latencyMs: 20,
};

export function aiDecision(id: number, ticketId: string, decision: AiDecision = resolveDecision): AiDecisionMutation {
  return { ...mutationMadeNow('ai_decision', id, ticketId, 'ai'), decision };
}
