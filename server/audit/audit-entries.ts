import { createHash } from 'node:crypto';
import type { Mutation, MutationOutcome } from '../../shared/api/mutations.js';
import type { Ticket } from '../../shared/domain/ticket.js';
import type { AuditActor, AuditEntry } from './audit-chain.js';

/**
 * Who made a request: the signed-in user or the token's name, its role, and the user's id (null for a machine token,
 * the CLI's operator and `system`). Stores record `system` when none is given.
 */
export interface TokenActor {
  name: string;
  role: string;
  userId?: string | null;
}

export const SYSTEM_ACTOR: TokenActor = { name: 'system', role: 'system' };

/** The audit record's actor for a caller: its name, role and user id, and the console's client id of a push. */
export function auditActorOf(token: TokenActor, clientId: string | null): AuditActor {
  return { name: token.name, role: token.role, clientId, userId: token.userId ?? null };
}

/** Audit action names; mutations use their own type (`agent_reply` with resolve becomes `send_and_resolve`). */
export const AUDIT_ACTIONS = {
  intake: 'ticket_intake',
  customerReply: 'customer_reply',
  rating: 'customer_rating',
  /** A ticket imported from another system (server/import), and a later import that changed it. */
  imported: 'ticket_imported',
  reimported: 'ticket_import_updated',
  rejectedInBulk: 'mutations_rejected',
  /** A person sent a failed email reply again (POST .../retry-delivery). */
  deliveryRetried: 'delivery_retried',
  /** An admin stored a mail channel's passwords (never recorded themselves). */
  channelCredentialsSaved: 'channel_credentials_saved',
  /** An admin made a new signing secret of a webhook, generic channel or widget (never recorded itself). */
  signingSecretMade: 'signing_secret_made',
  /** An admin sent a webhook delivery again (POST /v1/webhook-deliveries/:id/redeliver). */
  webhookRedelivered: 'webhook_redelivered',
  /** Two tickets of a customer became one thread, and a merge undone (recorded on both tickets). */
  merged: 'ticket_merged',
  mergeUndone: 'ticket_merge_undone',
} as const;

/**
 * Rejected mutations of one push recorded one by one (they show in their ticket's history); any more
 * are summed up in one record, so a push of 200 refused entries cannot write 200 rows.
 */
export const REJECTED_RECORDED_PER_PUSH = 10;

export function intakeEntry(
  ticket: Ticket,
  messageId: string,
  idempotencyKey: string | null,
  token: TokenActor,
): AuditEntry {
  const { subject, channel, customer } = ticket;
  return ticketEntry(ticket, token, {
    at: ticket.createdAt,
    action: AUDIT_ACTIONS.intake,
    inputs: { subject, channel, customerId: customer.id, tier: customer.tier, messageId, idempotencyKey },
    reason: null,
  });
}

export function customerReplyEntry(before: Ticket, after: Ticket, messageId: string, token: TokenActor): AuditEntry {
  return ticketEntry(after, token, {
    at: after.updatedAt,
    action: AUDIT_ACTIONS.customerReply,
    inputs: { messageId, statusBefore: before.status, statusAfter: after.status, version: after.version },
    reason: before.status === after.status ? null : `The customer wrote again: ${before.status} -> ${after.status}.`,
  });
}

export function ratingEntry(ticket: Ticket, token: TokenActor): AuditEntry {
  return ticketEntry(ticket, token, {
    at: ticket.updatedAt,
    action: AUDIT_ACTIONS.rating,
    inputs: { csat: ticket.csat, status: ticket.status, version: ticket.version },
    reason: null,
  });
}

/** A failed email reply queued again by a person. */
export function deliveryRetryEntry(ticket: Ticket, messageId: string, token: TokenActor): AuditEntry {
  return ticketEntry(ticket, token, {
    at: ticket.updatedAt,
    action: AUDIT_ACTIONS.deliveryRetried,
    inputs: { messageId, version: ticket.version },
    reason: null,
  });
}

/** A merge or its undo, on one of its two tickets (after the change: its version and status). */
export function mergeEntry(
  ticket: Ticket,
  action: (typeof AUDIT_ACTIONS)['merged' | 'mergeUndone'],
  merge: { mergeId: string; sourceTicketId: string; targetTicketId: string; movedMessages: number },
  token: TokenActor,
): AuditEntry {
  return ticketEntry(ticket, token, {
    at: ticket.updatedAt,
    action,
    inputs: { ...merge, status: ticket.status, version: ticket.version },
    reason: null,
  });
}

