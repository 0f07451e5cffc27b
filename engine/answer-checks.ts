import type { EscalationReasonCode } from '../shared/domain/ticket.js';
import type { ResolveThresholds } from './engine-tenant.js';
import type { KnowledgeBase } from './knowledge-base.js';

export interface AnswerCheckInput {
  language: string | null;
  intent: string | null;
  confidence: number | null;
}

/** What the AI's own checks conclude once no signal or rule sent the ticket to a human. */
export type AnswerVerdict =
  | { action: 'resolve'; kbLanguage: string; reply: string }
  | { action: 'escalate'; code: EscalationReasonCode; detail: string };

const pct = (p: number | null) => (p === null ? 'n/a' : `${Math.round(p * 100)}%`);

/**
 * The built-in engine's last stage, alone so the rules preview can replay it from a ticket's stored
 * language, intent and confidence: the language must be known and covered by the knowledge base (the published
 * articles), a published article must answer the intent in that language, and the confidence must reach its
 * threshold.
 */
export function answerChecks(
  thresholds: ResolveThresholds,
  knowledgeBase: KnowledgeBase,
  input: AnswerCheckInput,
  about: string,
): AnswerVerdict {
  const { language, intent, confidence } = input;
  if (language === null)
    return {
      action: 'escalate',
      code: 'low_confidence',
      detail: `The message is too short or mixed to tell its language; ${about}.`,
    };
  if (!knowledgeBase.languages.includes(language)) {
    return {
      action: 'escalate',
      code: 'language_unsupported',
      detail: `The customer writes in "${language}", which the knowledge base does not cover (${knowledgeBase.languages.join(', ') || 'no published article'}); ${about}.`,
    };
  }
  if (intent === null || !knowledgeBase.intents.includes(intent)) {
    return {
      action: 'escalate',
      code: 'no_answer',
      detail: `No published article answers ${intent ?? 'this request'}, so the AI may not answer it (${pct(confidence)} confidence).`,
    };
  }
  const reply = knowledgeBase.answer(intent, language);
  if (reply === null)
    return {
      action: 'escalate',
      code: 'no_answer',
      detail: `The knowledge base has no answer for ${intent} in "${language}" (${pct(confidence)} confidence).`,
    };
  const threshold = thresholds.intentThresholds?.[intent] ?? thresholds.resolveThreshold;
  if (threshold === null)
    return {
      action: 'escalate',
      code: 'low_confidence',
      detail: `The tenant has no profile with a resolve threshold, so the AI answers nothing on its own (${intent} at ${pct(confidence)} confidence).`,
    };
  if (confidence === null || confidence < threshold) {
    return {
      action: 'escalate',
      code: 'low_confidence',
      detail: `Intent ${intent} at ${pct(confidence)} confidence is below the resolve threshold of ${pct(threshold)}.`,
    };
  }
  return { action: 'resolve', kbLanguage: language, reply };
}
