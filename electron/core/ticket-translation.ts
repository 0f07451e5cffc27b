import type { LocalMessage } from '../../shared/api/console-contract.js';
import { baseLanguage, needsTranslation, type TicketTranslation } from '../../shared/api/translation-contract.js';
import type { Ticket } from '../../shared/domain/ticket.js';
import { ok, type Result } from '../../shared/result.js';
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