/** A mail channel's passwords were stored: which channel, never what they are. */
export function channelCredentialsEntry(
  tenantId: string,
  channelId: string,
  token: TokenActor,
  at: string,
): AuditEntry {
  return settingActionEntry(tenantId, AUDIT_ACTIONS.channelCredentialsSaved, { channelId }, token, at);
}

/** What a token did to one of the tenant's settings, outside any ticket: which setting, never a secret. */
export function settingActionEntry(
  tenantId: string,
  action: (typeof AUDIT_ACTIONS)['channelCredentialsSaved' | 'signingSecretMade' | 'webhookRedelivered'],
  inputs: Record<string, string>,
  token: TokenActor,
  at: string,
): AuditEntry {
  return {
    tenantId,
    ticketId: null,
    actor: auditActorOf(token, null),
    at,
    action,
    inputs,
    reason: null,
  };
}

/** What a token did to a ticket outside a push (so with no client id). */
function ticketEntry(
  ticket: Pick<Ticket, 'tenantId' | 'id'>,
  token: TokenActor,
  what: Pick<AuditEntry, 'at' | 'action' | 'inputs' | 'reason'>,
): AuditEntry {
  return {
    tenantId: ticket.tenantId,
    ticketId: ticket.id,
    actor: auditActorOf(token, null),
    ...what,
  };
}

/** A change of something the tenant has as a whole (its escalation rules, a setting), made on a base version. */
interface TenantChange {
  tenantId: string;
  baseVersion: number;
  savedBy: string;
  savedAt: string;
  actor?: TokenActor;
}

/** Who changed it and when; the name a client claims (savedBy) is kept only where it differs from the token's. */
function tenantChangeEntry(change: TenantChange, action: string, inputs: Record<string, unknown>): AuditEntry {
  const token = change.actor ?? SYSTEM_ACTOR;
  return {
    tenantId: change.tenantId,
    ticketId: null,
    actor: auditActorOf(token, null),
    at: change.savedAt,
    action,
    inputs: {
      ...inputs,
      baseVersion: change.baseVersion,
      ...(change.savedBy === token.name ? {} : { claimedName: change.savedBy }),
    },
    reason: null,
  };
}

/** A lead saved the tenant's escalation rules: the whole rule set is kept, so any version can be read back. */
export function ruleSetEntry(input: TenantChange & { rules: readonly unknown[] }, version: number): AuditEntry {
  return tenantChangeEntry(input, 'rules_saved', { version, rules: input.rules });
}

/**
 * An admin (or lead, or the seed) saved or deleted a tenant setting. The setting's versions stay in
 * tenant_settings; the record pins the saved value by its SHA-256 and size, so a changed row shows.
 */
export function settingEntry(
  input: TenantChange & { kind: string; id: string },
  stored: { version: number; valueJson: string | null },
): AuditEntry {
  const { kind, id } = input;
  if (stored.valueJson === null)
    return tenantChangeEntry(input, 'setting_deleted', { kind, id, version: stored.version });
  return tenantChangeEntry(input, 'setting_saved', {
    kind,
    id,
    version: stored.version,
    valueSha256: createHash('sha256').update(stored.valueJson).digest('hex'),
    valueBytes: Buffer.byteLength(stored.valueJson),
  });
}

/** What the queue itself noted while deciding on a pushed mutation, recorded with it (e.g. the tags an AI decision may not set). */
export interface QueueNotes {
  droppedTags?: string[];
}

/**
 * The records of one push: one per applied or conflicting mutation, one per rejected mutation up to
 * REJECTED_RECORDED_PER_PUSH, and one summing up the rejected ones beyond that; `notes` by mutation id.
 */
export function pushEntries(
  tenantId: string,
  clientId: string,
  token: TokenActor,
  mutations: readonly Mutation[],
  outcomes: readonly MutationOutcome[],
  at: string,
  notes: ReadonlyMap<number, QueueNotes> = new Map(),
): AuditEntry[] {
  const entries: AuditEntry[] = [];
  const unrecorded: { mutation: Mutation; outcome: MutationOutcome }[] = [];
  let rejectedRecorded = 0;
  mutations.forEach((mutation, index) => {
    const outcome = outcomes[index];
    if (!outcome) return;
    if (outcome.status === 'rejected' && rejectedRecorded >= REJECTED_RECORDED_PER_PUSH) {
      unrecorded.push({ mutation, outcome });
      return;
    }
    const entry = mutationEntry(tenantId, clientId, token, mutation, outcome, at, notes.get(mutation.id));
    if (!entry) return;
    entries.push(entry);
    if (outcome.status === 'rejected') rejectedRecorded++;
  });
  if (unrecorded.length > 0) entries.push(rejectedInBulkEntry(tenantId, clientId, token, unrecorded, at));
  return entries;
}

