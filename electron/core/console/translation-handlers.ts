import { fail } from '../../../shared/result.js';
import type { CachedTranslator } from '../cached-translator.js';
import type { TicketCache } from '../store/ticket-cache.js';
import { translateReplyText, translateTicketTexts } from '../ticket-translation.js';
import type { HandlerGroup } from './handler-table.js';

const NOT_CONFIGURED =
  'Translation needs the OpenAI provider: set it under Settings, AI provider (or start the console with --openai-base-url and --openai-model).';
const NOT_CACHED = 'This ticket is not in the local cache; it may have been removed.';

/** Machine translation of a ticket's texts and of an agent's reply by the translator in use now (cached locally). */
export function translationHandlers(cache: TicketCache, translator: () => CachedTranslator | undefined) {
  return {
    async translateTicket(input) {
      const current = translator();
      if (!current) return fail('not_configured', NOT_CONFIGURED);
      const ticket = cache.getTicket(input.ticketId);
      if (!ticket) return fail('not_found', NOT_CACHED);
      return translateTicketTexts(current, ticket, cache.listMessages(input.ticketId), input.language);
    },
    async translateReply(input) {
      const current = translator();
      if (!current) return fail('not_configured', NOT_CONFIGURED);
      const ticket = cache.getTicket(input.ticketId);
      if (!ticket) return fail('not_found', NOT_CACHED);
      return translateReplyText(current, ticket, input.text.trim(), input.language);
    },
  } satisfies HandlerGroup;
}
