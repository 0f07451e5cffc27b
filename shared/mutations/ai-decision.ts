import { z } from 'zod';
import { AiDecisionSchema, MAX_MODEL_COST_USD_PER_TICKET } from '../domain/decision.js';
import { MAX_TICKET_TAGS, TicketTagsSchema, type Ticket } from '../domain/ticket.js';
import { tagsAfter } from './tag.js';
import { defineMutator, sumUpTo, type TicketPatch } from './mutator.js';
import { MessageIdSchema, mutationFields, mutationSchema } from './wire-fields.js';

export const AiDecisionMutationSchema = mutationSchema('ai_decision', {
  ...mutationFields,
  messageId: MessageIdSchema,
  decision: AiDecisionSchema,
  /**
   * Tags the AI sets with this decision (issue 19): the tenant's tags whose `aiIntents` name the decision's intent.
   * The queue keeps only those (ticket-tags.ts aiTagsAllowed) and records the others as dropped.
   */
  tags: TicketTagsSchema.optional(),
});
export type AiDecisionMutation = z.infer<typeof AiDecisionMutationSchema>;

/** What the AI understood of the ticket, kept whether it answered or escalated. */
function understood({ decision, tags }: Pick<AiDecisionMutation, 'decision' | 'tags'>, ticket: Ticket): TicketPatch {
  return {
    // The tags the AI sets join the ticket's own (as far as a ticket carries them).
    ...(tags?.length ? { tags: tagsAfter(ticket.tags, { add: tags, remove: [] }).slice(0, MAX_TICKET_TAGS) } : {}),
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
  patch: (mutation, ticket) =>
    mutation.decision.action === 'resolve'
      ? { ...understood(mutation, ticket), status: 'ai_resolved', aiDraft: null, escalation: null, ownerQueue: null }
      : {
          ...understood(mutation, ticket),
          status: 'escalated',
          ownerQueue: mutation.decision.ownerQueue,
          escalation: mutation.decision.escalation,
          aiDraft: mutation.decision.draft,
        },
  message: ({ messageId, decision }) =>
    decision.action === 'resolve'
      ? { id: messageId, author: 'ai', authorName: null, kind: 'reply', text: decision.reply }
      : null,
  clearsClaim: true,
  needsClaim: true,
});
