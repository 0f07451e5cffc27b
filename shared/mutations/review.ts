import { z } from 'zod';
import { LEAD_ROLES } from '../api/whoami.js';
import { ReviewVerdictSchema } from '../domain/ticket.js';
import { defineMutator, rejectedIf } from './mutator.js';
import { mutationFields, mutationSchema, PersonNameSchema, ReasonTextSchema } from './wire-fields.js';

/** A team lead's verdict on a ticket (lead or admin only); a flag must say why. */
export const ReviewMutationSchema = mutationSchema('review', {
  ...mutationFields,
  verdict: ReviewVerdictSchema,
  reason: ReasonTextSchema.optional(),
  reviewerName: PersonNameSchema,
}).refine((mutation) => mutation.verdict !== 'flag' || mutation.reason !== undefined, {
  message: 'A flag needs a reason.',
  path: ['reason'],
});
export type ReviewMutation = z.infer<typeof ReviewMutationSchema>;

/** A lead's verdict: recorded on the ticket (the latest wins; the audit trail keeps every one). */
export const review = defineMutator(ReviewMutationSchema, {
  roles: LEAD_ROLES,
  check: (_verdict, ticket) =>
    rejectedIf(ticket.status === 'new', 'The ticket is new: nobody has handled it yet, so there is nothing to review.'),
  patch: ({ verdict, reason, reviewerName }, _ticket, at) => ({
    review: { verdict, reason: reason ?? null, by: reviewerName, at },
  }),
  kept: (verdict) => ({ kind: 'review', text: verdict.reason ?? verdict.verdict, resolve: false }),
});
