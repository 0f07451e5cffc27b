import type { Mutation, MutationOutcome, PushResponse } from '../../shared/api/mutations.js';
import type { Ticket } from '../../shared/domain/ticket.js';
import { pushEntries, SYSTEM_ACTOR, type QueueNotes } from '../audit/audit-entries.js';
import { namedByCaller } from '../domain/caller-names.js';
import { planGatedMutation, type MutationPlan } from '../domain/mutation-plan.js';
import { checkPush } from '../domain/push-admission.js';
import { admitTags, needsTenantTags, type TagAdmission } from '../domain/tag-admission.js';
import { decisionUse } from './ai-health-script.js';
import { appendAudit } from './audit-append.js';
import { oneAiReplyPerThread } from './email-reply-rule-script.js';
import type { ApplyMutationsInput } from './queue-store.js';
import { perform, type Script } from './store-operations.js';
import { tenantTags } from './tenant-tags-script.js';
import { withKnownMentions } from './mention-script.js';
import { writeTicketChange } from './ticket-scripts.js';
import { claimFromRow, handlingFromRow, ticketFromRow } from './ticket-rows.js';

/**
 * A push, in one transaction: the client's counter first (another principal's client id, or ids far past the
 * counter, refuse the whole push before anything is applied); then each mutation the counter has not seen,
 * in order, decided by planGatedMutation; then the push's audit records and the counter moved on.
 */
export function* applyMutations(pushed: ApplyMutationsInput): Script<PushResponse> {
  const actor = pushed.actor ?? SYSTEM_ACTOR;
  // Nothing a client sends names anyone: the people a mutation names are the caller from here on.
  const named = pushed.mutations.map((mutation) => namedByCaller(mutation, actor.name));
  // A note mentions only the tenant's enabled users (mention-script.ts): the message and its audit record keep those.
  const input = { ...pushed, mutations: yield* withKnownMentions(pushed.tenantId, named) };
  yield* perform('lockFeed', input.tenantId);
  const counter = yield* perform('pushCounter', input.tenantId, input.clientId, input.principal);
  checkPush(input.clientId, counter, input.principal, input.mutations);
  let last = counter?.lastMutationId ?? 0;
  const results: MutationOutcome[] = [];
  // The tenant's tags, read once for the push when a mutation needs them (tag-admission.ts); what each AI decision dropped.
  const tags = input.mutations.some(needsTenantTags) ? yield* tenantTags(input.tenantId) : [];
  const recorded = new Map<number, QueueNotes>();
  for (const mutation of input.mutations) {
    if (mutation.id <= last) {
      results.push({ id: mutation.id, status: 'duplicate' });
      continue;
    }
    last = mutation.id;
    const admission = admitTags(mutation, tags);
    if (admission.kind === 'admitted' && admission.droppedTags.length > 0)
      recorded.set(mutation.id, { droppedTags: admission.droppedTags });
    results.push(yield* applyOne(input, admission.kind === 'admitted' ? admission.mutation : mutation, admission));
  }
  const at = input.now.toISOString();
  yield* appendAudit(pushEntries(input.tenantId, input.clientId, actor, input.mutations, results, at, recorded));
  // The first push under a client id binds it to the principal (and so does the first one after the upgrade that added owners).
  yield* perform('saveCounter', input.tenantId, input.clientId, last, input.principal);
  return { results, lastMutationId: last };
}

function* applyOne(input: ApplyMutationsInput, mutation: Mutation, admission: TagAdmission): Script<MutationOutcome> {
  const row = yield* perform('ticketRow', input.tenantId, mutation.ticketId, true);
  const ticket = row ? ticketFromRow(row) : null;
  if (admission.kind === 'rejected') return unappliedOutcome(mutation, admission, ticket);
  const messageExists =
    'messageId' in mutation && (yield* perform('messageExists', input.tenantId, mutation.messageId));
  const plan = planGatedMutation(
    {
      mutation,
      ticket,
      claim: row ? claimFromRow(row) : null,
      messageExists,
      clientId: input.clientId,
      now: input.now,
      handling: row ? handlingFromRow(row) : null,
    },
    input.gate,
  );
  if (plan.kind !== 'apply') return unappliedOutcome(mutation, plan, ticket);
  if (!ticket) throw new Error('planMutation applied a mutation to a missing ticket');
  const change = yield* oneAiReplyPerThread(ticket, plan);
  const changed = yield* writeTicketChange(ticket, change, input.now);
  if (plan.clearClaim) yield* perform('clearClaim', ticket.tenantId, ticket.id);
  if (mutation.type === 'ai_decision') {
    yield* perform('recordAiDecision', {
      tenantId: ticket.tenantId,
      ticketId: ticket.id,
      clientId: input.clientId,
      mutationId: mutation.id,
      action: mutation.decision.action,
      decidedAt: input.now.toISOString(),
      ...decisionUse(mutation.decision),
    });
  }
  if (plan.handling) {
    const handling = { version: changed.version, clientId: input.clientId, kind: plan.handling };
    yield* perform('recordHandling', ticket.tenantId, ticket.id, handling);
  }
  return { id: mutation.id, status: 'applied', ticket: changed };
}

/** A duplicate as such; a conflict or rejection with its error (and reason) and the ticket as stored, when there is one. */
function unappliedOutcome(
  mutation: Mutation,
  plan: Exclude<MutationPlan, { kind: 'apply' }>,
  ticket: Ticket | null,
): MutationOutcome {
  if (plan.kind === 'duplicate') return { id: mutation.id, status: 'duplicate' };
  const outcome: MutationOutcome = {
    id: mutation.id,
    status: plan.kind,
    error: plan.error,
    ...(plan.kind === 'conflict' && plan.reason ? { reason: plan.reason } : {}),
  };
  return ticket ? { ...outcome, ticket } : outcome;
}
