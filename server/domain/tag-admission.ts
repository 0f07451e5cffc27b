import type { Mutation } from '../../shared/api/mutations.js';
import type { Refusal } from '../../shared/mutations/mutator.js';
import { aiTagsAllowed, unknownTagIds, type TenantTag } from '../../shared/settings/ticket-tags.js';

/**
 * What the tenant's tags let a pushed mutation do (issue 19), decided before it is planned: a `tag` mutation may add
 * only the tenant's tags (removing one that no longer exists is allowed, so a deleted tag can be taken off); an AI
 * decision keeps only the tags the tenant lets the AI set for its intent, the others dropped and recorded as such.
 */
export type TagAdmission =
  { kind: 'admitted'; mutation: Mutation; droppedTags: string[] } | Extract<Refusal, { kind: 'rejected' }>;

/** Whether deciding on this mutation needs the tenant's tags (so a push without one reads none). */
export function needsTenantTags(mutation: Mutation): boolean {
  return mutation.type === 'tag' || (mutation.type === 'ai_decision' && Boolean(mutation.tags?.length));
}

export function admitTags(mutation: Mutation, tenantTags: readonly TenantTag[]): TagAdmission {
  if (mutation.type === 'tag') {
    const unknown = unknownTagIds(mutation.add, tenantTags);
    if (unknown.length === 0) return { kind: 'admitted', mutation, droppedTags: [] };
    const named = unknown.map((id) => `"${id}"`).join(', ');
    return {
      kind: 'rejected',
      error:
        unknown.length === 1
          ? `The tag ${named} is not one of this tenant's tags (an admin adds tags in Tenant settings, Tags).`
          : `The tags ${named} are not among this tenant's tags (an admin adds tags in Tenant settings, Tags).`,
    };
  }
  if (mutation.type === 'ai_decision' && mutation.tags?.length) {
    const { kept, dropped } = aiTagsAllowed(mutation.tags, mutation.decision.intent, tenantTags);
    return { kind: 'admitted', mutation: { ...mutation, tags: kept }, droppedTags: dropped };
  }
  return { kind: 'admitted', mutation, droppedTags: [] };
}
