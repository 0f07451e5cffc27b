import type { Mutation, MutationOutcome } from '../../shared/api/mutations.js';
import type { Ticket } from '../../shared/domain/ticket.js';
import type { AuditActor, AuditEntry } from './audit-chain.js';

/** The bearer token behind a request: its name and role. Stores record `system` when none is given. */
export interface TokenActor {
  name: string;
  role: string;
}

export const SYSTEM_ACTOR: TokenActor = { name: 'system', role: 'system' };

/** Audit action names; mutations use their own type (`agent_reply` with resolve becomes `send_and_resolve`). */
export const AUDIT_ACTIONS = {
  intake: 'ticket_intake',
  customerReply: 'customer_reply',
  rating: 'customer_rating',
} as const;

export function intakeEntry(ticket: Ticket, messageId: string, idempotencyKey: string | null, token: TokenActor): AuditEntry {
  return {
    tenantId: ticket.tenantId,
    ticketId: ticket.id,
    actor: { name: token.name, role: token.role, clientId: null },
    at: ticket.createdAt,
    action: AUDIT_ACTIONS.intake,
    inputs: { subject: ticket.subject, channel: ticket.channel, customerId: ticket.customer.id, tier: ticket.customer.tier, messageId, idempotencyKey },
    reason: null,
  };
}

export function customerReplyEntry(before: Ticket, after: Ticket, messageId: string, token: TokenActor): AuditEntry {
  return {
    tenantId: after.tenantId,
    ticketId: after.id,
    actor: { name: token.name, role: token.role, clientId: null },
    at: after.updatedAt,
    action: AUDIT_ACTIONS.customerReply,
    inputs: { messageId, statusBefore: before.status, statusAfter: after.status, version: after.version },
    reason: before.status === after.status ? null : `The customer wrote again: ${before.status} -> ${after.status}.`,
  };
}

export function ratingEntry(ticket: Ticket, token: TokenActor): AuditEntry {
  return {
    tenantId: ticket.tenantId,
    ticketId: ticket.id,
    actor: { name: token.name, role: token.role, clientId: null },
    at: ticket.updatedAt,
    action: AUDIT_ACTIONS.rating,
    inputs: { csat: ticket.csat, status: ticket.status, version: ticket.version },
    reason: null,
  };
}

/** A lead saved the tenant's escalation rules: the whole rule set is kept, so any version can be read back. */
export function ruleSetEntry(input: { tenantId: string; rules: readonly unknown[]; baseVersion: number; savedBy: string; savedAt: string; actor?: TokenActor }, version: number): AuditEntry {
  const token = input.actor ?? SYSTEM_ACTOR;
  return {
    tenantId: input.tenantId,
    ticketId: null,
    actor: { name: input.savedBy, role: token.role, clientId: null },
    at: input.savedAt,
    action: 'rules_saved',
    inputs: { version, baseVersion: input.baseVersion, rules: input.rules },
    reason: null,
  };
}

/**
 * One record per pushed mutation the queue decided on (applied, refused as a conflict, or rejected),
 * for every mutation type: types added later are recorded by the generic branch with all their fields.
 * Duplicates are not recorded again; the first application was.
 */
export function mutationEntry(tenantId: string, clientId: string, token: TokenActor, mutation: Mutation, outcome: MutationOutcome, at: string): AuditEntry | null {
  if (outcome.status === 'duplicate') return null;
  const result = { outcome: outcome.status, ...(outcome.status === 'applied' && outcome.ticket ? { version: outcome.ticket.version, status: outcome.ticket.status } : {}) };
  const actor: AuditActor = { name: personOf(mutation) ?? token.name, role: token.role, clientId };
  const refusal = outcome.status === 'applied' ? null : (outcome.error ?? outcome.status);
  const base = { tenantId, ticketId: mutation.ticketId, actor, at };

  if (mutation.type === 'ai_decision') {
    const decision = mutation.decision;
    const escalation = decision.action === 'escalate' ? decision.escalation : null;
    return {
      ...base,
      action: 'ai_decision',
      inputs: {
        ...result,
        mutationId: mutation.id,
        decision: decision.action,
        language: decision.language,
        intent: decision.intent,
        confidence: decision.confidence,
        engine: decision.engine,
        latencyMs: decision.latencyMs,
        ownerQueue: decision.action === 'escalate' ? decision.ownerQueue : null,
        reasonCode: escalation?.code ?? null,
        ruleId: escalation?.ruleId ?? null,
        model: decision.usage?.model ?? null,
        modelCalls: decision.usage?.calls ?? null,
        promptTokens: decision.usage?.promptTokens ?? null,
        completionTokens: decision.usage?.completionTokens ?? null,
        costUsd: decision.usage?.costUsd ?? null,
        // The tools the AI called and how each went (name:ok|refused|failed); their results stay on the ticket.
        ...(decision.toolResults?.length ? { toolCalls: decision.toolResults.map((t) => `${t.name}:${t.status}`) } : {}),
        messageId: mutation.messageId,
      },
      reason: refusal ?? escalation?.detail ?? `Resolved by the ${decision.engine} engine (intent ${decision.intent ?? 'unknown'}, confidence ${decision.confidence ?? 'unknown'}).`,
    };
  }

  const { id, type: _type, ticketId: _ticketId, createdAt, ...fields } = mutation;
  const action = mutation.type === 'agent_reply' && mutation.resolve ? 'send_and_resolve' : mutation.type;
  return { ...base, action, inputs: { ...result, mutationId: id, clientCreatedAt: createdAt, ...fields }, reason: refusal ?? statedReason(mutation) };
}

/** The person a console names in the mutation (agents and leads), if any. */
function personOf(mutation: Mutation): string | null {
  if ('agentName' in mutation) return mutation.agentName;
  if ('reviewerName' in mutation) return mutation.reviewerName;
  return null;
}

function statedReason(mutation: Mutation): string | null {
  return 'reason' in mutation && typeof mutation.reason === 'string' ? mutation.reason : null;
}
