import type { LocalMessage } from '../../shared/api/console-contract.js';
import {
  baseLanguage,
  needsTranslation,
  type ReplyTranslation,
  type TicketTranslation,
} from '../../shared/api/translation-contract.js';
import type { Ticket } from '../../shared/domain/ticket.js';
import { fail, ok, type Result } from '../../shared/result.js';
import type { CachedTranslator } from './cached-translator.js';

/**
 * What of a ticket the agent needs translated: the customer's public messages and the AI draft, unless
 * the ticket's language already is the agent's. Notes and replies of agents and the AI are not translated.
 */
export async function translateTicketTexts(
  translator: CachedTranslator,
  ticket: Ticket,
  messages: readonly LocalMessage[],
  language: string,
): Promise<Result<TicketTranslation>> {
  const customer = messages.filter((m) => m.author === 'customer' && m.kind === 'reply');
  const needed = needsTranslation(ticket.language, language);
  const draft = ticket.status === 'escalated' && ticket.aiDraft ? ticket.aiDraft : null;
  const texts = needed ? [...customer.map((m) => m.text), ...(draft ? [draft] : [])] : [];
  const base = { ticketId: ticket.id, language, sourceLanguage: ticket.language };
  if (texts.length === 0) {
    return ok({
      ...base,
      messages: customer.map((m) => ({ messageId: m.id, text: null })),
      draft: null,
      fromCache: 0,
      failure: null,
    });
  }
  const answer = await translator.translate(texts, baseLanguage(language));
  if (!answer.ok) return answer;
  const { translations, fromCache, failure } = answer.value;
  return ok({
    ...base,
    messages: customer.map((m, i) => ({ messageId: m.id, text: translations[i] ?? null })),
    draft: draft ? (translations[customer.length] ?? null) : null,
    fromCache,
    failure: failure ? { code: failure.code, message: failure.message } : null,
  });
}

/**
 * An agent's reply into the customer's language, and that translation back into the agent's, so the agent can check
 * what will be sent. Refused (nothing asked of the model) when the customer's language is not known or is the agent's.
 * A failure of either step is the answer: the agent is never shown a half.
 */
export async function translateReplyText(
  translator: CachedTranslator,
  ticket: Ticket,
  text: string,
  agentLanguage: string,
): Promise<Result<ReplyTranslation>> {
  if (ticket.language === null)
    return fail('language_unknown', "The customer's language is not known yet, so the reply cannot be translated.");
  if (!needsTranslation(ticket.language, agentLanguage))
    return fail('same_language', 'The customer writes in your language: the reply needs no translation.');
  const language = baseLanguage(ticket.language);
  const agent = baseLanguage(agentLanguage);
  const forward = await translator.translate([text], language);
  const translated = forward.ok ? forward.value.translations[0] : null;
  if (!forward.ok || translated == null) return fail(...failureOf(forward));
  const back = await translator.translate([translated], agent);
  const backTranslation = back.ok ? back.value.translations[0] : null;
  if (!back.ok || backTranslation == null) return fail(...failureOf(back));
  return ok({ ticketId: ticket.id, language, agentLanguage: agent, text, translated, backTranslation });
}

function failureOf(answer: Awaited<ReturnType<CachedTranslator['translate']>>): [string, string] {
  const error = answer.ok ? answer.value.failure : answer.error;
  return [error?.code ?? 'translation_failed', error?.message ?? 'The translation could not be made.'];
}
