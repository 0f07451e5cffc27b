import type { AgentReplyMutation, AiDecisionMutation, NoteMutation } from '../../../shared/api/mutations.js';
import type { AiDecision } from '../../../shared/domain/decision.js';

const at = (): string => new Date().toISOString();

export function agentReply(
  id: number,
  ticketId: string,
  overrides: Partial<AgentReplyMutation> = {},
): AgentReplyMutation {
  return {
    id,
    type: 'agent_reply',
    ticketId,
    createdAt: at(),
    messageId: `reply-${id}-${ticketId}`,
    text: 'We refunded you.',
    resolve: false,
    agentName: 'Sam Agent',
    ...overrides,
  };
}

export function note(id: number, ticketId: string, overrides: Partial<NoteMutation> = {}): NoteMutation {
  return {
    id,
    type: 'note',
    ticketId,
    createdAt: at(),
    messageId: `note-${id}-${ticketId}`,
    text: 'Checked the ledger.',
    agentName: 'Sam Agent',
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
  return { id, type: 'ai_decision', ticketId, createdAt: at(), messageId: `ai-${id}-${ticketId}`, decision };
}
