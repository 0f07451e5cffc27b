/**
 * Checks the model's reply before a customer sees it: no placeholders or template debris left after
 * restoring PII, the customer's language, and no promise the policy does not make.
 */
import { placeholdersIn } from '../../shared/pii/index.js';
import { detectLanguage } from '../language-detector.js';
import type { RetailPolicy } from './retail-policy.js';

export interface ReplyCheckInput {
  /** The reply after local PII restoration. */
  reply: string;
  /** The customer's language, if known. */
  customerLanguage: string | null;
  policy: RetailPolicy;
  /** Write tools that ran successfully for this ticket in this turn. */
  actionsDone: ReadonlySet<string>;
}

const TEMPLATE_DEBRIS =
  /\{\{[^}]*\}\}|<\s*(?:customer_message|placeholder|name|order_id)\s*>|\[(?:NAME|CUSTOMER|ORDER_ID|AMOUNT|DATE)\]/i;

const CLAIMS: ReadonlyArray<[RegExp, string[]]> = [
  [/\b(?:has been|was|is now|have been)\s+(?:successfully\s+)?cancel+ed\b/i, ['cancel_pending_order']],
  [
    /\b(?:has been|was|have been)\s+(?:fully\s+)?refunded\b|\brefund (?:has been|was) (?:issued|processed)\b/i,
    [
      'cancel_pending_order',
      'return_delivered_order_items',
      'modify_pending_order_payment',
      'modify_pending_order_items',
    ],
  ],
  [/\breturn (?:has been|was) (?:requested|registered|created)\b/i, ['return_delivered_order_items']],
  [/\bexchange (?:has been|was) (?:requested|registered|created)\b/i, ['exchange_delivered_order_items']],
];

export function checkReply(input: ReplyCheckInput): { ok: true } | { ok: false; problem: string } {
  const { reply, policy } = input;
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
  const promise = policy.forbiddenPromises.find((w) => lower.includes(w.toLowerCase()));
  if (promise) return { ok: false, problem: `The reply offers "${promise}", which the policy does not allow.` };

  const timing =
    /\brefund[^.!?\n]{0,80}?\b(within|in|after)\s+(\d+(?:\s*(?:-|to)\s*\d+)?)\s*(hours?|days?|business days?|weeks?)/i.exec(
      reply,
    );
  if (timing) {
    const said = `${timing[2]} ${timing[3]}`.replace(/\s*-\s*/, ' to ').toLowerCase();
    if (!policy.refundTimes.some((t) => t.toLowerCase().replace(/\s*-\s*/, ' to ') === said)) {
      return {
        ok: false,
        problem: `The reply promises a refund ${timing[1]} ${timing[2]} ${timing[3]}; the policy says ${policy.refundTimes.join(' or ')}.`,
      };
    }
  }
  for (const [re, tools] of CLAIMS) {
    if (re.test(reply) && !tools.some((t) => input.actionsDone.has(t))) {
      return { ok: false, problem: `The reply says "${re.exec(reply)![0]}", but no such action was carried out.` };
    }
  }
  return { ok: true };
}
