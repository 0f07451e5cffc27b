/**
 * Checks the model's reply before a customer sees it: no placeholders or template debris left after restoring PII,
 * the customer's language, none of the phrases the tenant's routing policy forbids (promises outside policy), and no
 * claim that something was done (cancelled, refunded, changed) unless an action ran for this ticket.
 */
import { placeholdersIn } from '../../shared/pii/index.js';
import { detectLanguage } from '../language-detector.js';

export interface ReplyCheckInput {
  /** The reply after local PII restoration. */
  reply: string;
  /** The customer's language, if known. */
  customerLanguage: string | null;
  /** Phrases the AI never offers a customer (RoutingPolicy.forbiddenPromises). */
  forbiddenPromises: readonly string[];
  /** Operations with an effect that ran for this ticket in this turn. */
  actionsDone: ReadonlySet<string>;
}

export type ReplyCheck = { ok: true } | { ok: false; problem: string };

const TEMPLATE_DEBRIS =
  /\{\{[^}]*\}\}|<\s*(?:customer_message|placeholder|name|order_id)\s*>|\[(?:NAME|CUSTOMER|ORDER_ID|AMOUNT|DATE)\]/i;

/** A reply that reports an action as done. */
const DONE_CLAIM =
  /\b(?:has been|have been|was|were|is now|are now)\s+(?:successfully\s+|fully\s+)?(?:cancel+ed|refunded|returned|exchanged|changed|updated|modified|replaced|reversed|credited|blocked|unblocked|closed|reset)\b|\b(?:refund|return|exchange|change|cancellation)\s+(?:has been|was)\s+(?:issued|processed|requested|registered|created|made|completed)\b/i;

export function checkReply(input: ReplyCheckInput): ReplyCheck {
  const { reply } = input;
  const leaked = placeholdersIn(reply);
  if (leaked.length)
    return {
      ok: false,
      problem: `The reply contains placeholders that do not stand for anything of this customer's (${leaked.join(', ')}).`,
    };
  if (TEMPLATE_DEBRIS.test(reply))
    return { ok: false, problem: 'The reply contains template text (unfilled placeholders or tags).' };

  if (input.customerLanguage) {
    const guess = detectLanguage(reply);
    if (guess.language !== 'unknown' && guess.language !== input.customerLanguage) {
      return {
        ok: false,
        problem: `The reply is in ${guess.language}, but the customer writes ${input.customerLanguage}.`,
      };
    }
  }

  const lower = reply.toLowerCase();
  const promise = input.forbiddenPromises.find((w) => lower.includes(w.toLowerCase()));
  if (promise) return { ok: false, problem: `The reply offers "${promise}", which the policy does not allow.` };

  const claim = DONE_CLAIM.exec(reply);
  if (claim && input.actionsDone.size === 0)
    return { ok: false, problem: `The reply says "${claim[0]}", but no such action was carried out.` };
  return { ok: true };
}