/** How many rejected mutations of a push went unrecorded one by one: their ids, types, tickets and first refusal. */
function rejectedInBulkEntry(
  tenantId: string,
  clientId: string,
  token: TokenActor,
  rejected: readonly { mutation: Mutation; outcome: MutationOutcome }[],
  at: string,
): AuditEntry {
  const types: Record<string, number> = {};
  for (const { mutation } of rejected) types[mutation.type] = (types[mutation.type] ?? 0) + 1;
  const ids = rejected.map(({ mutation }) => mutation.id);
  const first = rejected[0]?.outcome.error ?? 'rejected';
  return {
    tenantId,
    ticketId: null,
    actor: auditActorOf(token, clientId),
    at,
    action: AUDIT_ACTIONS.rejectedInBulk,
    inputs: {
      count: rejected.length,
      firstMutationId: Math.min(...ids),
      lastMutationId: Math.max(...ids),
      types,
      tickets: new Set(rejected.map(({ mutation }) => mutation.ticketId)).size,
    },
    reason: `${rejected.length} more mutations of this push were rejected (the first ${REJECTED_RECORDED_PER_PUSH} are recorded one by one); the first of these: ${first}`,
  };
}

/**
 * One record per pushed mutation the queue decided on (applied, refused as a conflict, or rejected),
 * for every mutation type: types added later are recorded by the generic branch with all their fields.
 * Duplicates are not recorded again; the first application was. The actor is the caller that pushed (a signed-in
 * user or a token); the queue has already replaced every name the mutation carried with the caller's.
 */
export function mutationEntry(
  tenantId: string,
  clientId: string,
  token: TokenActor,
  mutation: Mutation,
  outcome: MutationOutcome,
  at: string,
  notes: QueueNotes = {},
): AuditEntry | null {
  if (outcome.status === 'duplicate') return null;
  const result = {
    outcome: outcome.status,
    ...(outcome.status === 'applied' && outcome.ticket
      ? { version: outcome.ticket.version, status: outcome.ticket.status }
      : {}),
  };
  const actor = auditActorOf(token, clientId);
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
        ...(decision.toolResults?.length
          ? { toolCalls: decision.toolResults.map((t) => `${t.name}:${t.status}`) }
          : {}),
        messageId: mutation.messageId,
        // The tags the AI set, and those the queue dropped as not allowed to the AI for this intent (issue 19).
        ...(mutation.tags?.length ? { tags: mutation.tags.filter((tag) => !notes.droppedTags?.includes(tag)) } : {}),
        ...(notes.droppedTags?.length ? { droppedTags: notes.droppedTags } : {}),
      },
      reason:
        refusal ??
        escalation?.detail ??
        `Resolved by the ${decision.engine} engine (intent ${decision.intent ?? 'unknown'}, confidence ${decision.confidence ?? 'unknown'}).`,
    };
  }

  const { id, type: _type, ticketId: _ticketId, createdAt, ...fields } = mutation;
  const { claimedName, rest } = withoutClaimedName(fields);
  const action = mutation.type === 'agent_reply' && mutation.resolve ? 'send_and_resolve' : mutation.type;
  return {
    ...base,
    action,
    inputs: {
      ...result,
      mutationId: id,
      clientCreatedAt: createdAt,
      ...rest,
      // The queue names the caller in every pushed mutation (domain/caller-names.ts): a differing name is an old record's.
      ...(claimedName === null || claimedName === actor.name ? {} : { claimedName }),
    },
    reason: refusal ?? statedReason(mutation),
  };
}

/** Fields in which a console names the person acting (agents and leads): what the client says, not who it is. */
const CLAIMED_NAME_FIELDS = ['agentName', 'reviewerName'] as const;

function withoutClaimedName(fields: Record<string, unknown>): {
  claimedName: string | null;
  rest: Record<string, unknown>;
} {
  const rest = { ...fields };
  let claimedName: string | null = null;
  for (const field of CLAIMED_NAME_FIELDS) {
    const value = rest[field];
    if (typeof value === 'string') claimedName ??= value;
    delete rest[field];
  }
  return { claimedName, rest };
}

function statedReason(mutation: Mutation): string | null {
  return 'reason' in mutation && typeof mutation.reason === 'string' ? mutation.reason : null;
}
