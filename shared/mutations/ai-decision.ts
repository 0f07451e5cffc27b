import { z } from 'zod';
import { AiDecisionSchema, MAX_MODEL_COST_USD_PER_TICKET, type AiDecision } from '../domain/decision.js';
import type { Ticket } from '../domain/ticket.js';
import { defineMutator, sumUpTo, type TicketPatch } from './mutator.js';
import { MessageIdSchema, mutationFields, mutationSchema } from './wire-fields.js';

export const AiDecisionMutationSchema = mutationSchema('ai_decision', {
  ...mutationFields,
  messageId: MessageIdSchema,
  decision: AiDecisionSchema,
});
export type AiDecisionMutation = z.infer<typeof AiDecisionMutationSchema>;

/** What the AI understood of the ticket, kept whether it answered or escalated. */
function understood(decision: AiDecision, ticket: Ticket): TicketPatch {
  return {
    language: decision.language,
    intent: decision.intent,
    confidence: decision.confidence,
    summary: decision.summary,
    // The model cost of every applied decision adds up on the ticket (cost per resolution).
    ...(decision.usage && decision.usage.costUsd > 0
      ? { modelCostUsd: sumUpTo(ticket.modelCostUsd, decision.usage.costUsd, MAX_MODEL_COST_USD_PER_TICKET) }
      : {}),
    // What the AI looked up for this decision; a later decision without tool calls clears the earlier one's.
    aiToolResults: decision.toolResults?.length ? decision.toolResults : undefined,
    // The route, citations and suggestions of the latest decision; one without them clears the earlier one's.
    aiAssist: decision.assist && {
      ...decision.assist,
      latencyMs: decision.latencyMs,
      costUsd: decision.usage?.costUsd ?? 0,
    },
  };
}

/** An autopilot's answer (resolve) or hand-over to a human queue (escalate), on a new ticket it holds a claim on. */
export const aiDecision = defineMutator(AiDecisionMutationSchema, {
  roles: ['autopilot', 'admin'],
  check: ({ decision }, ticket) => {
    if (decision.action === 'resolve' && ticket.humanTouched)
      return { kind: 'rejected', error: 'The AI only drafts on human-owned tickets.' };
    if (ticket.status !== 'new')
      return { kind: 'conflict', error: `The ticket is ${ticket.status}; the AI decides only on new tickets.` };
    return null;
  },
  patch: ({ decision }, ticket) =>
    decision.action === 'resolve'
      ? { ...understood(decision, ticket), status: 'ai_resolved', aiDraft: null, escalation: null, ownerQueue: null }
      : {
          ...understood(decision, ticket),
          status: 'escalated',
          ownerQueue: decision.ownerQueue,
          escalation: decision.escalation,
          aiDraft: decision.draft,
        },
  message: ({ messageId, decision }) =>
    decision.action === 'resolve'
      ? { id: messageId, author: 'ai', authorName: null, kind: 'reply', text: decision.reply }
      : null,
  clearsClaim: true,
  needsClaim: true,
});
