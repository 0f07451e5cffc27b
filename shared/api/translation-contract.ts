import { z } from 'zod';
import { MessageTextSchema } from '../domain/ticket.js';

/** The language of a code without its region or script ("pt-BR" → "pt"), lower case. */
export function baseLanguage(code: string): string {
  return code.toLowerCase().split('-')[0] ?? code;
}

/**
 * Whether an agent working in `agentLanguage` needs a ticket's customer texts translated: only when the
 * ticket's language is known and another one. A ticket whose language is not known yet (too short to
 * tell, or one the engine does not identify) is shown as written, with no model call.
 */
export function needsTranslation(ticketLanguage: string | null, agentLanguage: string): boolean {
  return ticketLanguage !== null && baseLanguage(ticketLanguage) !== baseLanguage(agentLanguage);
}

const LanguageCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'Use a language code like "en" or "pt-BR".');

/** Which ticket to translate, into which language (the agent's UI language, ISO 639-1 like "en"). */
export const TranslateTicketInputSchema = z.strictObject({
  ticketId: z.string().min(1),
  language: LanguageCodeSchema,
});
export type TranslateTicketInput = z.input<typeof TranslateTicketInputSchema>;

/** Machine translations of a ticket's customer messages and AI draft; null where none is needed. */
export const TicketTranslationSchema = z.strictObject({
  ticketId: z.string(),
  /** The language translated into. */
  language: z.string(),
  /** The customer's language as the ticket records it (null while unknown). */
  sourceLanguage: z.string().nullable(),
  /** One entry per customer message of the thread (public replies, not notes). */
  messages: z.array(z.strictObject({ messageId: z.string(), text: z.string().nullable() })),
  /** The AI draft's translation; null without a draft or when it is already in `language`. */
  draft: z.string().nullable(),
  /** Texts that came from this console's cache (no model call). */
  fromCache: z.number().int().nonnegative(),
  /** Set when the model could not translate the rest (e.g. offline): what the cache had is still given, the rest is null. */
  failure: z.strictObject({ code: z.string(), message: z.string() }).nullable(),
});
export type TicketTranslation = z.infer<typeof TicketTranslationSchema>;

/**
 * Two-way translation of an agent's reply: `text` as the agent wrote it, in `language` (the agent's UI language),
 * bounded like any message.
 */
export const TranslateReplyInputSchema = z.strictObject({
  ticketId: z.string().min(1),
  text: MessageTextSchema,
  language: LanguageCodeSchema,
});
export type TranslateReplyInput = z.input<typeof TranslateReplyInputSchema>;

/** The reply in the customer's language (what is sent) and that translation put back into the agent's language. */
export const ReplyTranslationSchema = z.strictObject({
  ticketId: z.string(),
  /** The customer's language (the ticket's): what `translated` is in. */
  language: z.string(),
  /** The agent's language: what `text` and `backTranslation` are in. */
  agentLanguage: z.string(),
  /** The agent's text as translated (the cache is keyed by it: a changed text is a new translation). */
  text: z.string(),
  translated: z.string(),
  backTranslation: z.string(),
});
export type ReplyTranslation = z.infer<typeof ReplyTranslationSchema>;
